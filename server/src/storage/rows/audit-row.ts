import type { AuditEntryView } from '@sprout/shared/api';
import type { ChainedAuditRow } from '../../audit/audit-chain.ts';

/** An audit_log row, the same on every engine (PostgreSQL reads `detail::text`: the hash seals the text, not a reparse). */
export interface AuditRow {
  id: number;
  at: string;
  user_id: number | null;
  org_id: number | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  detail: string | null;
  prev_hash: string | null;
  hash: string | null;
}

/** How many rows `chain()` reads at a time. */
export const CHAIN_PAGE = 1000;

export const toChained = (r: AuditRow): ChainedAuditRow => ({
  id: r.id,
  at: r.at,
  userId: r.user_id,
  orgId: r.org_id,
  action: r.action,
  targetType: r.target_type,
  targetId: r.target_id,
  ip: r.ip,
  detailJson: r.detail,
  prevHash: r.prev_hash,
  hash: r.hash,
});

/** A row as the audit page lists it: the detail parsed, the chain's back link left out. */
export function toListedEntry(r: AuditRow): AuditEntryView {
  const { detailJson, prevHash: _, ...entry } = toChained(r);
  return { ...entry, detail: detailJson ? (JSON.parse(detailJson) as Record<string, unknown>) : undefined };
}

/** The whole log oldest first, `CHAIN_PAGE` rows at a time, from an engine's "rows after this id". */
export async function* pagesOfChain(rowsAfter: (id: number) => Promise<AuditRow[]>): AsyncIterable<ChainedAuditRow[]> {
  let after = 0;
  for (;;) {
    const rows = await rowsAfter(after);
    if (rows.length === 0) return;
    yield rows.map(toChained);
    after = (rows[rows.length - 1] as AuditRow).id;
  }
}
