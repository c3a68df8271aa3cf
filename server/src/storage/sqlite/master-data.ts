import type { Database } from 'better-sqlite3';
import { type MasterRow, type NoticeRow, toMasterValue, toNotice } from '../rows/master-data-row.ts';
import type { MasterDataStore, Notice, NoticeStore } from '../task-types.ts';

/** The row as stored: the value is JSON text, compared as text to skip unchanged saves. */
type StoredMasterRow = Omit<MasterRow, 'value_json'> & { value_json: string };
const toValue = (r: StoredMasterRow) => toMasterValue({ ...r, value_json: JSON.parse(r.value_json) });

/** Master data as an append-only table: the newest row per key is the current value. */
export function createMasterDataStore(db: Database): MasterDataStore {
  const current = db.prepare<[number], StoredMasterRow>(
    `SELECT key, value_json, at, by_user_id, source FROM master_data m
     WHERE org_id = ? AND id = (SELECT MAX(id) FROM master_data n WHERE n.org_id = m.org_id AND n.key = m.key)
     ORDER BY key`,
  );
  const history = db.prepare<[number, string], StoredMasterRow>(
    'SELECT key, value_json, at, by_user_id, source FROM master_data WHERE org_id = ? AND key = ? ORDER BY id',
  );
  const insert = db.prepare(
    'INSERT INTO master_data (org_id, key, value_json, at, by_user_id, source) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const set = db.transaction(
    (orgId: number, values: Record<string, unknown>, by: { userId: number | null; source: string }, now: string) => {
      const before = new Map(current.all(orgId).map((r) => [r.key, r.value_json]));
      const changed: string[] = [];
      for (const [key, value] of Object.entries(values)) {
        const json = JSON.stringify(value);
        if (before.get(key) === json) continue;
        insert.run(orgId, key, json, now, by.userId, by.source);
        changed.push(key);
      }
      return changed;
    },
  );
  return {
    current: async (orgId) => Object.fromEntries(current.all(orgId).map((r) => [r.key, toValue(r)])),
    history: async (orgId, key) => history.all(orgId, key).map(toValue),
    set: async (orgId, values, by, now) => set(orgId, values, by, now),
  };
}

export function createNoticeStore(db: Database): NoticeStore {
  const insert = db.prepare(
    'INSERT INTO notices (org_id, task_id, period_key, message, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const list = db.prepare<[number, number], NoticeRow>(
    'SELECT id, org_id, task_id, period_key, message, created_at FROM notices WHERE org_id = ? ORDER BY id DESC LIMIT ?',
  );
  const add = db.transaction((items: Parameters<NoticeStore['add']>[0]) => {
    for (const n of items) insert.run(n.orgId, n.taskId, n.periodKey, n.message, n.createdAt, n.createdBy);
  });
  return {
    add: async (items) => add(items),
    list: async (orgId, limit = 50): Promise<Notice[]> => list.all(orgId, limit).map(toNotice),
  };
}
