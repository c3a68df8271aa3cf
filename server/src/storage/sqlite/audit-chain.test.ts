import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../audit/audit-chain.ts';
import { createSqliteStorage } from './index.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A database with `n` audit entries, closed, so the test can edit the file as an intruder would. */
async function auditedFile(n: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'sprout-audit-'));
  dirs.push(dir);
  const file = join(dir, 'x.db');
  const storage = createSqliteStorage({ file });
  for (let i = 1; i <= n; i++) {
    await storage.audit.record({
      at: `2026-03-02T02:00:0${i}.000Z`,
      userId: 1,
      orgId: 1,
      action: 'submission.unmask',
      targetType: 'submission',
      targetId: String(i),
      ip: null,
      detail: { reason: `理由${i}` },
    });
  }
  await storage.close();
  return file;
}

async function verify(file: string) {
  const storage = createSqliteStorage({ file });
  try {
    return await verifyAuditChain(storage.audit.chain());
  } finally {
    await storage.close();
  }
}

const edit = (file: string, sql: string) => {
  const db = new Database(file);
  db.exec(sql);
  db.close();
};

describe('the audit hash chain in SQLite', () => {
  it('names the first edited entry when a detail is quietly changed', async () => {
    const file = await auditedFile(4);
    edit(file, `UPDATE audit_log SET detail = '{"reason":"无"}' WHERE target_id = '2'`);
    const report = await verify(file);
    expect(report.ok).toBe(false);
    expect(report.firstBroken).toMatchObject({ problem: 'hash' });
    expect(report.checked).toBe(1);
  });

  it('names the entry after a deleted one', async () => {
    const file = await auditedFile(4);
    edit(file, `DELETE FROM audit_log WHERE target_id = '2'`);
    const report = await verify(file);
    expect(report.firstBroken).toMatchObject({ problem: 'prev-hash' });
  });

  it('does not re-seal an entry whose hash was wiped; it is reported', async () => {
    const file = await auditedFile(3);
    edit(file, `UPDATE audit_log SET hash = NULL, prev_hash = NULL, action = 'x' WHERE target_id = '3'`);
    expect((await verify(file)).firstBroken).toMatchObject({ problem: 'unsealed' });
  });

  it('seals entries written before the chain existed, once', async () => {
    const file = await auditedFile(3);
    edit(file, 'UPDATE audit_log SET hash = NULL, prev_hash = NULL');
    expect(await verify(file)).toMatchObject({ ok: true, checked: 3 });
  });
});
