import type { Issue, Result } from '@sprout/shared';
import { type Catalog, coreCatalog } from '@sprout/shared/catalog';
import type { AppDefinition } from '@sprout/shared/definition';
import type { Clock } from '@sprout/shared/expr';
import { DEFAULT_LOCALE, type Locale } from '@sprout/shared/i18n';
import type { CleanSubmission } from '@sprout/shared/submission';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { computedMap } from '../logic/live-scope.ts';
import { toFieldPath } from '../logic/paths.ts';
import { createDependencyBus } from '../state/dependency-bus.ts';
import { createHttpServices } from '../api/http-services.ts';
import {
  ErrorsContext,
  type ErrorsState,
  type FormValues,
  RendererContext,
  type RendererContextValue,
  type RendererServices,
  type SubmitFeedback,
} from './context.ts';
import type { FieldWidget } from './field-api.ts';
import type { PackFieldFor } from '../packs/pack-field-for.ts';
import type { PackWidgetRef } from '../packs/pack-widget-ref.ts';
import { FormBody } from './FormBody.tsx';
import { createFormStore } from './create-form-store.ts';
import { initialFormValues } from './initial-values.ts';
import { readFormValue } from './read-form-value.ts';
import '../styles.css';

export type { SubmitFeedback } from './context.ts';

export interface AppRendererProps {
  /** A migrated definition (run `migrateDefinition` on anything loaded from storage or the network). */
  definition: AppDefinition;
  /** Answers to start from, e.g. a restored draft. Read once, at mount: give a new `key` to start over. */
  initialValues?: Record<string, unknown>;
  /** zh-CN (default) or en. */
  locale?: Locale;
  /** Large-text, high-contrast mode for elderly and low-vision residents. */
  largeText?: boolean;
  /**
   * Called on the last page's submit with what shared's `validateSubmission` returns for the
   * current answers (and the raw answers). The page shows the errors itself when it is not ok;
   * when it is ok, answer `{ issues }` (e.g. a server's 422) to show them too.
   */
  onSubmit?(
    result: Result<CleanSubmission>,
    values: Record<string, unknown>,
    // biome-ignore lint/suspicious/noConfusingVoidType: a handler may return nothing, as an event handler does
  ): void | SubmitFeedback | Promise<void | SubmitFeedback>;
  /** Called (debounced) with the raw answers after they change; drafts are saved from here. */
  onValuesChange?(values: Record<string, unknown>): void;
  catalog?: Catalog;
  /** React widgets for vendor component types in `catalog`, read at mount (a type without one gets a text box). */
  widgets?: Readonly<Record<string, FieldWidget>>;
  /** The widgets of the pack components in `catalog` (see `packWidgetRefs`); read at mount. */
  packWidgets?: ReadonlyMap<string, PackWidgetRef>;
  /** The field of each pack type in `catalog` (`pagePacks(…).fieldFor`); without it pack types get a text box. */
  packField?: PackFieldFor;
  /** Division and upload services; defaults fetch `/api/v1/divisions` and refuse uploads. */
  services?: Partial<RendererServices>;
  clock?: Clock;
  /** Hides the app's title and description (the editor's canvas shows its own). */
  hideHeader?: boolean;
  /** Shown above the submit button on the last page (consent, draft switch…). */
  beforeSubmit?: React.ReactNode;
}

const NO_PACK_WIDGETS: ReadonlyMap<string, PackWidgetRef> = new Map();
const NO_ERRORS: ErrorsState & { issues: Issue[] } = { epoch: 0, errors: new Map(), issues: [] };
const VALUES_DEBOUNCE_MS = 400;

/**
 * Renders an app definition as a resident fills it: uncontrolled inputs, narrow
 * subscriptions, live logic from shared, a wizard for multi-page apps.
 * @example <AppRenderer definition={def} locale="zh-CN" onSubmit={(r) => r.ok && send(r.value)} />
 */
export function AppRenderer(props: AppRendererProps) {
  const { definition, locale = DEFAULT_LOCALE, largeText = false } = props;
  const catalog = props.catalog ?? coreCatalog;
  const [defaults] = useState(() => initialFormValues(definition, catalog, props.initialValues));
  const [form] = useState(() => createFormStore<FormValues>(defaults));
  const [errors, setErrorsState] = useState(NO_ERRORS);
  const bus = useMemo(() => createDependencyBus(), []);
  const onValuesChange = useRef(props.onValuesChange);
  onValuesChange.current = props.onValuesChange;
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const flush = () => {
      if (pending.current === undefined) return;
      clearTimeout(pending.current);
      pending.current = undefined;
      onValuesChange.current?.(form.getValues());
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [form]);

  const ctx = useMemo((): RendererContextValue => {
    const changed = (path: string | undefined) => {
      bus.notify(path);
      if (!onValuesChange.current) return;
      clearTimeout(pending.current);
      pending.current = setTimeout(() => {
        pending.current = undefined;
        onValuesChange.current?.(form.getValues());
      }, VALUES_DEBOUNCE_MS);
    };
    return {
      form,
      definition,
      catalog,
      locale,
      largeText,
      clock: props.clock,
      computed: computedMap(definition),
      bus,
      services: { ...createHttpServices(), ...props.services },
      widgets: props.widgets ?? {},
      packWidgets: props.packWidgets ?? NO_PACK_WIDGETS,
      packField: props.packField,
      read: (path) => readFormValue(form.control._formValues, path),
      write: (path, value) => {
        form.setValue(path, value);
        changed(path);
      },
      changed,
    };
  }, [form, definition, catalog, locale, largeText, props.clock, bus]);

  // Stable, so the memoized FormBody skips the re-render react-hook-form asks for once it is ready.
  const setIssues = useCallback((issues: Issue[]) => {
    const normalized = issues.map((i) => ({ ...i, path: toFieldPath(i.path) }));
    setErrorsState((prev) => ({
      epoch: prev.epoch + 1,
      errors: new Map(normalized.map((i) => [i.path, i.message])),
      issues: normalized,
    }));
  }, []);

  return (
    <RendererContext.Provider value={ctx}>
      <ErrorsContext.Provider value={errors}>
        <div className={largeText ? 'sp-app sp-large' : 'sp-app'} lang={locale}>
          <FormBody
            issues={errors.issues}
            epoch={errors.epoch}
            setIssues={setIssues}
            onSubmit={props.onSubmit}
            hideHeader={props.hideHeader ?? false}
            beforeSubmit={props.beforeSubmit}
          />
        </div>
      </ErrorsContext.Provider>
    </RendererContext.Provider>
  );
}
