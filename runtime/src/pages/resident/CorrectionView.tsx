import type { AppDefinition } from '@sprout/shared/definition';
import { migrateDefinition } from '@sprout/shared/definition';
import type { Locale } from '@sprout/shared/i18n';
import { type ComponentProps, useEffect, useMemo, useState } from 'react';
import { createHttpServices } from '../../api/http-services.ts';
import { fieldIssues, HttpError, type Receipt } from '../../api/public-api.ts';
import { ui } from '../../i18n/ui-text.ts';
import { AppRenderer, type SubmitFeedback } from '../../renderer/AppRenderer.tsx';
import { type Answers, fetchAnswers, resubmit } from './correction.ts';
import { type Catalog, coreCatalog } from '@sprout/shared/catalog';
import type { PackFieldFor } from '../../packs/pack-field-for.ts';
import type { PackWidgetRef } from '../../packs/pack-widget-ref.ts';

interface CorrectionViewProps {
  slug: string;
  receipt: Receipt;
  token: string;
  locale: Locale;
  largeText: boolean;
  onDone(receipt: Receipt): void;
}

type Loaded = {
  definition: AppDefinition;
  version: number;
  answers: Answers;
  catalog: Catalog;
  packWidgets: ReadonlyMap<string, PackWidgetRef>;
  packField: PackFieldFor | undefined;
};

/** A returned submission, filled in again with what was sent, to correct and send under the same receipt. */
export function CorrectionView({ slug, receipt, token, locale, largeText, onDone }: CorrectionViewProps) {
  const [loaded, setLoaded] = useState<Loaded>();
  const [error, setError] = useState<string>();
  const services = useMemo(() => createHttpServices({ slug }), [slug]);

  useEffect(() => {
    let live = true;
    // The answers come with the definition of the version they were sent on: the
    // correction is checked against that version, even if the app was published again.
    fetchAnswers(receipt.receiptCode, token, locale).then(
      async (answers) => {
        const migrated = migrateDefinition(answers.definition);
        const packs = answers.packs?.length
          ? (await import('../../packs/page-packs.ts')).pagePacks(answers.packs)
          : { catalog: coreCatalog, widgets: new Map<string, PackWidgetRef>(), fieldFor: undefined };
        if (!live) return;
        if (!migrated.ok) return setError(ui(locale, 'loadFailed'));
        const definition = migrated.value;
        setLoaded({
          definition,
          version: answers.version,
          answers,
          catalog: packs.catalog,
          packWidgets: packs.widgets,
          packField: packs.fieldFor,
        });
      },
      () => live && setError(ui(locale, 'loadFailed')),
    );
    return () => {
      live = false;
    };
  }, [receipt.receiptCode, token, locale]);

  type Submit = NonNullable<ComponentProps<typeof AppRenderer>['onSubmit']>;
  const onSubmit: Submit = async (result) => {
    if (!result.ok || !loaded) return undefined;
    setError(undefined);
    try {
      onDone(
        await resubmit(receipt.receiptCode, token, { version: loaded.version, values: result.value.values }, locale),
      );
      return undefined;
    } catch (e) {
      const problem = e instanceof HttpError ? e.problem : {};
      const issues = fieldIssues(problem);
      if (issues.length === 0) setError(ui(locale, 'submitFailed', { detail: problem.detail ?? String(e) }));
      return { issues } satisfies SubmitFeedback;
    }
  };

  return (
    <>
      <div className="sp-app">
        <p className="sp-notice" role="status">
          {ui(locale, 'correctIntro')}
        </p>
        {receipt.reviewComment && (
          <p className="sp-notice sp-notice-error" data-testid="correction-comment">
            {ui(locale, 'reviewComment')}：{receipt.reviewComment}
          </p>
        )}
        {error && (
          <p className="sp-notice sp-notice-error" role="alert">
            {error}
          </p>
        )}
        {!loaded && !error && <p role="status">{ui(locale, 'loading')}</p>}
      </div>
      {loaded && (
        <AppRenderer
          definition={loaded.definition}
          catalog={loaded.catalog}
          packWidgets={loaded.packWidgets}
          packField={loaded.packField}
          initialValues={loaded.answers.values}
          locale={locale}
          largeText={largeText}
          services={services}
          onSubmit={onSubmit}
        />
      )}
    </>
  );
}
