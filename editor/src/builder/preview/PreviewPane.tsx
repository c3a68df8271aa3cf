import { type AppDefinition, evaluateOutcome, localize, type OutcomeResult, walkNodes } from '@sprout/shared';
import { AppRenderer, packFieldFor } from '@sprout/runtime';
import { Component, type ReactNode, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { useEditor } from '../../store/index.ts';
import { useChecks } from '../use-checks.ts';

type Width = 'phone' | 'tablet';

// Composite pack components render from the manifest; vendor widgets are previewed by the
// catalog page's real widget, so here they stay text boxes (no vendor code in the builder).
const COMPOSITES_ONLY = packFieldFor(new Map());

/** The runtime itself renders the draft, at phone or tablet width; submitting shows the outcome a resident would get. */
export function PreviewPane() {
  const { t, locale } = useI18n();
  const definition = useEditor((s) => s.definition);
  const catalog = useEditor((s) => s.catalog);
  const hasErrors = useChecks((c) => c.errors.length > 0);
  const [width, setWidth] = useState<Width>('phone');
  const [outcome, setOutcome] = useState<OutcomeResult | null | undefined>(undefined);
  const shape = useMemo(() => shapeKey(definition), [definition]);
  return (
    <aside className="preview" aria-label={t('builder.preview')}>
      <div className="preview-bar">
        <strong>{t('builder.preview')}</strong>
        {(['phone', 'tablet'] as const).map((w) => (
          <button key={w} type="button" aria-pressed={width === w} onClick={() => setWidth(w)}>
            {t(`builder.preview.${w}`)}
          </button>
        ))}
        <button type="button" onClick={() => setOutcome(undefined)}>
          ↺
        </button>
      </div>
      <div className={`preview-frame ${width}`} data-testid="preview">
        {outcome !== undefined ? (
          <div className={`preview-outcome color-${outcome?.color ?? 'gray'}`} role="status">
            <div className="outcome-label">{outcome ? localize(outcome.label, locale) : '✓'}</div>
            <button type="button" onClick={() => setOutcome(undefined)}>
              {t('preview.again')}
            </button>
          </div>
        ) : (
          <PreviewBoundary key={`${shape}|${hasErrors}`} message={t('preview.broken')}>
            <AppRenderer
              definition={definition}
              catalog={catalog}
              packField={COMPOSITES_ONLY}
              locale={locale}
              onSubmit={(result) => {
                if (result.ok) setOutcome(evaluateOutcome(definition, result.value.values, result.value.computed));
              }}
            />
          </PreviewBoundary>
        )}
      </div>
    </aside>
  );
}

/** Remount the form when fields are added, removed or renamed; label edits keep the answers typed so far. */
function shapeKey(def: AppDefinition): string {
  const parts: string[] = [];
  walkNodes(def, ({ node }) => parts.push(`${node.id}:${node.type}:${node.name ?? ''}`));
  return `${def.pages.length}|${parts.join(',')}`;
}

class PreviewBoundary extends Component<{ message: string; children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (this.state.error)
      return (
        <p className="error small" role="alert">
          {this.props.message} {this.state.error.message}
        </p>
      );
    return this.props.children;
  }
}
