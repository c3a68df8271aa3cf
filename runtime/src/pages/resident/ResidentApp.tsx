import { coreCatalog } from '@sprout/shared/catalog';
import { migrateDefinition } from '@sprout/shared/definition';
import { type Locale, localize } from '@sprout/shared/i18n';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { fetchPublishedApp, fetchReceipt, HttpError, type PublishedApp, type Receipt } from '../../api/public-api.ts';
import { primeDivisions } from '../../api/http-services.ts';
import { createDraftStore, type EnumerableStorage } from '../../drafts/draft-store.ts';
import { ui } from '../../i18n/ui-text.ts';
import { PageShell } from '../shell/PageShell.tsx';
import { loadPrefs, type Prefs, savePrefs } from '../shell/prefs.ts';
import { editTokenFor, rememberEditToken } from './correction.ts';
import { type OutboxResult, useOutbox } from './use-outbox.ts';
import { FormView, type Loaded } from './FormView.tsx';

// The receipt (and its QR library) loads once there is something to show.
const ReceiptView = lazy(() => import('./ReceiptView.tsx').then((m) => ({ default: m.ReceiptView })));
const CorrectionView = lazy(() => import('./CorrectionView.tsx').then((m) => ({ default: m.CorrectionView })));

type View =
  | { kind: 'loading' }
  | { kind: 'failed'; status: number }
  | { kind: 'form'; app: Loaded }
  | { kind: 'receipt'; receipt: Receipt }
  | { kind: 'correct'; receipt: Receipt; token: string };

export interface ResidentAppProps {
  slug: string;
  /** `?receipt=`: show that receipt's status instead of the form. */
  receiptCode?: string;
  /** The published app the page carries inline (see `takeInlinePublishedApp`): the first render is already the form. */
  initialApp?: PublishedApp;
  /** Where prefs, drafts and the outbox live: the browser's localStorage, or memory (server render, blocked storage). */
  storage: EnumerableStorage | undefined;
  /** Called once the page's first render is committed (after hydration, on a server-rendered page). */
  onReady?(): void;
}

/** The resident page `/a/:slug`: load, fill, send (now or when back online), receipt. `?receipt=` shows a receipt's status. */
export function ResidentApp({ slug, receiptCode, initialApp, storage, onReady }: ResidentAppProps) {
  const [prefs, setPrefsState] = useState<Prefs>(() => loadPrefs(storage));
  const setPrefs = (p: Prefs) => {
    setPrefsState(p);
    savePrefs(storage, p, document);
  };
  const [inline] = useState(() => (receiptCode ? undefined : initialApp));
  const [view, setView] = useState<View>(() => {
    const first = inline && formView(inline);
    return first && !(first instanceof Promise) ? first : { kind: 'loading' };
  });
  const [attempt, setAttempt] = useState(0);
  const { locale } = prefs;

  const ready = useRef(onReady);
  useEffect(() => ready.current?.(), []);

  const onResult = useCallback((r: OutboxResult) => {
    if (r.outcome.kind === 'sent') {
      createDraftStore({ storage }).clear(r.item.slug, r.item.version);
      rememberEditToken(storage, r.outcome.receipt);
      setView({ kind: 'receipt', receipt: r.outcome.receipt });
    }
    // The app was published again: load the new definition; the form picks the held answers up.
    if (r.outcome.kind === 'outdated') setAttempt((n) => n + 1);
  }, []);
  const outbox = useOutbox(storage, slug, onResult);

  useEffect(() => {
    const opened = attempt === 0 && inline;
    if (opened && view.kind === 'form') return;
    let live = true;
    const load: Promise<View> = receiptCode
      ? fetchReceipt(receiptCode, locale).then((receipt): View => ({ kind: 'receipt', receipt }))
      : (opened ? Promise.resolve(inline) : fetchPublishedApp(slug, locale)).then(formView);
    load.then(
      (v) => live && setView((prev) => (prev.kind === 'receipt' && v.kind === 'form' ? prev : v)),
      (e) => live && setView({ kind: 'failed', status: e instanceof HttpError ? e.status : 0 }),
    );
    return () => {
      live = false;
    };
    // The language is read once for the load; server text shown later follows the toggle on the next load.
  }, [slug, receiptCode, attempt]);

  useEffect(() => {
    const title = view.kind === 'form' ? localize(view.app.definition.meta.title, locale) : '';
    document.title = title ? `${title} · 萌芽` : '萌芽';
  }, [view, locale]);

  return (
    <PageShell prefs={prefs} onPrefs={setPrefs}>
      {view.kind === 'loading' && (
        <p className="sp-app" role="status">
          {ui(locale, 'loading')}
        </p>
      )}
      {view.kind === 'failed' && (
        <Failure status={view.status} locale={locale} onRetry={() => setAttempt((n) => n + 1)} />
      )}
      {view.kind === 'receipt' && (
        <Suspense fallback={<p className="sp-app">{ui(locale, 'loading')}</p>}>
          <ReceiptView
            receipt={view.receipt}
            largeText={prefs.largeText}
            receiptUrl={`${location.origin}/a/${encodeURIComponent(slug)}?receipt=${encodeURIComponent(view.receipt.receiptCode)}`}
            locale={locale}
            onAgain={() => {
              history.replaceState(null, '', `/a/${encodeURIComponent(slug)}`);
              setView({ kind: 'loading' });
              setAttempt((n) => n + 1);
            }}
            onCorrect={correctionOf(storage, view.receipt, (token) =>
              setView({ kind: 'correct', receipt: view.receipt, token }),
            )}
          />
        </Suspense>
      )}
      {view.kind === 'correct' && (
        <Suspense fallback={<p className="sp-app">{ui(locale, 'loading')}</p>}>
          <CorrectionView
            slug={slug}
            receipt={view.receipt}
            token={view.token}
            locale={locale}
            largeText={prefs.largeText}
            onDone={(receipt) => setView({ kind: 'receipt', receipt })}
          />
        </Suspense>
      )}
      {view.kind === 'form' && (
        <FormView key={view.app.version} storage={storage} slug={slug} app={view.app} prefs={prefs} outbox={outbox} />
      )}
    </PageShell>
  );
}

/** Correction is offered only for a returned submission whose edit token this device kept. */
function correctionOf(
  storage: EnumerableStorage | undefined,
  receipt: Receipt,
  open: (token: string) => void,
): (() => void) | undefined {
  const token = receipt.status === 'returned' ? editTokenFor(storage, receipt.receiptCode) : undefined;
  return token ? () => open(token) : undefined;
}

function Failure({ status, locale, onRetry }: { status: number; locale: Locale; onRetry(): void }) {
  const text =
    status === 404 ? ui(locale, 'notFound') : status === 410 ? ui(locale, 'closed') : ui(locale, 'loadFailed');
  return (
    <div className="sp-app">
      <p className="sp-notice sp-notice-error" role="alert">
        {text}
      </p>
      {status !== 404 && (
        <button type="button" className="sp-button sp-secondary" onClick={onRetry}>
          {ui(locale, 'retry')}
        </button>
      )}
    </div>
  );
}

/** The form of a published app; one that pins packs waits for the pack code first. */
function formView(p: PublishedApp): View | Promise<View> {
  const migrated = migrateDefinition(p.definition);
  if (!migrated.ok) return { kind: 'failed', status: 422 };
  primeDivisions(p.divisions);
  const app = { definition: migrated.value, version: p.version, status: p.app.status, catalog: coreCatalog };
  if (!p.packs?.length) return { kind: 'form', app };
  const packs = p.packs;
  return import('../../packs/page-packs.ts').then(({ pagePacks }): View => {
    const loaded = pagePacks(packs);
    return {
      kind: 'form',
      app: { ...app, catalog: loaded.catalog, packWidgets: loaded.widgets, packField: loaded.fieldFor },
    };
  });
}
