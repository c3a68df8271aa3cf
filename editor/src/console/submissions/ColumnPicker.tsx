import { useI18n } from '../../i18n/index.tsx';
import type { FieldColumn } from '../columns.ts';

/** Which answers the table shows; the choice is remembered per app on this computer. */
export function ColumnPicker({
  columns,
  visible,
  onChange,
}: {
  columns: FieldColumn[];
  visible: string[];
  onChange(next: string[]): void;
}) {
  const { t } = useI18n();
  const toggle = (name: string, on: boolean) => {
    const set = new Set(visible);
    if (on) set.add(name);
    else set.delete(name);
    onChange(columns.map((c) => c.name).filter((n) => set.has(n)));
  };
  return (
    <details className="column-picker">
      <summary>{t('subs.columns')}</summary>
      <fieldset>
        <legend className="visually-hidden">{t('subs.columns')}</legend>
        {columns.map((c) => (
          <label key={c.name}>
            <input
              type="checkbox"
              checked={visible.includes(c.name)}
              onChange={(e) => toggle(c.name, e.target.checked)}
            />
            {c.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
