import type { Capability, Role, User } from '../types.ts';

/** A users row, on every engine (SQLite's JSON text and 0/1 flags read by `sqlite/stored-row.ts`). */
export interface UserRow {
  id: number;
  username: string;
  display_name: string;
  roles: Role[];
  capabilities: Capability[];
  org_id: number;
  disabled: boolean;
  created_at: string;
  password_hash: string;
  must_change_password: boolean;
  system_admin: boolean;
}

/** How SQLite stores the row's JSON and boolean columns. */
export const USER_STORED_COLUMNS = {
  json: ['roles', 'capabilities'],
  bool: ['disabled', 'must_change_password', 'system_admin'],
} as const;

export const toUser = (r: UserRow): User => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  roles: r.roles,
  capabilities: r.capabilities,
  orgId: r.org_id,
  disabled: r.disabled,
  createdAt: r.created_at,
  mustChangePassword: r.must_change_password,
  systemAdmin: r.system_admin,
});
