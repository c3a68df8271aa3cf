import type { Database } from 'better-sqlite3';
import { auditEntryHash, GENESIS_HASH } from '../../audit/audit-chain.ts';
import { type AuditRow, CHAIN_PAGE, pagesOfChain, toChained, toListedEntry } from '../rows/audit-row.ts';
import type { AuditEntry, AuditFilter, AuditStore } from '../types.ts';
import { IN_SUBTREE } from './scope.ts';

/** The list's WHERE clause from a filter: only the parts given, always bound as parameters. */
function listQuery(scopeOrgId: number, f: AuditFilter): { sql: string; args: unknown[] } {
  const where = [`org_id ${IN_SUBTREE}`, 'id < ?'];
  const args: unknown[] = [scopeOrgId, f.before ?? Number.MAX_SAFE_INTEGER];
  if (f.userId !== undefined) where.push('user_id = ?') && args.push(f.userId);
  if (f.action) where.push("(action = ? OR action LIKE ? || '.%')") && args.push(f.action, f.action);
  if (f.from) where.push('at >= ?') && args.push(f.from);
  if (f.to) where.push('at < ?') && args.push(f.to);
  args.push(Math.min(f.limit ?? 100, 500));
  return { sql: `SELECT * FROM audit_log WHERE ${where.join(' AND ')} ORDER BY id DESC LIMIT ?`, args };
}

export function createAuditStore(db: Database): AuditStore {
  const insert = db.prepare(
    `INSERT INTO audit_log (at, user_id, org_id, action, target_type, target_id, ip, detail)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const seal = db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?');
  const last = db.prepare<[], { hash: string | null }>('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1');
  const page = db.prepare<[number, number], AuditRow>('SELECT * FROM audit_log WHERE id > ? ORDER BY id LIMIT ?');

  /** Insert and seal in one immediate transaction, so two writers never fork the chain. */
  const append = db.transaction((e: AuditEntry) => {
    const prev = last.get()?.hash ?? GENESIS_HASH;
    const detailJson = e.detail ? JSON.stringify(e.detail) : null;
    const id = Number(
      insert.run(e.at, e.userId, e.orgId, e.action, e.targetType, e.targetId, e.ip, detailJson).lastInsertRowid,
    );
    seal.run(prev, auditEntryHash(prev, { ...e, id, detailJson }), id);
  });

  sealLegacyRows(db, seal);
  return {
    record: async (e) => void append.immediate(e),
    list: async (scope, filter) => {
      const { sql, args } = listQuery(scope.orgId, filter);
      return db
        .prepare<unknown[], AuditRow>(sql)
        .all(...args)
        .map(toListedEntry);
    },
    chain: () => pagesOfChain(async (after) => page.all(after, CHAIN_PAGE)),
  };
}

/**
 * Rows written before the chain existed are sealed once, when no row is sealed yet. After
 * that an unsealed row is a break `audit-verify` reports, never something to re-seal.
 */
function sealLegacyRows(db: Database, seal: { run(...args: unknown[]): unknown }): void {
  const sealed = db.prepare('SELECT 1 FROM audit_log WHERE hash IS NOT NULL LIMIT 1').get();
  if (sealed) return;
  db.transaction(() => {
    let prev = GENESIS_HASH;
    for (const r of db.prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY id').all()) {
      const hash = auditEntryHash(prev, toChained(r));
      seal.run(prev, hash, r.id);
      prev = hash;
    }
  })();
}
