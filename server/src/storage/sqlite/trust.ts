import type { Database } from 'better-sqlite3';
import type { IssuingNames, Revocation, TrustStore } from '../review-types.ts';
import { type IssuerRow, toIssuer } from '../rows/issuer-row.ts';
import { readStored, type StoredRow } from './stored-row.ts';

const readIssuer = readStored<IssuerRow>({ json: ['jwks_json'] });
const issuerOf = (stored: StoredRow) => toIssuer(readIssuer(stored));

/** The trust list (互认) and this deployment's revoked result codes. */
export function createTrustStore(db: Database): TrustStore {
  const list = db.prepare<[], StoredRow>('SELECT * FROM trusted_issuers ORDER BY id');
  const get = db.prepare<[number], StoredRow>('SELECT * FROM trusted_issuers WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO trusted_issuers (name, issuer_prefix, jwks_json, source_url, added_at, added_by)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const remove = db.prepare('DELETE FROM trusted_issuers WHERE id = ?');
  const revoke = db.prepare(
    `INSERT INTO revocations (iss, jti, submission_id, revoked_at, revoked_by, expires_at)
     VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  const live = db.prepare<
    [string],
    { iss: string; jti: string; submission_id: number | null; revoked_at: string; expires_at: string | null }
  >(
    `SELECT iss, jti, submission_id, revoked_at, expires_at FROM revocations
     WHERE expires_at IS NULL OR expires_at > ? ORDER BY revoked_at`,
  );
  const issuingApps = db.prepare<[], { slug: string; title: string; code: string; name: string }>(
    `SELECT a.slug, a.title, o.code, o.name FROM apps a JOIN orgs o ON o.id = a.org_id
     WHERE a.deleted_at IS NULL AND EXISTS (
       SELECT 1 FROM app_versions v
       WHERE v.app_id = a.id AND json_extract(v.definition, '$.settings.resultCode.issue') = 1)
     ORDER BY a.slug`,
  );
  return {
    list: async () => list.all().map(issuerOf),
    issuingNames: async (): Promise<IssuingNames> => {
      const rows = issuingApps.all();
      const orgs = new Map(rows.map((r) => [r.code, r.name]));
      return {
        orgs: [...orgs].map(([code, name]) => ({ code, name })),
        apps: rows.map(({ slug, title }) => ({ slug, title })),
      };
    },
    add: async (i) => {
      const id = Number(
        insert.run(i.name, i.issuerPrefix, JSON.stringify(i.jwks), i.sourceUrl, i.addedAt, i.addedBy).lastInsertRowid,
      );
      return { id, ...i };
    },
    remove: async (id) => {
      const row = get.get(id);
      if (row) remove.run(id);
      return row ? issuerOf(row) : undefined;
    },
    revoke: async (r) => revoke.run(r.iss, r.jti, r.submissionId, r.revokedAt, r.revokedBy, r.expiresAt).changes === 1,
    revocations: async (now): Promise<Revocation[]> =>
      live.all(now).map((r) => ({
        iss: r.iss,
        jti: r.jti,
        submissionId: r.submission_id,
        revokedAt: r.revoked_at,
        expiresAt: r.expires_at,
      })),
  };
}
