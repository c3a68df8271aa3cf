import {
  type CatalogPack,
  catalogWithPacks,
  compareVersions,
  parseVersion,
  type RuntimePack,
} from '@sprout/shared/catalog/pack';
import { type Catalog, coreCatalog } from '@sprout/shared/catalog';
import type { PackRecord, PackStore } from '../storage/pack-types.ts';

/**
 * The pack versions an org's builders may add: approved at the org or above, not blocked,
 * not flagged incompatible with this Sprout (see `flagIncompatiblePacks`), and of each
 * pack only its newest approved version.
 */
export async function packsForOrg(packs: PackStore, orgId: number): Promise<PackRecord[]> {
  const newest = new Map<string, PackRecord>();
  for (const pack of await packs.approvedFor(orgId)) {
    if (pack.incompatibleReason !== null) continue;
    const held = newest.get(pack.name);
    if (!held || compareVersions(parseVersion(pack.version)!, parseVersion(held.version)!) > 0)
      newest.set(pack.name, pack);
  }
  return [...newest.values()];
}

export function catalogOf(records: readonly PackRecord[]): Catalog {
  return catalogWithPacks(records.map((r): CatalogPack => ({ manifest: r.manifest, sha256: r.sha256 })));
}

/** The immutable URL of a file of a pack: the archive's hash names the content. */
export function packFileUrl(sha256: string, path: string): string {
  return `/packs/${sha256}/${path}`;
}

/** What the runtime receives for the packs a version pins (or an org may use in previews). */
export function runtimePacks(records: readonly PackRecord[]): RuntimePack[] {
  return records.map((r) => ({
    name: r.name,
    version: r.version,
    sha256: r.sha256,
    trusted: r.trusted,
    blocked: r.blockedAt !== null || r.incompatibleReason !== null,
    components: r.manifest.components.map((c) => (c.widget ? { ...c, widgetUrl: packFileUrl(r.sha256, c.widget) } : c)),
  }));
}

// A version's pins are written in the transaction that publishes it and never change, and a
// pack version's manifest is fixed by its hash: so each version's catalog is made once per
// store (the submit path asks for it on every submission).
const versionCatalogs = new WeakMap<PackStore, Map<string, Catalog>>();

/** The catalog a published version was made with: core plus the packs it pins. */
export async function catalogForVersion(packs: PackStore, appId: number, version: number | null): Promise<Catalog> {
  if (version === null) return coreCatalog;
  let known = versionCatalogs.get(packs);
  if (!known) {
    known = new Map();
    versionCatalogs.set(packs, known);
  }
  const key = `${appId}:${version}`;
  const found = known.get(key);
  if (found) return found;
  const pinned = await packs.pinned(appId, version);
  const catalog = pinned.length === 0 ? coreCatalog : catalogOf(pinned);
  if (known.size >= 1_000) known.clear();
  known.set(key, catalog);
  return catalog;
}

/** The catalog an org's builders work with: core plus the packs they may add. */
export async function catalogForOrg(packs: PackStore, orgId: number): Promise<Catalog> {
  return catalogOf(await packsForOrg(packs, orgId));
}

/**
 * The packs an app's builder works with: the versions its last published version pins
 * (kept until an explicit upgrade, so nothing changes silently) and, for other packs,
 * the newest the app's org may use.
 */
export async function packsForApp(
  packs: PackStore,
  app: { id: number; orgId: number; publishedVersion: number | null },
): Promise<PackRecord[]> {
  return preferred(await packs.chosen(app.id), await previousPins(packs, app), await packsForOrg(packs, app.orgId));
}

/** The versions the app's last published version pins. */
export async function previousPins(
  packs: PackStore,
  app: { id: number; publishedVersion: number | null },
): Promise<PackRecord[]> {
  return app.publishedVersion === null ? [] : packs.pinned(app.id, app.publishedVersion);
}

/** One version per pack name, from the first list that has the pack. */
export function preferred(...lists: ReadonlyArray<readonly PackRecord[]>): PackRecord[] {
  const out = new Map<string, PackRecord>();
  for (const list of lists) for (const p of list) if (!out.has(p.name)) out.set(p.name, p);
  return [...out.values()];
}
