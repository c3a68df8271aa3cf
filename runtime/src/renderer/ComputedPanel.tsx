import type { AppDefinition } from '@sprout/shared/definition';
import { isEmpty } from '@sprout/shared/expr';
import { localize } from '@sprout/shared/i18n';
import { ui } from '../i18n/ui-text.ts';
import { expandComputed } from '../logic/dependencies.ts';
import { createLiveScope } from '../logic/live-scope.ts';
import { useRenderer } from './context.ts';
import { useDependencies } from './use-node-logic.ts';

function display(value: unknown): string {
  return Array.isArray(value) ? value.join('、') : String(value);
}

// Yes/no values are the official's internal flags (e.g. "has symptoms"), not figures a resident needs.
const worthShowing = (value: unknown) => !isEmpty(value) && typeof value !== 'boolean';

/** Computed values with a label, shown as the answers they come from change. */
export function ComputedPanel({ definition }: { definition: AppDefinition }) {
  const ctx = useRenderer();
  const shown = (definition.computed ?? []).filter((c) => c.label);
  useDependencies(
    shown.map((c) => c.name),
    null,
  );
  if (shown.length === 0) return null;
  const scope = createLiveScope(ctx.computed, ctx.read, ctx.clock);
  // A figure worked out from nothing the resident typed yet (e.g. a subsidy of 0) would only mislead.
  const started = (name: string) => expandComputed([name], ctx.computed).some((n) => !isEmpty(ctx.read(n)));
  const rows = shown
    .filter((c) => started(c.name))
    .map((c) => ({ c, value: scope.get(c.name) }))
    .filter((r) => worthShowing(r.value));
  if (rows.length === 0) return null;
  return (
    <section className="sp-computed" aria-labelledby="sp-computed-title">
      <h3 id="sp-computed-title">{ui(ctx.locale, 'computed')}</h3>
      <dl>
        {rows.map(({ c, value }) => (
          <div key={c.name}>
            <dt>{localize(c.label, ctx.locale)}</dt>
            <dd>{display(value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
