export type {
  PackCapability,
  PackComponent,
  PackComposite,
  PackExportColumn,
  PackManifest,
  PackPropMigration,
  PackRule,
  PackVendor,
  ValueShape,
} from './manifest.ts';
export { COMPONENT_API_VERSION, PACK_MANIFEST_FILE } from './manifest.ts';
export type { PackPin, PublishedPacks, RuntimePack, RuntimePackComponent } from './pinned.ts';
export { packId } from './pinned.ts';
export { checkValueShape, matchesPattern } from './check-value-shape.ts';
export { checkPackRules } from './check-pack-rules.ts';
export { manifestOfPackComponent } from './component-manifest.ts';
export type { PackOrigin } from './component-manifest.ts';
export { catalogWithPacks } from './pack-catalog.ts';
export type { CatalogPack } from './pack-catalog.ts';
export { compositeInputs } from './composite-parts.ts';
export { compareVersions, isVersion, parseRange, parseVersion, satisfiesRange } from './semver.ts';
export type { Version } from './semver.ts';
export { packExportCells } from './export-cells.ts';
export { HOST_REACT_MAJOR, hostIncompatibility } from './host-compat.ts';
export { diffPacks } from './diff-packs.ts';
export type { ComponentChange, PackDiff } from './diff-packs.ts';
export { applyPropMigrations } from './apply-prop-migrations.ts';
export {
  type ArchiveMember,
  type ArchiveProblem,
  archiveMessage,
  memberProblem,
  PACK_LIMITS,
  packContentType,
  pathProblem,
  withoutPackageFolder,
} from './archive-rules.ts';
