import type { Database } from 'better-sqlite3';
import { type OrgRow, toOrg } from '../rows/org-row.ts';
import type { Org, OrgStore } from '../types.ts';
import { IN_SUBTREE } from './scope.ts';
import { readStored, type StoredRow } from './stored-row.ts';

const COLUMNS = 'id, parent_id, name, code, level, disabled';
const readOrg = readStored<OrgRow>({ bool: ['disabled'] });
const orgOf = (stored: StoredRow) => toOrg(readOrg(stored));

export function createOrgStore(db: Database, now: () => string): OrgStore {
  const insert = db.prepare(
    'INSERT INTO orgs (parent_id, name, code, level, path, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const setPath = db.prepare('UPDATE orgs SET path = ? WHERE id = ?');
  const pathOf = db.prepare<[number], { path: string }>('SELECT path FROM orgs WHERE id = ?');
  const get = db.prepare<[number], StoredRow>(`SELECT ${COLUMNS} FROM orgs WHERE id = ?`);
  const getScoped = db.prepare<[number, number], StoredRow>(
    `SELECT ${COLUMNS} FROM orgs WHERE id = ? AND id ${IN_SUBTREE}`,
  );
  const byCode = db.prepare<[string], StoredRow>(`SELECT ${COLUMNS} FROM orgs WHERE code = ?`);
  const subtree = db.prepare<[number], StoredRow>(
    `SELECT ${COLUMNS} FROM orgs WHERE id ${IN_SUBTREE} ORDER BY length(path), code`,
  );
  const create = db.transaction((org: Omit<Org, 'id' | 'disabled'>): Org => {
    const parentPath = org.parentId === null ? '/' : pathOf.get(org.parentId)?.path;
    if (parentPath === undefined) throw new Error(`org ${org.parentId} does not exist: create the parent first`);
    const id = Number(insert.run(org.parentId, org.name, org.code, org.level, '', now()).lastInsertRowid);
    setPath.run(`${parentPath}${id}/`, id);
    return { id, ...org, disabled: false };
  });
  const rename = db.prepare('UPDATE orgs SET name = ? WHERE id = ?');
  const disable = db.prepare('UPDATE orgs SET disabled = ? WHERE id = ?');
  const reparent = db.prepare('UPDATE orgs SET parent_id = ? WHERE id = ?');
  // The whole subtree's paths change prefix in one statement, so scopes never see half a move.
  const repath = db.prepare(
    `UPDATE orgs SET path = @to || substr(path, length(@from) + 1) WHERE substr(path, 1, length(@from)) = @from`,
  );
  const move = db.transaction((id: number, parentId: number): 'moved' | 'cycle' => {
    const from = pathOf.get(id)?.path;
    const parentPath = pathOf.get(parentId)?.path;
    if (from === undefined || parentPath === undefined) throw new Error(`org ${id} or ${parentId} does not exist`);
    if (parentPath.startsWith(from)) return 'cycle';
    reparent.run(parentId, id);
    repath.run({ from, to: `${parentPath}${id}/` });
    return 'moved';
  });
  return {
    create: async (org) => create(org),
    get: async (id, scope) => {
      const row = scope ? getScoped.get(id, scope.orgId) : get.get(id);
      return row ? orgOf(row) : undefined;
    },
    byCode: async (code) => {
      const row = byCode.get(code);
      return row ? orgOf(row) : undefined;
    },
    subtree: async (scope) => subtree.all(scope.orgId).map(orgOf),
    ancestors: async (id) => {
      const path = pathOf.get(id)?.path ?? '';
      const ids = path.split('/').filter(Boolean).map(Number);
      return ids.map((i) => get.get(i)).flatMap((r) => (r ? [orgOf(r)] : []));
    },
    update: async (id, patch) => {
      db.transaction(() => {
        if (patch.name !== undefined) rename.run(patch.name, id);
        if (patch.disabled !== undefined) disable.run(patch.disabled ? 1 : 0, id);
      })();
    },
    move: async (id, parentId) => move(id, parentId),
  };
}
