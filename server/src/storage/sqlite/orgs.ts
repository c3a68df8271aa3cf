import type { Database } from 'better-sqlite3';
import type { DivisionLevel } from '@sprout/shared/validators';
import type { Org, OrgStore } from '../types.ts';
import { IN_SUBTREE } from './scope.ts';

interface OrgRow {
  id: number;
  parent_id: number | null;
  name: string;
  code: string;
  level: DivisionLevel;
}

const COLUMNS = 'id, parent_id, name, code, level';
const toOrg = (r: OrgRow): Org => ({ id: r.id, parentId: r.parent_id, name: r.name, code: r.code, level: r.level });

export function createOrgStore(db: Database, now: () => string): OrgStore {
  const insert = db.prepare(
    'INSERT INTO orgs (parent_id, name, code, level, path, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const setPath = db.prepare('UPDATE orgs SET path = ? WHERE id = ?');
  const pathOf = db.prepare<[number], { path: string }>('SELECT path FROM orgs WHERE id = ?');
  const get = db.prepare<[number], OrgRow>(`SELECT ${COLUMNS} FROM orgs WHERE id = ?`);
  const getScoped = db.prepare<[number, number], OrgRow>(
    `SELECT ${COLUMNS} FROM orgs WHERE id = ? AND id ${IN_SUBTREE}`,
  );
  const byCode = db.prepare<[string], OrgRow>(`SELECT ${COLUMNS} FROM orgs WHERE code = ?`);
  const subtree = db.prepare<[number], OrgRow>(
    `SELECT ${COLUMNS} FROM orgs WHERE id ${IN_SUBTREE} ORDER BY length(path), code`,
  );
  const create = db.transaction((org: Omit<Org, 'id'>): Org => {
    const parentPath = org.parentId === null ? '/' : pathOf.get(org.parentId)?.path;
    if (parentPath === undefined) throw new Error(`org ${org.parentId} does not exist: create the parent first`);
    const id = Number(insert.run(org.parentId, org.name, org.code, org.level, '', now()).lastInsertRowid);
    setPath.run(`${parentPath}${id}/`, id);
    return { id, ...org };
  });
  return {
    create: async (org) => create(org),
    get: async (id, scope) => {
      const row = scope ? getScoped.get(id, scope.orgId) : get.get(id);
      return row ? toOrg(row) : undefined;
    },
    byCode: async (code) => {
      const row = byCode.get(code);
      return row ? toOrg(row) : undefined;
    },
    subtree: async (scope) => subtree.all(scope.orgId).map(toOrg),
    ancestors: async (id) => {
      const path = pathOf.get(id)?.path ?? '';
      const ids = path.split('/').filter(Boolean).map(Number);
      return ids.map((i) => get.get(i)).flatMap((r) => (r ? [toOrg(r)] : []));
    },
  };
}
