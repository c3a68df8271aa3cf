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
