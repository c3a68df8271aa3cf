import type { AppNode, ComputedValue } from '@sprout/shared/definition';
import { ExprError, namesIn, parseCached } from '@sprout/shared/expr';

const namesCache = new Map<string, readonly string[]>();

const EMPTY = { kind: 'literal', value: null } as const;

/** A broken formula reads nothing (the editor reports it; a form simply never shows what it guards). */
function parsedOrUndefined(source: string) {
  try {
    return parseCached(source);
  } catch (e) {
    if (e instanceof ExprError) return undefined;
    throw e;
  }
}

/** The names a formula reads, parsed once per distinct source. */
export function namesRead(source: string | undefined): readonly string[] {
  if (!source || source.trim() === '') return [];
  let hit = namesCache.get(source);
  if (!hit) {
    hit = [...namesIn(parsedOrUndefined(source) ?? EMPTY)];
    namesCache.set(source, hit);
  }
  return hit;
}

/** The expressions that decide how a node renders: shown, required, read-only. */
export function renderExpressions(node: { visibleWhen?: string; requiredWhen?: string; readOnlyWhen?: string }) {
  return [node.visibleWhen, node.requiredWhen, node.readOnlyWhen].filter((s): s is string => !!s && s.trim() !== '');
}

const hasText = (s: string | undefined) => s !== undefined && s.trim() !== '';

/** Whether a node has any of those expressions; asked of every node at mount, so it builds no list. */
export function hasRenderLogic(node: AppNode): boolean {
  return hasText(node.visibleWhen) || hasText(node.requiredWhen) || hasText(node.readOnlyWhen);
}

/** The render expressions of all these nodes, in order; nodes without any add nothing (and allocate nothing). */
export function blockExpressions(nodes: readonly AppNode[]): string[] {
  const out: string[] = [];
  for (const node of nodes) if (hasRenderLogic(node)) out.push(...renderExpressions(node));
  return out;
}

/**
 * Replaces computed names by the answers they are derived from, transitively, so a
 * field that reads `age` re-renders when `idNumber` changes.
 * @example expandComputed(['age'], computedMap(def)) // ['idNumber']
 */
export function expandComputed(names: Iterable<string>, computed: ReadonlyMap<string, ComputedValue>): string[] {
  const out = new Set<string>();
  const seen = new Set<string>();
  const visit = (name: string) => {
    const c = computed.get(name);
    if (!c) {
      out.add(name);
      return;
    }
    if (seen.has(name)) return;
    seen.add(name);
    for (const n of namesRead(c.expr)) visit(n);
  };
  for (const n of names) visit(n);
  return [...out];
}

/** A repeat row's place in the data: `members.0`, and the names its fields take. */
export interface RowScope {
  prefix: string;
  fieldNames: ReadonlySet<string>;
  parent: RowScope | null;
}

/**
 * The data paths (react-hook-form names) whose change may change what these
 * expressions give; row fields resolve to the row, the rest to the form's answers.
 * @example dependencyPaths(['age >= 16'], row) // ['members.0.age']
 */
export function dependencyPaths(
  expressions: readonly string[],
  row: RowScope | null,
  computed: ReadonlyMap<string, ComputedValue>,
): string[] {
  const paths = new Set<string>();
  const topLevel: string[] = [];
  for (const expr of expressions) {
    for (const name of namesRead(expr)) {
      const rowPath = resolveInRow(name, row);
      if (rowPath) paths.add(rowPath);
      else topLevel.push(name);
    }
  }
  for (const name of expandComputed(topLevel, computed)) paths.add(name);
  return [...paths];
}

function resolveInRow(name: string, row: RowScope | null): string | undefined {
  for (let r = row; r; r = r.parent) if (r.fieldNames.has(name)) return `${r.prefix}.${name}`;
  return undefined;
}
