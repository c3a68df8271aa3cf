import { type AppNode, type Catalog, coreCatalog, type Locale, localize, type LocalizedText } from '@sprout/shared';

/** What an official calls a node: its label or title, else the component's name. */
export function nodeLabel(node: AppNode, locale: Locale, catalog: Catalog = coreCatalog): string {
  const props = node.props ?? {};
  const own = localize((props.label ?? props.title) as LocalizedText | undefined, locale);
  if (own) return own;
  const content = localize(props.content as LocalizedText | undefined, locale).replace(/[*_#>`[\]]/g, '');
  if (content) return content.length > 24 ? `${content.slice(0, 24)}…` : content;
  const manifest = catalog.get(node.type);
  return manifest ? manifest.label[locale] : node.type;
}
