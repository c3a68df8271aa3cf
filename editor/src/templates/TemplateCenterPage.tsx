import { type AppDefinition, localize } from '@sprout/shared';
import type { TemplateSummaryView } from '@sprout/shared/api';
import { EXAMPLES } from '@sprout/examples';
import { AppRenderer } from '@sprout/runtime';
import { useMemo, useState } from 'react';
import { useApi } from '../api/api-context.tsx';
import { ErrorNote, Loading, problemText } from '../console/States.tsx';
import { useI18n } from '../i18n/index.tsx';
import { Dialog } from '../shell/Dialog.tsx';
import { navigate } from '../shell/router.tsx';
import { useAsync } from '../shell/use-async.ts';
import { templatesApi } from './templates-api.ts';

/** One card: a shared template (from the server) or a built-in example (from @sprout/examples). */
type Card =
  | { kind: 'shared'; template: TemplateSummaryView }
  | { kind: 'example'; slug: string; definition: AppDefinition };

/** 模板中心: templates from the caller's org and those above it, plus the built-in examples; preview and 用此模板. */
export function TemplateCenterPage() {
  const { t } = useI18n();
  const api = useApi();
  const calls = useMemo(() => templatesApi(api), [api]);
  const [state, reload] = useAsync(() => calls.list(), [calls]);
  const [preview, setPreview] = useState<{ title: string; definition: AppDefinition } | null>(null);
  const [error, setError] = useState('');
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorNote error={state.error} onRetry={reload} />;
  const cards: Card[] = [
    ...state.value.map((template): Card => ({ kind: 'shared', template })),
    ...Object.entries(EXAMPLES).map(([slug, definition]): Card => ({ kind: 'example', slug, definition })),
  ];
  const use = async (card: Card) => {
    setError('');
    try {
      const app =
        card.kind === 'shared'
          ? await calls.use(card.template.id, {})
          : await api.createApp(localize(card.definition.meta.title), card.definition);
      navigate(`/apps/${app.id}/edit`);
    } catch (e) {
      setError(problemText(e));
    }
  };
  const show = async (card: Card) => {
    setError('');
    try {
      const definition = card.kind === 'shared' ? (await calls.get(card.template.id)).definition : card.definition;
      setPreview({ title: titleOf(card), definition });
    } catch (e) {
      setError(problemText(e));
    }
  };
  return (
    <main className="page console template-center" id="main">
      <h1>{t('templates.title')}</h1>
      <p className="muted">{t('templates.help')}</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {state.value.length === 0 && <p className="muted">{t('templates.empty')}</p>}
      <ul className="template-cards">
        {cards.map((card) => (
          <TemplateCard key={keyOf(card)} card={card} onPreview={() => show(card)} onUse={() => use(card)} />
        ))}
      </ul>
      {preview && (
        <Dialog title={t('templates.previewTitle', { title: preview.title })} onClose={() => setPreview(null)}>
          <div className="preview-frame phone template-preview" data-testid="template-preview">
            <AppRenderer definition={preview.definition} onSubmit={() => undefined} />
          </div>
        </Dialog>
      )}
    </main>
  );

  function titleOf(card: Card): string {
    return card.kind === 'shared' ? card.template.title : localize(card.definition.meta.title);
  }
}

function keyOf(card: Card): string {
  return card.kind === 'shared' ? `t${card.template.id}` : `e-${card.slug}`;
}

function TemplateCard({ card, onPreview, onUse }: { card: Card; onPreview(): void; onUse(): void }) {
  const { t, locale } = useI18n();
  const title = card.kind === 'shared' ? card.template.title : localize(card.definition.meta.title, locale);
  const description =
    card.kind === 'shared' ? card.template.description : localize(card.definition.meta.description, locale);
  return (
    <li className="template-card" aria-label={title}>
      <h2>{title}</h2>
      <p className="muted small">
        {card.kind === 'shared' ? t('templates.from', { org: card.template.orgName }) : t('templates.builtIn')}
        {card.kind === 'shared' && card.template.useCount !== undefined && (
          <> · {t('templates.uses', { n: card.template.useCount })}</>
        )}
      </p>
      {description && <p className="small">{description}</p>}
      <div className="row">
        <button type="button" onClick={onPreview}>
          {t('templates.preview')}
        </button>
        <button type="button" className="primary" onClick={onUse}>
          {t('templates.use')}
        </button>
      </div>
    </li>
  );
}
