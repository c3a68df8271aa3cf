import type { AppNode } from '@sprout/shared/definition';
import type { Scope } from '@sprout/shared/expr';
import { conditionHolds, isShown } from '@sprout/shared/submission';
import { useEffect, useMemo, useReducer } from 'react';
import { dependencyPaths, type RowScope } from '../logic/dependencies.ts';
import { createLiveScope, rowScope } from '../logic/live-scope.ts';
import { type RendererContextValue, useRenderer } from './context.ts';

export interface NodeLogic {
  shown: boolean;
  required: boolean;
  readOnly: boolean;
}

/**
 * Re-renders the caller when any path these expressions read changes, and only then.
 * A block of nodes calls it once for all their logic (NodeList), so a plain field costs no subscription.
 */
export function useDependencies(expressions: readonly string[], row: RowScope | null): void {
  const { bus, computed } = useRenderer();
  const [, bump] = useReducer((n: number) => n + 1, 0);
  const key = `${row?.prefix ?? ''}|${expressions.join('\u0000')}`;
  const paths = useMemo(() => dependencyPaths(expressions, row, computed), [key, computed]);
  useEffect(() => bus.subscribe(paths, bump), [bus, paths]);
}

/**
 * Evaluates the visibleWhen / requiredWhen / readOnlyWhen of nodes rendered together (a block)
 * against one scope over the live form, made on first use: a computed value a condition reads
 * is worked out once for the block, and a block without logic makes no scope.
 * @example const logicOf = createNodeLogic(null, ctx); logicOf(node).shown
 */
export function createNodeLogic(row: RowScope | null, ctx: RendererContextValue): (node: AppNode) => NodeLogic {
  let scope: Scope | undefined;
  const options = ctx.clock ? { clock: ctx.clock } : {};
  return (node) => {
    scope ??= rowScope(createLiveScope(ctx.computed, ctx.read, ctx.clock), row, ctx.read);
    return {
      shown: isShown(node.visibleWhen, scope, options),
      required: node.required === true || conditionHolds(node.requiredWhen, scope, options),
      readOnly: conditionHolds(node.readOnlyWhen, scope, options),
    };
  };
}
