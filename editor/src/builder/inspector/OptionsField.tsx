import { type Control, useFieldArray, useWatch } from 'react-hook-form';
import { useI18n } from '../../i18n/index.tsx';
import type { FormValue } from './prop-values.ts';

type Option = { value: string; label: string };
type Values = Record<string, FormValue>;

interface Props {
  name: string;
  label: string;
  control: Control<Values>;
  onCommit(options: Option[]): void;
}

/** The choices of a select, radio or checkboxes: label and stored value per row; add, remove, reorder. */
export function OptionsField({ name, label, control, onCommit }: Props) {
  const { t } = useI18n();
  const { fields } = useFieldArray({ control, name: name as never });
  const current = (useWatch({ control, name }) as Option[] | undefined) ?? [];
  const change = (i: number, patch: Partial<Option>) =>
    onCommit(current.map((o, j) => (j === i ? { ...o, ...patch, ...sync(o, patch) } : o)));
  const move = (i: number, d: number) => {
    const next = [...current];
    const [item] = next.splice(i, 1);
    if (item) next.splice(i + d, 0, item);
    onCommit(next);
  };
  return (
    <fieldset className="options-field">
      <legend>{label}</legend>
      {fields.map((f, i) => (
        <div key={f.id} className="option-row">
          <input
            aria-label={`${t('inspector.options.label')} ${i + 1}`}
            value={current[i]?.label ?? ''}
            onChange={(e) => change(i, { label: e.target.value })}
          />
          <input
            aria-label={`${t('inspector.options.value')} ${i + 1}`}
            className="small-input"
            value={current[i]?.value ?? ''}
            onChange={(e) => change(i, { value: e.target.value })}
          />
          <button type="button" aria-label={t('common.up')} disabled={i === 0} onClick={() => move(i, -1)}>
            ↑
          </button>
          <button
            type="button"
            aria-label={t('common.delete')}
            onClick={() => onCommit(current.filter((_, j) => j !== i))}
          >
            ✕
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onCommit([...current, nextOption(current)])}>
        ＋ {t('common.add')}
      </button>
    </fieldset>
  );
}

/** While value and label were the same, typing the label keeps the value in step (what officials expect). */
function sync(o: Option, patch: Partial<Option>): Partial<Option> {
  return patch.label !== undefined && o.value === o.label ? { value: patch.label } : {};
}

function nextOption(current: Option[]): Option {
  let n = current.length + 1;
  while (current.some((o) => o.value === `选项${n}`)) n++;
  return { value: `选项${n}`, label: `选项${n}` };
}
