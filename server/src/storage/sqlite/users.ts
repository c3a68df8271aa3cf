import type { Database } from 'better-sqlite3';
import type { Capability, Role, UserStore, User } from '../types.ts';
import { IN_SUBTREE } from './scope.ts';

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  roles: string;
  capabilities: string;
  org_id: number;
  disabled: number;
  created_at: string;
  password_hash: string;
  must_change_password: number;
  system_admin: number;
}

const COLUMNS =
  'id, username, display_name, roles, capabilities, org_id, disabled, created_at, password_hash, must_change_password, system_admin';

function toUser(r: UserRow): User {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    roles: JSON.parse(r.roles) as Role[],
    capabilities: JSON.parse(r.capabilities) as Capability[],
    orgId: r.org_id,
    disabled: r.disabled === 1,
    createdAt: r.created_at,
    mustChangePassword: r.must_change_password === 1,
    systemAdmin: r.system_admin === 1,
  };
}

export function createUserStore(db: Database): UserStore {
  const insert = db.prepare(
    `INSERT INTO users (org_id, username, display_name, roles, capabilities, password_hash, created_at, updated_at,
       must_change_password, system_admin)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const get = db.prepare<[number], UserRow>(`SELECT ${COLUMNS} FROM users WHERE id = ?`);
  const getScoped = db.prepare<[number, number], UserRow>(
    `SELECT ${COLUMNS} FROM users WHERE id = ? AND org_id ${IN_SUBTREE}`,
  );
  const byName = db.prepare<[string], UserRow>(`SELECT ${COLUMNS} FROM users WHERE username = ?`);
  const list = db.prepare<[number], UserRow>(`SELECT ${COLUMNS} FROM users WHERE org_id ${IN_SUBTREE} ORDER BY id`);
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
      return toUser(get.get(Number(id)) as UserRow);
    },
    get: async (id, scope) => {
      const row = scope ? getScoped.get(id, scope.orgId) : get.get(id);
      return row ? toUser(row) : undefined;
    },
    byUsername: async (username) => {
      const row = byName.get(username);
      return row ? { ...toUser(row), passwordHash: row.password_hash } : undefined;
    },
    passwordHash: async (id) => get.get(id)?.password_hash,
    list: async (scope) => list.all(scope.orgId).map(toUser),
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
