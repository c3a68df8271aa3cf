import { auditEntryHash, GENESIS_HASH } from '../../audit/audit-chain.ts';
import { type AuditRow, CHAIN_PAGE, pagesOfChain, toListedEntry } from '../rows/audit-row.ts';
import type { AuditFilter, AuditStore } from '../types.ts';
import type { Sql } from './db.ts';
import { inSubtree } from './scope.ts';

/** Every node appends under this advisory lock, so the chain never forks between nodes. */
const AUDIT_CHAIN_LOCK = 4_011_217;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

export function createAuditStore(sql: Sql): AuditStore {
  const columns = sql`id, at, user_id, org_id, action, target_type, target_id, ip, detail::text AS detail,
    prev_hash, hash`;
  const listWhere = (scopeOrgId: number, f: AuditFilter) => {
    const parts = [sql`org_id ${inSubtree(sql, scopeOrgId)}`, sql`id < ${f.before ?? Number.MAX_SAFE_INTEGER}`];
    if (f.userId !== undefined) parts.push(sql`user_id = ${f.userId}`);
    if (f.action) parts.push(sql`(action = ${f.action} OR action LIKE ${`${escapeLike(f.action)}.%`})`);
    if (f.from) parts.push(sql`at >= ${f.from}`);
    if (f.to) parts.push(sql`at < ${f.to}`);
    return parts.reduce((all, part) => sql`${all} AND ${part}`);
  };
  return {
    record: async (e) => {
      await sql.begin(async (tx) => {
        await tx`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
        const [last] = await tx<{ hash: string | null }[]>`SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1`;
        const prev = last?.hash ?? GENESIS_HASH;
        const [next] = await tx<{ id: number }[]>`SELECT nextval(pg_get_serial_sequence('audit_log', 'id')) AS id`;
        const id = (next as { id: number }).id;
        const detailJson = e.detail ? JSON.stringify(e.detail) : null;
        const hash = auditEntryHash(prev, { ...e, id, detailJson });
        await tx`INSERT INTO audit_log (id, at, user_id, org_id, action, target_type, target_id, ip, detail,
            prev_hash, hash)
          VALUES (${id}, ${e.at}, ${e.userId}, ${e.orgId}, ${e.action}, ${e.targetType}, ${e.targetId}, ${e.ip},
            ${detailJson}::text::json, ${prev}, ${hash})`;
      });
    },
    list: async (scope, filter) =>
      (
        await sql<AuditRow[]>`SELECT ${columns} FROM audit_log WHERE ${listWhere(scope.orgId, filter)}
          ORDER BY id DESC LIMIT ${Math.min(filter.limit ?? 100, 500)}`
      ).map(toListedEntry),
    chain: () =>
      pagesOfChain(
        (after) =>
          sql<AuditRow[]>`SELECT ${columns} FROM audit_log WHERE id > ${after} ORDER BY id LIMIT ${CHAIN_PAGE}`,
      ),
  };
}
