import type { AppNode } from '@sprout/shared/definition';
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

/** Evaluates a node's visibleWhen / requiredWhen / readOnlyWhen against the live form. */
export function evaluateNodeLogic(node: AppNode, row: RowScope | null, ctx: RendererContextValue): NodeLogic {
  const scope = rowScope(createLiveScope(ctx.computed, ctx.read, ctx.clock), row, ctx.read);
  const options = ctx.clock ? { clock: ctx.clock } : {};
  return {
    shown: isShown(node.visibleWhen, scope, options),
    required: node.required === true || conditionHolds(node.requiredWhen, scope, options),
    readOnly: conditionHolds(node.readOnlyWhen, scope, options),
  };
}
