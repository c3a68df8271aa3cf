import type { Database } from 'better-sqlite3';
import type { AuditEntry, AuditStore } from '../types.ts';
import { IN_SUBTREE } from './scope.ts';

interface AuditRow {
  id: number;
  at: string;
  user_id: number | null;
  org_id: number | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  detail: string | null;
}

export function createAuditStore(db: Database): AuditStore {
  const insert = db.prepare(
    `INSERT INTO audit_log (at, user_id, org_id, action, target_type, target_id, ip, detail)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const list = db.prepare<[number, number, number], AuditRow>(
    `SELECT * FROM audit_log WHERE org_id ${IN_SUBTREE} AND id < ? ORDER BY id DESC LIMIT ?`,
  );
  return {
    record: async (e: AuditEntry) =>
      void insert.run(
        e.at,
        e.userId,
        e.orgId,
        e.action,
        e.targetType,
        e.targetId,
        e.ip,
        e.detail ? JSON.stringify(e.detail) : null,
      ),
    list: async (scope, { before, limit }) =>
      list.all(scope.orgId, before ?? Number.MAX_SAFE_INTEGER, Math.min(limit ?? 100, 500)).map((r) => ({
        id: r.id,
        at: r.at,
        userId: r.user_id,
        orgId: r.org_id,
        action: r.action,
        targetType: r.target_type,
        targetId: r.target_id,
        ip: r.ip,
        detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : undefined,
      })),
  };
}
