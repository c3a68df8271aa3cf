import { type UserRow, toUser } from '../rows/user-row.ts';
import type { UserStore } from '../types.ts';
import type { Sql } from './db.ts';
import { inSubtree, jsonb } from './scope.ts';

export function createUserStore(sql: Sql): UserStore {
  const columns = sql`id, username, display_name, roles, capabilities, org_id, disabled, created_at, password_hash,
    must_change_password, system_admin`;
  const get = async (id: number) => (await sql<UserRow[]>`SELECT ${columns} FROM users WHERE id = ${id}`)[0];
  return {
    create: async (u, now) => {
      const [row] = await sql<UserRow[]>`
        INSERT INTO users (org_id, username, display_name, roles, capabilities, password_hash, created_at, updated_at,
          must_change_password, system_admin)
        VALUES (${u.orgId}, ${u.username}, ${u.displayName}, ${jsonb(u.roles)}::text::jsonb,
          ${jsonb(u.capabilities ?? [])}::text::jsonb, ${u.passwordHash}, ${now}, ${now},
          ${u.mustChangePassword ?? false}, ${u.systemAdmin ?? false})
        RETURNING ${columns}`;
      return toUser(row as UserRow);
    },
    get: async (id, scope) => {
      const row = scope
        ? (
            await sql<UserRow[]>`SELECT ${columns} FROM users WHERE id = ${id}
              AND org_id ${inSubtree(sql, scope.orgId)}`
          )[0]
        : await get(id);
      return row ? toUser(row) : undefined;
    },
    byUsername: async (username) => {
      // Like SQLite's COLLATE NOCASE on the column: one account whatever the case typed.
      const [row] = await sql<UserRow[]>`SELECT ${columns} FROM users WHERE lower(username) = lower(${username})`;
      return row ? { ...toUser(row), passwordHash: row.password_hash } : undefined;
    },
    passwordHash: async (id) => (await get(id))?.password_hash,
    list: async (scope) =>
      (await sql<UserRow[]>`SELECT ${columns} FROM users WHERE org_id ${inSubtree(sql, scope.orgId)} ORDER BY id`).map(
        toUser,
      ),
    update: async (id, patch, now) => {
      await sql`UPDATE users SET
        display_name = coalesce(${patch.displayName ?? null}, display_name),
        roles = coalesce(${patch.roles === undefined ? null : jsonb(patch.roles)}::text::jsonb, roles),
        capabilities = coalesce(${patch.capabilities === undefined ? null : jsonb(patch.capabilities)}::text::jsonb, capabilities),
        disabled = coalesce(${patch.disabled ?? null}::boolean, disabled),
        updated_at = ${now}
        WHERE id = ${id}`;
    },
    setPassword: async (id, hash, now, options) => {
      await sql`UPDATE users SET password_hash = ${hash}, must_change_password = ${options?.mustChange ?? false},
        updated_at = ${now} WHERE id = ${id}`;
    },
    count: async () => (await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM users`)[0]?.n ?? 0,
  };
}
