import { isDeepStrictEqual } from 'node:util';
import { type MasterRow, type NoticeRow, toMasterValue, toNotice } from '../rows/master-data-row.ts';
import type { MasterDataStore, Notice, NoticeStore } from '../task-types.ts';
import type { Sql } from './db.ts';
import { jsonb } from './scope.ts';

/** Master data as an append-only table: the newest row per key is the current value. */
export function createMasterDataStore(sql: Sql): MasterDataStore {
  const current = (orgId: number) => sql<MasterRow[]>`
    SELECT DISTINCT ON (key) key, value_json, at, by_user_id, source FROM master_data
    WHERE org_id = ${orgId} ORDER BY key, id DESC`;
  return {
    current: async (orgId) => Object.fromEntries((await current(orgId)).map((r) => [r.key, toMasterValue(r)])),
    history: async (orgId, key) =>
      (
        await sql<MasterRow[]>`
          SELECT key, value_json, at, by_user_id, source FROM master_data
          WHERE org_id = ${orgId} AND key = ${key} ORDER BY id`
      ).map(toMasterValue),
    set: async (orgId, values, by, now) =>
      sql.begin(async (tx) => {
        // One writer per org at a time, so two saves of the same value record it once.
        await tx`SELECT 1 FROM orgs WHERE id = ${orgId} FOR NO KEY UPDATE`;
        const before = new Map(
          (
            await tx<MasterRow[]>`
              SELECT DISTINCT ON (key) key, value_json FROM master_data WHERE org_id = ${orgId} ORDER BY key, id DESC`
          ).map((r) => [r.key, r.value_json]),
        );
        // jsonb keeps its own key order, so values are compared as values, not as text.
        const changed = Object.entries(values).filter(
          ([key, value]) => !before.has(key) || !isDeepStrictEqual(before.get(key), JSON.parse(JSON.stringify(value))),
        );
        if (changed.length > 0) {
          const [keys, values] = [changed.map(([key]) => key), changed.map(([, value]) => jsonb(value))];
          await tx`
            INSERT INTO master_data (org_id, key, value_json, at, by_user_id, source)
            SELECT ${orgId}::bigint, k, v::jsonb, ${now}, ${by.userId}::bigint, ${by.source}
            FROM unnest(${keys}::text[], ${values}::text[]) AS u (k, v)`;
        }
        return changed.map(([key]) => key);
      }),
  };
}

/** In-app notices to an org's officials. */
export function createNoticeStore(sql: Sql): NoticeStore {
  return {
    add: async (items) => {
      if (items.length === 0) return;
      const rows = items.map((n) => ({
        org_id: n.orgId,
        task_id: n.taskId,
        period_key: n.periodKey,
        message: n.message,
        created_at: n.createdAt,
        created_by: n.createdBy,
      }));
      await sql`INSERT INTO notices ${sql(rows, 'org_id', 'task_id', 'period_key', 'message', 'created_at', 'created_by')}`;
    },
    list: async (orgId, limit = 50): Promise<Notice[]> =>
      (
        await sql<NoticeRow[]>`
          SELECT id, org_id, task_id, period_key, message, created_at FROM notices
          WHERE org_id = ${orgId} ORDER BY id DESC LIMIT ${limit}`
      ).map(toNotice),
  };
}
