import { useId } from 'react';
import { type Control, useFieldArray, useWatch } from 'react-hook-form';
import { SortableRows } from '../../dnd/index.ts';
import { useI18n } from '../../i18n/index.tsx';
import { moveOption, type OptionRow, pasteOptions } from './option-rows.ts';
import type { FormValue } from './prop-values.ts';

type Values = Record<string, FormValue>;

interface Props {
  name: string;
  label: string;
  control: Control<Values>;
  onCommit(options: OptionRow[]): void;
}

/**
 * The choices of a select, radio or checkboxes: each row's text under a visible heading (the
 * stored value under 高级); paste several lines to add several; reorder by dragging the handle,
 * by keyboard on it (Space, ↑/↓, Space), or with Alt+↑/↓ in a row.
 */
export function OptionsField({ name, label, control, onCommit }: Props) {
  const { t } = useI18n();
  const id = useId();
  const { fields } = useFieldArray({ control, name: name as never });
  const current = (useWatch({ control, name }) as OptionRow[] | undefined) ?? [];
  const change = (i: number, patch: Partial<OptionRow>) =>
    onCommit(current.map((o, j) => (j === i ? { ...o, ...patch, ...sync(o, patch) } : o)));
  const move = (from: number, to: number) => onCommit(moveOption(current, from, to));
  const ids = fields.map((f) => f.id);
  const rowName = (i: number) => `${t('inspector.options.row', { n: i + 1 })}「${current[i]?.label ?? ''}」`;
  return (
    <fieldset className="options-field">
      <legend>{label}</legend>
      <p className="muted small" id={`${id}-help`}>
        {t('inspector.options.pasteHelp')}
      </p>
      <div className="option-head" aria-hidden="true">
        <span />
        <span>{t('inspector.options.label')}</span>
      </div>
      <SortableRows ids={ids} onMove={move} describe={(rid) => rowName(ids.indexOf(rid))}>
        {(_rid, i, { handleProps }) => (
          <div className="option-row">
            <button
              type="button"
              className="drag-handle"
              aria-label={t('inspector.options.drag', { name: rowName(i) })}
              {...handleProps}
            >
              ⠿
            </button>
            <input
              aria-label={`${t('inspector.options.label')} ${i + 1}`}
              aria-describedby={`${id}-help`}
              value={current[i]?.label ?? ''}
              onChange={(e) => change(i, { label: e.target.value })}
              onPaste={(e) => {
                const text = e.clipboardData.getData('text');
                if (!/\n/.test(text)) return;
                e.preventDefault();
                onCommit(pasteOptions(current, i, text));
              }}
              onKeyDown={(e) => {
                if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
                e.preventDefault();
                const to = i + (e.key === 'ArrowUp' ? -1 : 1);
                if (to >= 0 && to < current.length) move(i, to);
              }}
            />
            <button
              type="button"
              aria-label={`${t('common.delete')} ${rowName(i)}`}
              onClick={() => onCommit(current.filter((_, j) => j !== i))}
            >
              ✕
            </button>
            <details className="option-value">
              <summary>{t('inspector.advanced')}</summary>
              <label>
                {t('inspector.options.value')}
                <input
                  className="small-input"
                  value={current[i]?.value ?? ''}
                  onChange={(e) => change(i, { value: e.target.value })}
                />
              </label>
            </details>
          </div>
        )}
      </SortableRows>
      <button type="button" onClick={() => onCommit([...current, nextOption(current)])}>
        ＋ {t('common.add')}
      </button>
    </fieldset>
  );
}

/** While value and label were the same, typing the label keeps the value in step (what officials expect). */
function sync(o: OptionRow, patch: Partial<OptionRow>): Partial<OptionRow> {
  return patch.label !== undefined && o.value === o.label ? { value: patch.label } : {};
}

function nextOption(current: OptionRow[]): OptionRow {
  let n = current.length + 1;
  while (current.some((o) => o.value === `选项${n}`)) n++;
  return { value: `选项${n}`, label: `选项${n}` };
}
