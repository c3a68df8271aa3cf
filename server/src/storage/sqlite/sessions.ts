import type { Database } from 'better-sqlite3';
import { type SessionRow, toSession } from '../rows/session-row.ts';
import type { Session, SessionStore } from '../types.ts';

export function createSessionStore(db: Database): SessionStore {
  const insert = db.prepare(
    'INSERT INTO sessions (id, user_id, csrf_token, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)',
  );
  const get = db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id = ?');
  const touch = db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM sessions WHERE id = ?');
  const removeForUser = db.prepare('DELETE FROM sessions WHERE user_id = ?');
  return {
    create: async (s: Session) => void insert.run(s.id, s.userId, s.csrfToken, s.createdAt, s.lastSeenAt),
    get: async (id) => {
      const r = get.get(id);
      return r ? toSession(r) : undefined;
    },
    touch: async (id, at) => void touch.run(at, id),
    delete: async (id) => void remove.run(id),
    deleteForUser: async (userId) => void removeForUser.run(userId),
  };
}
