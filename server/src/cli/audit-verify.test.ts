import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteStorage } from '../storage/sqlite/index.ts';
import { readConfig } from '../config.ts';
import { auditVerifyCommand } from './audit-verify.ts';
import type { AdminCommand } from './command.ts';
import { retentionCommand } from './retention.ts';

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

async function run(command: AdminCommand) {
  const lines: string[] = [];
  const push = (l: string) => void lines.push(l);
  const code = await command.run([], { config: readConfig(), out: push, err: push });
  return { code, text: lines.join('\n') };
}

describe('npm run admin -- audit-verify / retention', () => {
  it('reports an intact chain with exit code 0', async () => {
    expect(await run(auditVerifyCommand)).toMatchObject({ code: 0, text: expect.stringContaining('3 entries') });
  });

  it('names the first tampered entry and exits 1', async () => {
    const db = new Database(join(dir, 'sprout.db'));
    const { id } = db.prepare(`SELECT id FROM audit_log WHERE target_id = 'b'`).get() as { id: number };
    db.prepare(`UPDATE audit_log SET detail = '{"reason":"改过"}' WHERE id = ?`).run(id);
    db.close();
    const result = await run(auditVerifyCommand);
    expect(result.code).toBe(1);
    expect(result.text).toContain(`BROKEN at entry ${id}`);
  });

  it('runs retention now and says what it did', async () => {
    expect(await run(retentionCommand)).toMatchObject({ code: 0, text: 'retention: nothing is past its retention' });
  });
});
