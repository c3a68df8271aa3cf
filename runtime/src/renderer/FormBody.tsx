import type { Issue, Result } from '@sprout/shared';
import { localize } from '@sprout/shared/i18n';
import { type CleanSubmission, isShown, validateSubmission } from '@sprout/shared/submission';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { ui } from '../i18n/ui-text.ts';
import { labelForPath, pageOfNames } from '../logic/field-index.ts';
import { createLiveScope } from '../logic/live-scope.ts';
import { toFieldPath, topName } from '../logic/paths.ts';
import type { SubmitFeedback } from './context.ts';
import { ComputedPanel } from './ComputedPanel.tsx';
import { useRenderer } from './context.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { NodeList } from './NodeList.tsx';
import { useHydrated } from './use-hydrated.ts';
import { useDependencies } from './use-node-logic.ts';

interface FormBodyProps {
  issues: Issue[];
  epoch: number;
  setIssues(issues: Issue[]): void;
  onSubmit?(
    result: Result<CleanSubmission>,
    values: Record<string, unknown>,
    // biome-ignore lint/suspicious/noConfusingVoidType: a handler may return nothing, as an event handler does
  ): void | SubmitFeedback | Promise<void | SubmitFeedback>;
  hideHeader: boolean;
  beforeSubmit?: React.ReactNode;
}

/** Computes on the first call only. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

/**
 * The wizard: visible pages, progress, per-page validation, the error summary and focus moves.
 * Memoized: the renderer re-renders once as react-hook-form becomes ready, and the wizard need not.
 */
export const FormBody = memo(function FormBody({
  issues,
  epoch,
  setIssues,
  onSubmit,
  hideHeader,
  beforeSubmit,
}: FormBodyProps) {
  const ctx = useRenderer();
  const { definition, locale, catalog } = ctx;
  useDependencies(
    definition.pages.flatMap((p) => (p.visibleWhen ? [p.visibleWhen] : [])),
    null,
  );
  const scope = createLiveScope(ctx.computed, ctx.read, ctx.clock);
  const pages = definition.pages.filter((p) => isShown(p.visibleWhen, scope, ctx.clock ? { clock: ctx.clock } : {}));
  // Needed only once there are errors to place: not worked out for a thousand fields at mount.
  const pageIndexByName = useMemo(() => once(() => pageOfNames(definition, catalog)), [definition, catalog]);
  const [pageId, setPageId] = useState(pages[0]?.id);
  const [submitting, setSubmitting] = useState(false);
  const index = Math.max(
    0,
    pages.findIndex((p) => p.id === pageId),
  );
  const page = pages[index];
  const isLast = index >= pages.length - 1;
  const summaryRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (epoch > 0 && issues.length > 0) summaryRef.current?.focus();
  }, [epoch, issues.length]);
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [page?.id]);

  // Messages already shown are re-worded when the resident switches language.
  const shownLocale = useRef(locale);
  useEffect(() => {
    if (shownLocale.current === locale) return;
    shownLocale.current = locale;
    if (issues.length === 0) return;
    const result = validate();
    const paths = new Set(issues.map((i) => i.path));
    if (!result.ok) setIssues(result.issues.filter((i) => paths.has(toFieldPath(i.path))));
  }, [locale]);

  const goTo = (id: string | undefined) => {
    moved.current = true;
    setPageId(id);
  };
  const validate = () => validateSubmission(definition, ctx.form.getValues(), { locale, catalog, clock: ctx.clock });
  const pageOf = (issue: Issue) => pageIndexByName().get(topName(issue.path.split('[')[0] ?? ''));
  const showIssues = (list: Issue[]) => {
    const first = list[0];
    const target = first ? definition.pages[pageOf(first) ?? -1] : undefined;
    if (target && target.id !== page?.id && pages.includes(target)) goTo(target.id);
    setIssues(list);
  };

  const next = () => {
    const result = validate();
    const here = result.ok ? [] : result.issues.filter((i) => definition.pages[pageOf(i) ?? -1] === page);
    if (here.length > 0) return setIssues(here);
    setIssues([]);
    goTo(pages[index + 1]?.id);
  };
  const submit = async () => {
    const values = ctx.form.getValues();
    const result = validate();
    if (!result.ok) showIssues(result.issues);
    else setIssues([]);
    if (!onSubmit) return;
    setSubmitting(true);
    try {
      const feedback = await onSubmit(result, values);
      if (feedback?.issues?.length) showIssues(feedback.issues);
    } finally {
      setSubmitting(false);
    }
  };

  const description = localize(definition.meta.description, locale);
  return (
    <form
      noValidate
      onChange={(e) => {
        const name = (e.target as unknown as HTMLInputElement).name;
        if (name) ctx.changed(name);
      }}
      onSubmit={(e) => {
        e.preventDefault();
        if (submitting) return;
        if (isLast) void submit();
        else next();
      }}
    >
      {!hideHeader && (
        <header className="sp-header">
          <h1>
            {definition.meta.icon && <span aria-hidden="true">{definition.meta.icon} </span>}
            {localize(definition.meta.title, locale)}
          </h1>
          {description && <p className="sp-help">{description}</p>}
        </header>
      )}
      {pages.length > 1 && (
        <div className="sp-progress">
          <p>{ui(locale, 'step', { n: index + 1, total: pages.length })}</p>
          <div className="sp-bar" aria-hidden="true">
            <div style={{ width: `${((index + 1) / pages.length) * 100}%` }} />
          </div>
        </div>
      )}
      <ErrorSummary
        ref={summaryRef}
        issues={issues}
        locale={locale}
        labelOf={(path) => labelForPath(definition, catalog, path, locale)}
      />
      {page && (
        <div className="sp-page" key={page.id}>
          {(page.title || pages.length > 1) && (
            <h2 ref={headingRef} tabIndex={-1}>
              {localize(page.title, locale) || ui(locale, 'step', { n: index + 1, total: pages.length })}
            </h2>
          )}
          <NodeList nodes={page.nodes} row={null} chunked />
        </div>
      )}
      <ComputedPanel definition={definition} />
      {isLast && beforeSubmit}
      <div className="sp-nav">
        {index > 0 && (
          <button
            type="button"
            className="sp-button sp-secondary"
            onClick={() => {
              setIssues([]);
              goTo(pages[index - 1]?.id);
            }}
          >
            {ui(locale, 'back')}
          </button>
        )}
        <SubmitButton busy={submitting}>
          {isLast ? ui(locale, submitting ? 'submitting' : 'submit') : ui(locale, 'next')}
        </SubmitButton>
      </div>
    </form>
  );
});

/**
 * Disabled until the page's scripts have taken over server-rendered markup: before that a
 * press (or Enter in a field) would send the answers natively, into the address bar.
 * Its own component, so that moment re-renders the button alone.
 */
function SubmitButton({ busy, children }: { busy: boolean; children: React.ReactNode }) {
  const hydrated = useHydrated();
  return (
    <button
      type="submit"
      id="sp-submit"
      className="sp-button sp-primary"
      disabled={!hydrated || undefined}
      aria-disabled={busy || undefined}
    >
      {children}
    </button>
  );
}
