import { type Catalog, coreCatalog } from '@sprout/shared/catalog';
import type { AppDefinition } from '@sprout/shared/definition';
import { migrateDefinition } from '@sprout/shared/definition';
import { type Locale, localize } from '@sprout/shared/i18n';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { needsConsent } from '@sprout/shared/submission';
import { createHttpServices } from '../../api/http-services.ts';
import { randomId } from '../../api/ids.ts';
import {
  fetchPublishedApp,
  takeInlinePublishedApp,
  fetchReceipt,
  fieldIssues,
  HttpError,
  type Problem,
  type Receipt,
} from '../../api/public-api.ts';
import { createDraftStore, type Draft } from '../../drafts/draft-store.ts';
import { draftableValues } from '../../drafts/draftable-values.ts';
import { fieldSummary } from '../../offline/version-change.ts';
import { ui } from '../../i18n/ui-text.ts';
import type { PackWidgetRef } from '../../packs/pack-widget-ref.ts';
import { AppRenderer, type SubmitFeedback } from '../../renderer/AppRenderer.tsx';
import { PageShell } from '../shell/PageShell.tsx';
import { browserStorage, loadPrefs, type Prefs, savePrefs } from '../shell/prefs.ts';
import { editTokenFor, rememberEditToken } from './correction.ts';
import { ConsentCheck } from './ConsentCheck.tsx';
import { sensitiveAnswerNames } from '../../offline/sensitive-answers.ts';
import { DraftNotice, DraftSwitch } from './DraftControls.tsx';
import { type OutboxResult, useOutbox } from './use-outbox.ts';
import { type CarriedOver, carryOver, VersionNotice } from './VersionNotice.tsx';

// The receipt (and its QR library) loads once there is something to show.
const ReceiptView = lazy(() => import('./ReceiptView.tsx').then((m) => ({ default: m.ReceiptView })));
const CorrectionView = lazy(() => import('./CorrectionView.tsx').then((m) => ({ default: m.CorrectionView })));

type Loaded = {
  definition: AppDefinition;
  version: number;
  status: string;
  /** Core plus the packs the version pins; the pack code loads only for apps that pin one. */
  catalog: Catalog;
  packWidgets?: ReadonlyMap<string, PackWidgetRef>;
};
type View =
  | { kind: 'loading' }
  | { kind: 'failed'; status: number }
  | { kind: 'form'; app: Loaded }
  | { kind: 'receipt'; receipt: Receipt }
  | { kind: 'correct'; receipt: Receipt; token: string };

const storage = browserStorage();

function deviceId(): string | undefined {
  try {
    const existing = storage?.getItem('sprout:device');
    if (existing) return existing;
    const id = randomId();
    storage?.setItem('sprout:device', id);
    return id;
  } catch {
    return undefined;
  }
}

/** The resident page `/a/:slug`: load, fill, send (now or when back online), receipt. `?receipt=` shows a receipt's status. */
export function ResidentApp({ slug, receiptCode }: { slug: string; receiptCode?: string }) {
  const [prefs, setPrefsState] = useState<Prefs>(() => loadPrefs(storage));
  const setPrefs = (p: Prefs) => {
    setPrefsState(p);
    savePrefs(storage, p);
  };
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const { locale } = prefs;

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
    let live = true;
    const load = receiptCode
      ? fetchReceipt(receiptCode, locale).then((receipt): View => ({ kind: 'receipt', receipt }))
      : publishedApp(slug, locale).then(async (p): Promise<View> => {
          const migrated = migrateDefinition(p.definition);
          if (!migrated.ok) return { kind: 'failed', status: 422 };
          const definition = migrated.value as unknown as AppDefinition;
          const app = { definition, version: p.version, status: p.app.status, catalog: coreCatalog };
          if (!p.packs?.length) return { kind: 'form', app };
          const { pagePacks } = await import('../../packs/page-packs.ts');
          const packs = pagePacks(p.packs);
          return { kind: 'form', app: { ...app, catalog: packs.catalog, packWidgets: packs.widgets } };
        });
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
            receiptUrl={`${location.origin}/a/${encodeURIComponent(slug)}?receipt=${encodeURIComponent(view.receipt.receiptCode)}`}
            locale={locale}
            onAgain={() => {
              history.replaceState(null, '', `/a/${encodeURIComponent(slug)}`);
              setView({ kind: 'loading' });
              setAttempt((n) => n + 1);
            }}
            onCorrect={correctionOf(view.receipt, (token) =>
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
        <FormView key={view.app.version} slug={slug} app={view.app} prefs={prefs} outbox={outbox} />
      )}
    </PageShell>
  );
}

/** Correction is offered only for a returned submission whose edit token this device kept. */
/** The app the page carries inline on its first load (no round trip), else the server's answer. */
function publishedApp(slug: string, locale: string) {
  const inline = takeInlinePublishedApp(slug);
  return inline ? Promise.resolve(inline) : fetchPublishedApp(slug, locale);
}

function correctionOf(receipt: Receipt, open: (token: string) => void): (() => void) | undefined {
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

interface FormViewProps {
  slug: string;
  app: Loaded;
  prefs: Prefs;
  outbox: ReturnType<typeof useOutbox>;
}

function FormView({ slug, app, prefs, outbox }: FormViewProps) {
  const { locale, largeText } = prefs;
  const drafts = useMemo(() => createDraftStore({ storage }), []);
  const [carried, setCarried] = useState<CarriedOver | undefined>(() => carryOver(app.definition, outbox.held()));
  const [restored, setRestored] = useState<Draft | undefined>(() => {
    drafts.purgeExpired();
    return carried ? undefined : drafts.load(slug, app.version);
  });
  const [formKey, setFormKey] = useState(0);
  const [draftsOn, setDraftsOn] = useState(() => drafts.isEnabled());
  const [rejection, setRejection] = useState<string>();
  const services = useMemo(() => createHttpServices({ slug }), [slug]);
  const consentNeeded = needsConsent(app.definition);
  const [agreed, setAgreed] = useState(false);
  const [consentMissing, setConsentMissing] = useState(false);
  const consentRef = useRef<HTMLInputElement>(null);
  const sensitive = useMemo(() => sensitiveAnswerNames(app.definition, app.catalog), [app.definition, app.catalog]);

  const onSubmit = async (result: Parameters<NonNullable<React.ComponentProps<typeof AppRenderer>['onSubmit']>>[0]) => {
    if (!result.ok) return undefined;
    if (consentNeeded && !agreed) {
      setConsentMissing(true);
      consentRef.current?.focus();
      return undefined;
    }
    setRejection(undefined);
    const key = randomId();
    const results = await outbox.submit(
      {
        key,
        slug,
        version: app.version,
        values: result.value.values,
        deviceId: deviceId(),
        locale,
        asked: fieldSummary(app.definition, app.catalog),
        ...(consentNeeded ? { consentVersion: app.version } : {}),
      },
      sensitive,
    );
    const mine = results.find((r) => r.item.key === key)?.outcome;
    // The answers carried over from an older version now travel in this submission.
    if (carried && (mine?.kind === 'sent' || mine?.kind === 'offline' || mine === undefined)) {
      outbox.release(carried.keys);
      setCarried(undefined);
    }
    if (mine?.kind !== 'rejected') return undefined;
    const problem = mine.problem as Problem;
    const issues = fieldIssues(problem);
    if (issues.length === 0)
      setRejection(ui(locale, 'submitFailed', { detail: problem.detail ?? problem.title ?? String(mine.status) }));
    return { issues } satisfies SubmitFeedback;
  };

  if (outbox.waiting) {
    return (
      <div className="sp-app">
        <p className="sp-notice" role="status" data-testid="queued">
          {ui(locale, 'queued')}
        </p>
        <button type="button" className="sp-button sp-secondary" onClick={() => void outbox.flush()}>
          {ui(locale, 'sendNow')}
        </button>
      </div>
    );
  }
  return (
    <>
      {carried && (
        <VersionNotice
          carried={carried}
          locale={locale}
          onClear={() => {
            outbox.release(carried.keys);
            setCarried(undefined);
            setFormKey((k) => k + 1);
          }}
        />
      )}
      {restored && (
        <DraftNotice
          draft={restored}
          locale={locale}
          onClear={() => {
            drafts.clear(slug, app.version);
            setRestored(undefined);
            setFormKey((k) => k + 1);
          }}
        />
      )}
      <AppRenderer
        key={formKey}
        definition={app.definition}
        catalog={app.catalog}
        packWidgets={app.packWidgets}
        initialValues={formKey === 0 ? (carried?.values ?? restored?.values) : undefined}
        locale={locale}
        largeText={largeText}
        services={services}
        onValuesChange={(values) =>
          drafts.save(slug, app.version, draftableValues(app.definition, app.catalog, values))
        }
        onSubmit={onSubmit}
        beforeSubmit={
          <>
            {consentNeeded && app.definition.settings.consentText && (
              <ConsentCheck
                text={app.definition.settings.consentText}
                locale={locale}
                agreed={agreed}
                missing={consentMissing && !agreed}
                inputRef={consentRef}
                onChange={(on) => {
                  setAgreed(on);
                  if (on) setConsentMissing(false);
                }}
              />
            )}
            <DraftSwitch
              on={draftsOn}
              locale={locale}
              onChange={(on) => {
                drafts.setEnabled(on);
                setDraftsOn(on);
                if (!on) setRestored(undefined);
              }}
            />
            {rejection && (
              <p className="sp-notice sp-notice-error" role="alert">
                {rejection}
              </p>
            )}
          </>
        }
      />
    </>
  );
}
