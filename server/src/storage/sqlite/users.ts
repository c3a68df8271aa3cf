import type { Database } from 'better-sqlite3';
import { toUser, USER_STORED_COLUMNS, type UserRow } from '../rows/user-row.ts';
import type { UserStore } from '../types.ts';
import { IN_SUBTREE } from './scope.ts';
import { readStored, type StoredRow } from './stored-row.ts';

const COLUMNS =
  'id, username, display_name, roles, capabilities, org_id, disabled, created_at, password_hash, must_change_password, system_admin';

const readUser = readStored<UserRow>(USER_STORED_COLUMNS);
const userOf = (stored: StoredRow) => toUser(readUser(stored));

export function createUserStore(db: Database): UserStore {
  const insert = db.prepare(
    `INSERT INTO users (org_id, username, display_name, roles, capabilities, password_hash, created_at, updated_at,
       must_change_password, system_admin)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const get = db.prepare<[number], StoredRow>(`SELECT ${COLUMNS} FROM users WHERE id = ?`);
  const getScoped = db.prepare<[number, number], StoredRow>(
    `SELECT ${COLUMNS} FROM users WHERE id = ? AND org_id ${IN_SUBTREE}`,
  );
  const byName = db.prepare<[string], StoredRow>(`SELECT ${COLUMNS} FROM users WHERE username = ?`);
  const list = db.prepare<[number], StoredRow>(`SELECT ${COLUMNS} FROM users WHERE org_id ${IN_SUBTREE} ORDER BY id`);
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM users');
  const setPassword = db.prepare(
    'UPDATE users SET password_hash = ?, must_change_password = ?, updated_at = ? WHERE id = ?',
  );
  return {
    create: async (u, now) => {
      const id = insert.run(
        u.orgId,
        u.username,
        u.displayName,
        JSON.stringify(u.roles),
        JSON.stringify(u.capabilities ?? []),
        u.passwordHash,
        now,
        now,
        u.mustChangePassword ? 1 : 0,
        u.systemAdmin ? 1 : 0,
      ).lastInsertRowid;
      return userOf(get.get(Number(id)) as StoredRow);
    },
    get: async (id, scope) => {
      const row = scope ? getScoped.get(id, scope.orgId) : get.get(id);
      return row ? userOf(row) : undefined;
    },
    byUsername: async (username) => {
      const stored = byName.get(username);
      const row = stored && readUser(stored);
      return row ? { ...toUser(row), passwordHash: row.password_hash } : undefined;
    },
    passwordHash: async (id) => get.get(id)?.password_hash as string | undefined,
    list: async (scope) => list.all(scope.orgId).map(userOf),
    update: async (id, patch, now) => {
      const sets: string[] = [];
      const args: unknown[] = [];
      if (patch.displayName !== undefined) sets.push('display_name = ?') && args.push(patch.displayName);
      if (patch.roles !== undefined) sets.push('roles = ?') && args.push(JSON.stringify(patch.roles));
      if (patch.capabilities !== undefined)
        sets.push('capabilities = ?') && args.push(JSON.stringify(patch.capabilities));
      if (patch.disabled !== undefined) sets.push('disabled = ?') && args.push(patch.disabled ? 1 : 0);
      db.prepare(`UPDATE users SET ${[...sets, 'updated_at = ?'].join(', ')} WHERE id = ?`).run(...args, now, id);
    },
    setPassword: async (id, hash, now, options) => void setPassword.run(hash, options?.mustChange ? 1 : 0, now, id),
    count: async () => count.get()?.n ?? 0,
  };
}
