import type { PackManifest } from '@sprout/shared/catalog/pack';

/** A pack version as uploaded, before anyone decided about it. */
export interface NewPack {
  name: string;
  version: string;
  /** Hex sha-256 of the archive as uploaded: the pack's identity in pins and file URLs. */
  sha256: string;
  manifest: PackManifest;
  uploadedBy: number | null;
  uploaderOrgId: number | null;
  uploadedAt: string;
}

/** An installed pack version: its manifest (data only) and what approvers decided about it. */
export interface PackRecord extends NewPack {
  id: number;
  /** Untrusted widgets run in a sandboxed iframe (isolation mode). */
  trusted: boolean;
  /** A security block: apps using the pack show a safe fallback. */
  blockedAt: string | null;
  blockReason: string | null;
  /** Why it cannot run on this Sprout (set by the startup check after an upgrade), or null. */
  incompatibleReason: string | null;
}

/** One file of a pack archive, kept for serving widget modules from content-addressed URLs. */
export interface PackFile {
  path: string;
  contentType: string;
  bytes: Uint8Array;
}

/** 上架 at an org (for its whole subtree), possibly since 下架. */
export interface PackApproval {
  packId: number;
  orgId: number;
  orgName: string;
  approvedAt: string;
  approvedBy: number | null;
  withdrawnAt: string | null;
}

/** An app version (or draft, `version` 0) that pins a pack. */
export interface PackUse {
  appId: number;
  orgId: number;
  slug: string;
  title: string;
  version: number;
}

export interface PackStore {
  /** Installs a pack with its files; `exists` when that name and version is already installed. */
  insert(pack: NewPack, files: PackFile[]): Promise<PackRecord | 'exists'>;
  get(id: number): Promise<PackRecord | undefined>;
  list(): Promise<PackRecord[]>;
  file(sha256: string, path: string): Promise<Omit<PackFile, 'path'> | undefined>;
  approvals(packId: number): Promise<PackApproval[]>;
  /** Approves (again) for an org's subtree; clears an earlier withdrawal there. */
  approve(packId: number, orgId: number, by: number | null, at: string): Promise<void>;
  /** Withdraws an approval at that org; false when there was none in force. */
  withdraw(packId: number, orgId: number, at: string): Promise<boolean>;
  setTrusted(packId: number, trusted: boolean): Promise<void>;
  block(packId: number, reason: string, at: string): Promise<void>;
  /** Records why a pack does not fit this Sprout, or clears it with null. */
  flagIncompatible(packId: number, reason: string | null): Promise<void>;
  /** Pack versions approved, not withdrawn, at the org or one of its ancestors, and not blocked. */
  approvedFor(orgId: number): Promise<PackRecord[]>;
  /** Records which pack versions a published version uses. */
  pin(appId: number, version: number, packIds: readonly number[]): Promise<void>;
  pinned(appId: number, version: number): Promise<PackRecord[]>;
  /** Records the version a builder upgraded an app's draft to (one per pack name). */
  choose(appId: number, packId: number): Promise<void>;
  /** The versions chosen for an app's draft by explicit upgrades. */
  chosen(appId: number): Promise<PackRecord[]>;
  /** Apps whose published versions pin the pack, each app once with its latest such version. */
  usage(packId: number): Promise<PackUse[]>;
}
