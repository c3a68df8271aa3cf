import type { Bilingual } from '@sprout/shared/catalog';

/** What the page knows about the widget of one pack component type, from the pinned packs. */
export interface PackWidgetRef {
  /** The component type, e.g. `acme.plateNumber`. */
  type: string;
  title: Bilingual;
  /** `name@version` of the pack, for the placeholder shown when the widget fails. */
  pack: string;
  /** The widget module's content-addressed URL; undefined when the pack ships none. */
  url: string | undefined;
  /** Untrusted packs run in a sandboxed iframe with an opaque origin. */
  isolated: boolean;
  /** A security block: nothing of the pack is loaded, the placeholder shows instead. */
  blocked: boolean;
}
