import type { Catalog } from '@sprout/shared/catalog';
import type { AppDefinition } from '@sprout/shared/definition';
import { needsConsent } from '@sprout/shared/submission';
import { useEffect, useMemo, useRef, useState } from 'react';
import { createHttpServices } from '../../api/http-services.ts';
import { randomId } from '../../api/ids.ts';
import { fieldIssues, type Problem } from '../../api/public-api.ts';
import type { EnumerableStorage } from '../../drafts/draft-store.ts';
import { createDraftStore, type Draft } from '../../drafts/draft-store.ts';
import { draftableValues } from '../../drafts/draftable-values.ts';
import { ui } from '../../i18n/ui-text.ts';
import { sensitiveAnswerNames } from '../../offline/sensitive-answers.ts';
import { fieldSummary } from '../../offline/version-change.ts';
import type { PackFieldFor } from '../../packs/pack-field-for.ts';
import type { PackWidgetRef } from '../../packs/pack-widget-ref.ts';
import { AppRenderer, type SubmitFeedback } from '../../renderer/AppRenderer.tsx';
import type { Prefs } from '../shell/prefs.ts';
import { ConsentCheck } from './ConsentCheck.tsx';
import { DraftNotice, DraftSwitch } from './DraftControls.tsx';
import type { useOutbox } from './use-outbox.ts';
import { type CarriedOver, carryOver, VersionNotice } from './VersionNotice.tsx';

export type Loaded = {
  definition: AppDefinition;
  version: number;
  status: string;
  /** Core plus the packs the version pins; the pack code loads only for apps that pin one. */
  catalog: Catalog;
  packWidgets?: ReadonlyMap<string, PackWidgetRef>;
  packField?: PackFieldFor;
};

function deviceId(storage: EnumerableStorage | undefined): string | undefined {
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

export interface FormViewProps {
  storage: EnumerableStorage | undefined;
  slug: string;
  app: Loaded;
  prefs: Prefs;
  outbox: ReturnType<typeof useOutbox>;
}

/** The form of the published version, with drafts, the outbox and answers held from an older version. */
export function FormView({ storage, slug, app, prefs, outbox }: FormViewProps) {
  const { locale, largeText } = prefs;
  const drafts = useMemo(() => createDraftStore({ storage }), [storage]);
  const [carried, setCarried] = useState<CarriedOver | undefined>(() =>
    carryOver(app.definition, app.catalog, app.version, outbox.held()),
  );
  const [restored, setRestored] = useState<Draft | undefined>(() => {
    drafts.purgeExpired();
    return carried ? undefined : drafts.load(slug, app.version);
  });
  const [formKey, setFormKey] = useState(0);
  // A submission held on an earlier visit may only come back from the server after the form showed.
  useEffect(() => {
    if (carried || !outbox.heldStamp) return;
    const next = carryOver(app.definition, app.catalog, app.version, outbox.held());
    if (!next) return;
    setCarried(next);
    setRestored(undefined);
    setFormKey((k) => k + 1);
  }, [outbox.heldStamp]);
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
        deviceId: deviceId(storage),
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
        packField={app.packField}
        initialValues={carried?.values ?? (formKey === 0 ? restored?.values : undefined)}
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
