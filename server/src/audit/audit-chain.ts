import { createHash } from 'node:crypto';
import type { AuditEntryView } from '@sprout/shared/api';

/** The hash the first entry of a chain points back to. */
export const GENESIS_HASH = '0'.repeat(64);

/** An audit row as stored, with the detail as its stored JSON text so the hash never depends on key order. */
export interface ChainedAuditRow extends Omit<AuditEntryView, 'detail'> {
  detailJson: string | null;
  prevHash: string | null;
}

/**
 * The hash of an audit entry: SHA-256 over the previous entry's hash and every stored
 * column of this one, so editing, deleting or reordering a row breaks the chain after it.
 */
export function auditEntryHash(prevHash: string, row: Omit<ChainedAuditRow, 'prevHash' | 'hash'>): string {
  const canonical = JSON.stringify([
    row.id,
    row.at,
    row.userId,
    row.orgId,
    row.action,
    row.targetType,
    row.targetId,
    row.ip,
    row.detailJson,
  ]);
  return createHash('sha256').update(`${prevHash}\n${canonical}`).digest('hex');
}

export type ChainBreak = { id: number; problem: 'unsealed' | 'prev-hash' | 'hash' };

/** Walks rows in id order, carrying the hash of the row before (from an earlier page). */
export function createChainVerifier(start = GENESIS_HASH) {
  let prev = start;
  let checked = 0;
  return {
    /** Answers the first broken row of this page, or null when every row holds. */
    check(rows: readonly ChainedAuditRow[]): ChainBreak | null {
      for (const row of rows) {
        if (!row.hash || !row.prevHash) return { id: row.id, problem: 'unsealed' };
        if (row.prevHash !== prev) return { id: row.id, problem: 'prev-hash' };
        if (auditEntryHash(prev, row) !== row.hash) return { id: row.id, problem: 'hash' };
        prev = row.hash;
        checked++;
      }
      return null;
    },
    get checked() {
      return checked;
    },
    get lastHash() {
      return prev;
    },
  };
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  firstBroken?: ChainBreak;
  lastHash: string;
}

/**
 * Verifies a whole audit log page by page; memory stays flat however long the log is.
 * @example await verifyAuditChain(storage.audit.chain()) // { ok: true, checked: 1234, lastHash }
 */
export async function verifyAuditChain(pages: AsyncIterable<ChainedAuditRow[]>): Promise<ChainReport> {
  const verifier = createChainVerifier();
  for await (const page of pages) {
    const broken = verifier.check(page);
    if (broken) return { ok: false, checked: verifier.checked, firstBroken: broken, lastHash: verifier.lastHash };
  }
  return { ok: true, checked: verifier.checked, lastHash: verifier.lastHash };
}
