import type { IssuingNames, Revocation, TrustStore } from '../review-types.ts';
import { type IssuerRow, toIssuer } from '../rows/issuer-row.ts';
import type { Sql } from './db.ts';
import { jsonb } from './scope.ts';

/** A definition that issues result codes, as a jsonb containment (served by a GIN index). */
const ISSUES_CODES = JSON.stringify({ settings: { resultCode: { issue: true } } });

/** The trust list (互认) and this deployment's revoked result codes. */
export function createTrustStore(sql: Sql): TrustStore {
  return {
    list: async () => (await sql<IssuerRow[]>`SELECT * FROM trusted_issuers ORDER BY id`).map(toIssuer),
    issuingNames: async (): Promise<IssuingNames> => {
      const rows = await sql<{ slug: string; title: string; code: string; name: string }[]>`
        SELECT a.slug, a.title, o.code, o.name FROM apps a JOIN orgs o ON o.id = a.org_id
        WHERE a.deleted_at IS NULL AND EXISTS (
          SELECT 1 FROM app_versions v WHERE v.app_id = a.id AND v.definition @> ${ISSUES_CODES}::text::jsonb)
        ORDER BY a.slug COLLATE "C"`;
      const orgs = new Map(rows.map((r) => [r.code, r.name]));
      return {
        orgs: [...orgs].map(([code, name]) => ({ code, name })),
        apps: rows.map(({ slug, title }) => ({ slug, title })),
      };
    },
    add: async (i) => {
      const [row] = await sql<{ id: number }[]>`
        INSERT INTO trusted_issuers (name, issuer_prefix, jwks_json, source_url, added_at, added_by)
        VALUES (${i.name}, ${i.issuerPrefix}, ${jsonb(i.jwks)}::text::jsonb, ${i.sourceUrl}, ${i.addedAt},
          ${i.addedBy}) RETURNING id`;
      return { id: (row as { id: number }).id, ...i };
    },
    remove: async (id) => {
      const [row] = await sql<IssuerRow[]>`DELETE FROM trusted_issuers WHERE id = ${id} RETURNING *`;
      return row ? toIssuer(row) : undefined;
    },
    revoke: async (r) => {
      const done = await sql`
        INSERT INTO revocations (iss, jti, submission_id, revoked_at, revoked_by, expires_at)
        VALUES (${r.iss}, ${r.jti}, ${r.submissionId}, ${r.revokedAt}, ${r.revokedBy}, ${r.expiresAt})
        ON CONFLICT DO NOTHING`;
      return done.count === 1;
    },
    revocations: async (now): Promise<Revocation[]> => {
      const rows = await sql<
        { iss: string; jti: string; submission_id: number | null; revoked_at: string; expires_at: string | null }[]
      >`SELECT iss, jti, submission_id, revoked_at, expires_at FROM revocations
        WHERE expires_at IS NULL OR expires_at > ${now} ORDER BY revoked_at, iss, jti`;
      return rows.map((r) => ({
        iss: r.iss,
        jti: r.jti,
        submissionId: r.submission_id,
        revokedAt: r.revoked_at,
        expiresAt: r.expires_at,
      }));
    },
  };
}
