import { compositeInputs, withDefaults } from '@sprout/shared/catalog';
import type { AppNode } from '@sprout/shared/definition';
import { localize } from '@sprout/shared/i18n';
import { Suspense, useContext } from 'react';
import { ui } from '../i18n/ui-text.ts';
import { domIdFor } from '../logic/paths.ts';
import { ErrorsContext, useRenderer } from '../renderer/context.ts';
import type { FieldApi } from '../renderer/field-api.ts';
import { nativeInputProps } from '../renderer/native-input.ts';
import { CORE_WIDGETS } from './registry.ts';
import { TextInput } from './TextInput.tsx';

/**
 * A pack component made of core components (e.g. 银行账户 = bank select + card number):
 * each part is the core widget with its own label, writing `value.<part name>`, so the
 * answer is one object. Rendered from the manifest alone; no vendor code runs.
 */
export function CompositeInput({ api }: { api: FieldApi }) {
  const { catalog } = useRenderer();
  const nodes = catalog.get(api.node.type)?.pack?.component.composite?.nodes ?? [];
  return (
    <div className="sp-composite" id={api.id} tabIndex={-1}>
      {compositeInputs(nodes).map((part) => (
        <CompositePart key={part.id} part={part} api={api} />
      ))}
    </div>
  );
}

function CompositePart({ part, api }: { part: AppNode; api: FieldApi }) {
  const { catalog, form, locale, write } = useRenderer();
  const { errors } = useContext(ErrorsContext);
  const path = `${api.path}.${part.name}`;
  const id = domIdFor(path);
  const error = errors.get(path);
  const manifest = catalog.get(part.type);
  const props = withDefaults(manifest?.props ?? {}, part.props);
  const Widget = CORE_WIDGETS[part.type] ?? TextInput;
  const describedBy = [error ? `${id}-error` : '', api.describedBy ?? ''].filter(Boolean).join(' ') || undefined;
  const partApi: FieldApi = {
    ...api,
    node: part,
    path,
    id,
    props,
    // A part is asked for when the whole field is; the manifest says which parts complete it.
    required: api.required,
    describedBy,
    invalid: api.invalid || !!error,
    register: () =>
      nativeInputProps({
        name: path,
        current: form.getValues(path),
        store: (value) => form.setValue(path, value),
        afterBlur: api.check,
      }),
    read: () => form.getValues(path),
    write: (value) => {
      write(path, value);
      api.check();
    },
  };
  const label = localize(props.label as string | undefined, locale) || part.name;
  return (
    <div className="sp-field sp-composite-part" data-type={part.type}>
      <label className="sp-label" htmlFor={id}>
        {label}
        {partApi.required && <span className="sp-req"> ({ui(locale, 'required')})</span>}
      </label>
      {error && (
        <p className="sp-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <Suspense fallback={<p className="sp-help">{ui(locale, 'loading')}</p>}>
        <Widget api={partApi} />
      </Suspense>
    </div>
  );
}
