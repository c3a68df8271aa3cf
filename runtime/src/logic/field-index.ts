import type { Catalog } from '@sprout/shared/catalog';
import type { AppDefinition, AppNode } from '@sprout/shared/definition';
import { type Locale, localize } from '@sprout/shared/i18n';

/** Named nodes at one scope level (sections are transparent), as formulas and paths see them. */
export function namedNodes(nodes: readonly AppNode[], catalog: Catalog, out = new Map<string, AppNode>()) {
  for (const node of nodes) {
    const manifest = catalog.get(node.type);
    if (node.name && (manifest?.role === 'input' || manifest?.repeats)) out.set(node.name, node);
    else if (node.children && !manifest?.repeats) namedNodes(node.children, catalog, out);
  }
  return out;
}

/** The index of the page that holds each top-level name. */
export function pageOfNames(definition: AppDefinition, catalog: Catalog): Map<string, number> {
  const out = new Map<string, number>();
  definition.pages.forEach((page, i) => {
    for (const name of namedNodes(page.nodes, catalog).keys()) out.set(name, i);
  });
  return out;
}

/**
 * A resident-facing name for a field path, for the error summary.
 * @example labelForPath(def, catalog, 'members.1.age', 'zh-CN') // '家庭成员 第 2 条：年龄'
 */
export function labelForPath(definition: AppDefinition, catalog: Catalog, path: string, locale: Locale): string {
  const parts = path.split('.');
  let level = new Map<string, AppNode>();
  for (const page of definition.pages) namedNodes(page.nodes, catalog, level);
  const labels: string[] = [];
  for (const part of parts) {
    if (/^\d+$/.test(part)) {
      labels.push(locale === 'en' ? `row ${Number(part) + 1}` : `第 ${Number(part) + 1} 条`);
      continue;
    }
    const node = level.get(part);
    if (!node) break;
    const label = (node.props?.label ?? catalog.get(node.type)?.label) as Parameters<typeof localize>[0];
    labels.push(localize(label, locale) || part);
    level = namedNodes(node.children ?? [], catalog);
  }
  return labels.join(' · ') || path;
}
