import { useI18n } from '../../i18n/index.tsx';
import type { FieldColumn } from '../columns.ts';

/**
 * Which answers to show (the table) or to write (the export), picked by the questions'
 * labels; the data key is only a small hint beside each.
 */
export function ColumnPicker({
  columns,
  visible,
  onChange,
  summary,
  className = 'column-picker',
}: {
  columns: FieldColumn[];
  visible: string[];
  onChange(next: string[]): void;
  /** The button's text; 显示哪些列 by default. */
  summary?: string;
  className?: string;
}) {
  const { t } = useI18n();
  const title = summary ?? t('subs.columns');
  const toggle = (name: string, on: boolean) => {
    const set = new Set(visible);
    if (on) set.add(name);
    else set.delete(name);
    onChange(columns.map((c) => c.name).filter((n) => set.has(n)));
  };
  return (
    <details className={className}>
      <summary>{title}</summary>
      <fieldset>
        <legend className="visually-hidden">{title}</legend>
        {columns.map((c) => (
          <label key={c.name}>
            <input
              type="checkbox"
              checked={visible.includes(c.name)}
              onChange={(e) => toggle(c.name, e.target.checked)}
            />
            {c.label}
            {c.label !== c.name && <span className="muted small column-key">{c.name}</span>}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
