import { type AppDefinition, type Catalog, type Issue, type Locale, walkNodes } from '@sprout/shared';
import { definitionWarnings, validateForPublish } from '@sprout/shared/validate-definition';

export interface Check {
  path: string;
  message: string;
  /** The node at fault, found from the path, so a click can select it. */
  nodeId?: string;
  pageId?: string;
}

export interface Checks {
  errors: Check[];
  warnings: Check[];
  /** Ids of nodes with at least one error, for marking them on the canvas. */
  errorNodes: Set<string>;
}

/** The deepest node whose path starts the issue's path: `pages[0].nodes[2].props.label` → that node. */
export function nodeForPath(def: AppDefinition, path: string): { nodeId?: string; pageId?: string } {
  let best: { nodeId?: string; pageId?: string; len: number } = { len: -1 };
  walkNodes(def, ({ node, path: p, pageIndex }) => {
    if ((path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`)) && p.length > best.len)
      best = { nodeId: node.id, pageId: def.pages[pageIndex]?.id, len: p.length };
  });
  if (best.nodeId) return { nodeId: best.nodeId, pageId: best.pageId };
  const page = /^pages\[(\d+)\]/.exec(path);
  return page ? { pageId: def.pages[Number(page[1])]?.id } : {};
}

const cache = new WeakMap<AppDefinition, Map<string, Checks>>();

/** Errors (which block publishing) and warnings of a definition, cached per definition object. */
export function checkDefinition(def: AppDefinition, locale: Locale, catalog?: Catalog): Checks {
  // The catalog is fixed for an editor's life; its size tells a pack catalog from the core one.
  const key = `${locale}:${catalog?.all().length ?? 0}`;
  const hit = cache.get(def)?.get(key);
  if (hit) return hit;
  const result = validateForPublish(def, { locale, catalog });
  const locateIssue = (i: Pick<Issue, 'path' | 'message'>): Check => ({ ...i, ...nodeForPath(def, i.path) });
  const errors = result.ok ? [] : result.issues.map(locateIssue);
  const warnings = definitionWarnings(def, { locale, catalog }).map(locateIssue);
  const errorNodes = new Set(errors.flatMap((e) => (e.nodeId ? [e.nodeId] : [])));
  const checks = { errors, warnings, errorNodes };
  const perLocale = cache.get(def) ?? new Map<string, Checks>();
  perLocale.set(key, checks);
  cache.set(def, perLocale);
  return checks;
}
