import type { AppNode } from '@sprout/shared/definition';
import { withDefaults } from '@sprout/shared/catalog';
import { isEmpty } from '@sprout/shared/expr';
import { memo, Suspense, useContext, useMemo, useRef, useState } from 'react';
import { ui } from '../i18n/ui-text.ts';
import type { RowScope } from '../logic/dependencies.ts';
import { createLiveScope, rowScope } from '../logic/live-scope.ts';
import { domIdFor } from '../logic/paths.ts';
import { validateField } from '../logic/validate-field.ts';
import { EAGER_WIDGETS, PLAIN_WIDGETS } from '../fields/registry.ts';
import { ErrorsContext, useRenderer } from './context.ts';
import type { FieldApi, FieldWidget } from './field-api.ts';
import { nativeInputProps } from './native-input.ts';
import { localize } from '@sprout/shared/i18n';

/** Widgets that are a group of controls get a fieldset and legend instead of a label. */
export const GROUP_TYPES = new Set([
  'radio',
  'checkboxes',
  'rating',
  'region',
  'address',
  'location',
  'upload',
  'signature',
]);

const propsCache = new WeakMap<AppNode, Record<string, unknown>>();

/** A node's props with manifest defaults, computed once per node object. */
export function nodeProps(node: AppNode, specs: Parameters<typeof withDefaults>[0]): Record<string, unknown> {
  let hit = propsCache.get(node);
  if (!hit) {
    hit = withDefaults(specs, node.props);
    propsCache.set(node, hit);
  }
  return hit;
}

interface InputNodeProps {
  node: AppNode;
  path: string;
  row: RowScope | null;
  required: boolean;
  readOnly: boolean;
  widget: FieldWidget | React.LazyExoticComponent<FieldWidget>;
}

/** One input field: label, help, the widget, its error. Re-renders only for its own logic or error. */
export const InputNode = memo(function InputNode({
  node,
  path,
  row,
  required,
  readOnly,
  widget: Widget,
}: InputNodeProps) {
  const ctx = useRenderer();
  const { epoch, errors } = useContext(ErrorsContext);
  const [local, setLocal] = useState<{ epoch: number; message: string | undefined } | null>(null);
  const error = local && local.epoch === epoch ? local.message : errors.get(path);
  const errorRef = useRef(error);
  errorRef.current = error;
  const manifest = ctx.catalog.get(node.type);
  const props = nodeProps(node, manifest?.props ?? {});
  const id = domIdFor(path);
  const help = localize(props.help as string | undefined, ctx.locale);
  const describedBy = help ? (error ? `${id}-help ${id}-error` : `${id}-help`) : error ? `${id}-error` : undefined;

  // One object per field and render (a thousand fields mount at once), rebuilt only when what it holds changes.
  const fieldApi = useMemo((): FieldApi => {
    const check = () => {
      const scope = rowScope(createLiveScope(ctx.computed, ctx.read, ctx.clock), row, ctx.read);
      const value = ctx.read(path);
      const message = validateField({
        node,
        value,
        required,
        scope,
        catalog: ctx.catalog,
        locale: ctx.locale,
        clock: ctx.clock,
      });
      setLocal({ epoch, message });
    };
    return {
      node,
      path,
      id,
      props,
      required,
      readOnly,
      locale: ctx.locale,
      row,
      describedBy,
      invalid: !!error,
      error,
      register: () =>
        nativeInputProps({
          name: path,
          current: ctx.read(path),
          store: (value) => ctx.form.setValue(path, value),
          afterChange: () => errorRef.current && check(),
          afterBlur: () => (errorRef.current || !isEmpty(ctx.read(path))) && check(),
        }),
      read: () => ctx.read(path),
      write: (value) => {
        ctx.write(path, value);
        if (errorRef.current) check();
      },
      check,
    };
  }, [ctx, node, path, id, props, required, readOnly, row, epoch, describedBy, error]);

  const label = localize(props.label as string | undefined, ctx.locale) || localize(manifest?.label, ctx.locale);
  const group = GROUP_TYPES.has(node.type) || manifest?.pack?.component.composite !== undefined;
  // Children are passed as plain lists, not fragments, eager widgets get no Suspense boundary
  // and hookless core widgets are called as functions: each wrapper is a fiber, times a
  // thousand fields at mount.
  // One string child becomes the element's text; a list makes a text node and a fiber more.
  const labelText = required
    ? [label, <span key="req" className="sp-req">{` (${ui(ctx.locale, 'required')})`}</span>]
    : label;
  const helpText = help && (
    <p className="sp-help" id={`${id}-help`}>
      {help}
    </p>
  );
  const errorText = error && (
    <p className="sp-error" id={`${id}-error`}>
      {error}
    </p>
  );
  const widget = PLAIN_WIDGETS.has(Widget) ? (
    (Widget as FieldWidget)({ api: fieldApi })
  ) : EAGER_WIDGETS.has(Widget) ? (
    <Widget api={fieldApi} />
  ) : (
    <Suspense fallback={<p className="sp-help">{ui(ctx.locale, 'loading')}</p>}>
      <Widget api={fieldApi} />
    </Suspense>
  );
  return group ? (
    <fieldset className="sp-field" data-type={node.type} aria-describedby={describedBy}>
      <legend className="sp-label" id={`${id}-label`}>
        {labelText}
      </legend>
      {helpText}
      {errorText}
      {widget}
    </fieldset>
  ) : (
    <div className="sp-field" data-type={node.type}>
      <label className="sp-label" htmlFor={id} id={`${id}-label`}>
        {labelText}
      </label>
      {helpText}
      {errorText}
      {widget}
    </div>
  );
});
