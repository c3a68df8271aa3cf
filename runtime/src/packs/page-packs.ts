import type { Catalog } from '@sprout/shared/catalog';
import { catalogWithPacks, packId, type RuntimePack } from '@sprout/shared/catalog/pack';
import { type PackFieldFor, packFieldFor } from './pack-field-for.ts';
import type { PackWidgetRef } from './pack-widget-ref.ts';

/** What a page needs from the packs a published version pins. */
export interface PagePacks {
  catalog: Catalog;
  widgets: ReadonlyMap<string, PackWidgetRef>;
  /** The field of each pack type, for `<AppRenderer packField>`. */
  fieldFor: PackFieldFor;
}

/**
 * The catalog (core plus the pinned packs' components, checked by shared's declarative
 * validation) and the widget of each pack component that has one. The resident page
 * imports this module only for an app that pins packs.
 * @example const { catalog, widgets, fieldFor } = pagePacks(published.packs); <AppRenderer catalog={catalog} packWidgets={widgets} packField={fieldFor} … />
 */
export function pagePacks(packs: readonly RuntimePack[]): PagePacks {
  const catalog = catalogWithPacks(packs.map((pack) => ({ manifest: pack, sha256: pack.sha256 })));
  const widgets = new Map<string, PackWidgetRef>();
  for (const pack of packs) {
    for (const component of pack.components) {
      // A blocked composite shows the same safe placeholder as a blocked widget.
      if (!component.widget && !pack.blocked) continue;
      widgets.set(component.type, {
        type: component.type,
        title: component.title,
        pack: packId(pack),
        url: component.widgetUrl,
        isolated: !pack.trusted,
        blocked: pack.blocked,
      });
    }
  }
  return { catalog, widgets, fieldFor: packFieldFor(widgets) };
}
