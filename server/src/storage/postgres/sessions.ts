import { type SessionRow, toSession } from '../rows/session-row.ts';
import type { SessionStore } from '../types.ts';
import type { Sql } from './db.ts';

export function createSessionStore(sql: Sql): SessionStore {
  return {
    create: async (s) => {
      await sql`INSERT INTO sessions (id, user_id, csrf_token, created_at, last_seen_at)
        VALUES (${s.id}, ${s.userId}, ${s.csrfToken}, ${s.createdAt}, ${s.lastSeenAt})`;
    },
    get: async (id) => {
      const [r] = await sql<SessionRow[]>`SELECT id, user_id, csrf_token, created_at, last_seen_at
        FROM sessions WHERE id = ${id}`;
      return r ? toSession(r) : undefined;
    },
    touch: async (id, at) => {
      await sql`UPDATE sessions SET last_seen_at = ${at} WHERE id = ${id}`;
    },
    delete: async (id) => {
      await sql`DELETE FROM sessions WHERE id = ${id}`;
    },
    deleteForUser: async (userId) => {
      await sql`DELETE FROM sessions WHERE user_id = ${userId}`;
    },
  };
}
