import { evaluateSafely } from '../expr/compile.ts';
import type { Clock } from '../expr/dates.ts';
import type { Scope } from '../expr/scope.ts';
import { isTruthy } from '../expr/values.ts';

/** Options every logic helper takes, so server and runtime read the same clock. */
export interface LogicOptions {
  clock?: Clock;
}

/** A condition holds only if it evaluates to a truthy value; a broken one never holds. */
export function conditionHolds(source: string | undefined, scope: Scope, options: LogicOptions = {}): boolean {
  if (source === undefined || source.trim() === '') return false;
  return isTruthy(evaluateSafely(source, scope, options.clock ? { clock: options.clock } : {}));
}

/** Visible unless a visibleWhen says otherwise. */
export function isShown(visibleWhen: string | undefined, scope: Scope, options: LogicOptions = {}): boolean {
  return visibleWhen === undefined || visibleWhen.trim() === '' || conditionHolds(visibleWhen, scope, options);
}
