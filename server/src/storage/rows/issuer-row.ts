import type { TrustedIssuer } from '../review-types.ts';

/** A trusted_issuers row, on every engine (SQLite's JWKS text parsed by `sqlite/stored-row.ts`). */
export interface IssuerRow {
  id: number;
  name: string;
  issuer_prefix: string;
  jwks_json: TrustedIssuer['jwks'];
  source_url: string | null;
  added_at: string;
  added_by: number | null;
}

export const toIssuer = (r: IssuerRow): TrustedIssuer => ({
  id: r.id,
  name: r.name,
  issuerPrefix: r.issuer_prefix,
  jwks: r.jwks_json,
  sourceUrl: r.source_url,
  addedAt: r.added_at,
  addedBy: r.added_by,
});
