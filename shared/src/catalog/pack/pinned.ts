import type { PackComponent, PackManifest } from './manifest.ts';

/**
 * What a published version records for each pack it uses: a later pack version never
 * changes the app, because the hash names the exact archive.
 * @example { name: '@acme/plate-number', version: '1.2.0', sha256: '9f86d0…' }
 */
export interface PackPin {
  name: string;
  version: string;
  /** Hex sha-256 of the pack archive as uploaded. */
  sha256: string;
}

/** A pack component as the runtime receives it: the manifest entry plus where its widget lives. */
export type RuntimePackComponent = PackComponent & {
  /** Immutable, content-addressed URL of the widget module; absent for composites. */
  widgetUrl?: string;
};

/**
 * What the public app API hands the runtime for each pack a published version pins.
 * `trusted: false` runs widgets in a sandboxed iframe; `blocked: true` (a security block)
 * makes the runtime show a safe fallback instead of loading anything.
 */
export interface RuntimePack extends PackPin {
  trusted: boolean;
  blocked: boolean;
  components: RuntimePackComponent[];
}

/** The pins of a published version and the runtime view of each. */
export interface PublishedPacks {
  pins: PackPin[];
  packs: RuntimePack[];
}

/** Identifies a pack version in messages: `@acme/plate-number@1.2.0`. */
export function packId(pack: Pick<PackManifest, 'name' | 'version'>): string {
  return `${pack.name}@${pack.version}`;
}
