import type { AppNode, LocalizedText, PropSpec } from '@sprout/shared';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useI18n } from '../../i18n/index.tsx';
import { useEditor } from '../../store/index.ts';
import { DivisionRootPicker } from './DivisionRootPicker.tsx';
import { OptionsField } from './OptionsField.tsx';
import { type FormValue, fromFormValue, toFormValue } from './prop-values.ts';

type Values = Record<string, FormValue>;

/**
 * The props form, generated from the manifest's specs. Every change becomes an
 * update-props command; undo flows back in through `values`.
 */
export function PropsForm({ node, specs }: { node: AppNode; specs: Record<string, PropSpec> }) {
  const { t, locale } = useI18n();
  const dispatch = useEditor((s) => s.dispatch);
  const lockedNames = useEditor((s) => s.lockedNames);
  const values = useMemo(
    () => Object.fromEntries(Object.entries(specs).map(([k, spec]) => [k, toFormValue(spec, node.props?.[k])])),
    [specs, node.props],
  );
  const form = useForm<Values>({ values, mode: 'onChange' });
  const commit = (key: string, value: FormValue) => {
    const spec = specs[key];
    if (!spec) return;
    const prop = fromFormValue(spec, value, node.props?.[key]);
    if (key === 'label') {
      const keyLocked = node.name !== undefined && lockedNames.has(node.name);
      dispatch({ kind: 'set-label', id: node.id, label: prop as LocalizedText | undefined, keyLocked });
    } else dispatch({ kind: 'update-props', id: node.id, props: { [key]: prop } });
  };
  return (
    <div className="props-form">
      {Object.entries(specs).map(([key, spec]) => {
        const label = spec.label[locale];
        const id = `prop-${node.id}-${key}`;
        const reg = form.register(key, {
          onChange: (e) => commit(key, e.target.type === 'checkbox' ? e.target.checked : e.target.value),
        });
        if (spec.kind === 'boolean')
          return (
            <label key={key} className="check">
              <input type="checkbox" {...reg} /> {label}
            </label>
          );
        if (node.type === 'region' && key === 'root')
          return (
            <DivisionRootPicker
              key={key}
              label={t('inspector.division.root')}
              level={String(node.props?.level ?? 'village')}
              value={typeof node.props?.root === 'string' ? node.props.root : ''}
              onChange={(code) => commit(key, code)}
            />
          );
        if (spec.kind === 'options')
          return (
            <OptionsField key={key} name={key} label={label} control={form.control} onCommit={(v) => commit(key, v)} />
          );
        return (
          <div key={key} className="field">
            <label htmlFor={id}>{label}</label>
            {spec.kind === 'enum' ? (
              <select id={id} {...reg}>
                {spec.values.map((v) => (
                  <option key={v.value} value={v.value}>
                    {v.label[locale]}
                  </option>
                ))}
              </select>
            ) : spec.kind === 'string-list' || (spec.kind === 'text' && spec.multiline) ? (
              <textarea id={id} rows={3} {...reg} />
            ) : (
              <input id={id} type={spec.kind === 'number' ? 'number' : 'text'} {...reg} />
            )}
          </div>
        );
      })}
    </div>
  );
}
