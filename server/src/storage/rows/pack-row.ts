import type { PackManifest } from '@sprout/shared/catalog/pack';
import type { PackApproval, PackRecord, PackUse } from '../pack-types.ts';

/** A packs row, on every engine (SQLite's manifest text and 0/1 `trusted` read by `sqlite/stored-row.ts`). */
export interface PackRow {
  id: number;
  name: string;
  version: string;
  sha256: string;
  manifest_json: PackManifest;
  uploaded_by: number | null;
  uploader_org_id: number | null;
  uploaded_at: string;
  trusted: boolean;
  blocked_at: string | null;
  block_reason: string | null;
  incompatible_reason: string | null;
}

export const toPack = (r: PackRow): PackRecord => ({
  id: r.id,
  name: r.name,
  version: r.version,
  sha256: r.sha256,
  manifest: r.manifest_json,
  uploadedBy: r.uploaded_by,
  uploaderOrgId: r.uploader_org_id,
  uploadedAt: r.uploaded_at,
  trusted: r.trusted,
  blockedAt: r.blocked_at,
  blockReason: r.block_reason,
  incompatibleReason: r.incompatible_reason,
});

/** A pack_approvals row with the approving org's name. */
export interface ApprovalRow {
  pack_id: number;
  org_id: number;
  name: string;
  approved_at: string;
  approved_by: number | null;
  withdrawn_at: string | null;
}

export const toApproval = (r: ApprovalRow): PackApproval => ({
  packId: r.pack_id,
  orgId: r.org_id,
  orgName: r.name,
  approvedAt: r.approved_at,
  approvedBy: r.approved_by,
  withdrawnAt: r.withdrawn_at,
});

/** An app pinning a pack, with the newest version that pins it. */
export interface PackUseRow {
  app_id: number;
  org_id: number;
  slug: string;
  title: string;
  version: number;
}

export const toPackUse = (r: PackUseRow): PackUse => ({
  appId: r.app_id,
  orgId: r.org_id,
  slug: r.slug,
  title: r.title,
  version: r.version,
});
