import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteStorage } from '../storage/sqlite/index.ts';
import { runAdmin } from './admin.ts';

let dir: string;
const saved = { ...process.env };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sprout-cli-'));
  process.env.SPROUT_DATA_DIR = dir;
  process.env.SPROUT_DIVISIONS = 'fixture';
  const storage = createSqliteStorage({ file: join(dir, 'sprout.db'), divisions: 'fixture' });
  for (const id of ['a', 'b', 'c']) {
    await storage.audit.record({
      at: '2026-03-02T02:00:00.000Z',
      userId: 1,
      orgId: 1,
      action: 'submission.delete',
      targetType: 'submission',
      targetId: id,
      ip: null,
      detail: { reason: '居民申请删除' },
    });
  }
  await storage.close();
});
afterAll(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

async function run(args: string[]) {
  const lines: string[] = [];
  const code = await runAdmin(args, (l) => lines.push(l));
  return { code, text: lines.join('\n') };
}

describe('npm run admin -- audit-verify / retention', () => {
  it('reports an intact chain with exit code 0', async () => {
    expect(await run(['audit-verify'])).toMatchObject({ code: 0, text: expect.stringContaining('3 entries') });
  });

  it('names the first tampered entry and exits 1', async () => {
    const db = new Database(join(dir, 'sprout.db'));
    const { id } = db.prepare(`SELECT id FROM audit_log WHERE target_id = 'b'`).get() as { id: number };
    db.prepare(`UPDATE audit_log SET detail = '{"reason":"改过"}' WHERE id = ?`).run(id);
    db.close();
    const result = await run(['audit-verify']);
    expect(result.code).toBe(1);
    expect(result.text).toContain(`BROKEN at entry ${id}`);
  });

  it('runs retention now and says what it did', async () => {
    expect(await run(['retention'])).toMatchObject({ code: 0, text: 'retention: nothing is past its retention' });
  });

  it('lists the commands for an unknown one and exits 2', async () => {
    expect(await run(['nope'])).toMatchObject({ code: 2, text: expect.stringContaining('audit-verify') });
  });
});
