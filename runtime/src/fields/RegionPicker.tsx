import type { Locale } from '@sprout/shared/i18n';
import { regionCodeLength } from '@sprout/shared/catalog';
import { useEffect, useState } from 'react';
import { ui } from '../i18n/ui-text.ts';
import { type Division, useRenderer } from '../renderer/context.ts';

const LEVELS = [
  { length: 2, zh: '省', en: 'Province' },
  { length: 4, zh: '市', en: 'City' },
  { length: 6, zh: '区县', en: 'County' },
  { length: 9, zh: '乡镇（街道）', en: 'Township' },
  { length: 12, zh: '村（社区）', en: 'Village' },
];

/** The levels a picker shows: below its root, down to the level its props ask for. */
export function pickerLevels(props: Record<string, unknown>) {
  const root = typeof props.root === 'string' ? props.root : '';
  const deepest = regionCodeLength(props);
  return LEVELS.filter((l) => l.length > root.length && l.length <= deepest);
}

/** The code chosen at each level, read back from a stored value (e.g. a restored draft). */
export function selectionsFrom(value: unknown, props: Record<string, unknown>): string[] {
  const root = typeof props.root === 'string' ? props.root : '';
  if (typeof value !== 'string' || !value.startsWith(root)) return [];
  return pickerLevels(props)
    .filter((l) => l.length <= value.length)
    .map((l) => value.slice(0, l.length));
}

function useDivisions(parent: string | undefined, enabled: boolean) {
  const { services } = useRenderer();
  const [state, setState] = useState<{ parent?: string; items?: Division[]; failed?: boolean }>(() => {
    const items = enabled ? services.knownDivisions?.(parent) : undefined;
    return items ? { parent, items } : {};
  });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    const known = services.knownDivisions?.(parent);
    if (known) {
      setState((s) => (s.parent === parent && s.items === known ? s : { parent, items: known }));
      return;
    }
    let live = true;
    services.loadDivisions(parent).then(
      (items) => live && setState({ parent, items }),
      () => live && setState({ parent, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [services, parent, enabled, attempt]);
  const current = state.parent === parent ? state : {};
  return { ...current, retry: () => setAttempt((n) => n + 1) };
}

interface RegionPickerProps {
  id: string;
  value: unknown;
  props: Record<string, unknown>;
  locale: Locale;
  describedBy: string | undefined;
  invalid: boolean;
  readOnly: boolean;
  onChange(code: string): void;
}

/** Cascading selects, one level at a time, each level fetched only when the one above is chosen. */
export function RegionPicker(p: RegionPickerProps) {
  const levels = pickerLevels(p.props);
  const root = typeof p.props.root === 'string' && p.props.root ? p.props.root : undefined;
  const [codes, setCodes] = useState(() => selectionsFrom(p.value, p.props));
  const choose = (index: number, code: string) => {
    const next = [...codes.slice(0, index), ...(code ? [code] : [])];
    setCodes(next);
    p.onChange(next[next.length - 1] ?? '');
  };
  return (
    <div className="sp-region">
      {levels.map((level, i) => {
        const parent = i === 0 ? root : codes[i - 1];
        return (
          <LevelSelect
            key={level.length}
            id={i === 0 ? p.id : `${p.id}-${i}`}
            label={p.locale === 'en' ? level.en : level.zh}
            parent={parent}
            enabled={i === 0 || !!codes[i - 1]}
            value={codes[i] ?? ''}
            picker={p}
            onChoose={(code) => choose(i, code)}
          />
        );
      })}
    </div>
  );
}

interface LevelSelectProps {
  id: string;
  label: string;
  parent: string | undefined;
  enabled: boolean;
  value: string;
  picker: RegionPickerProps;
  onChoose(code: string): void;
}

function LevelSelect({ id, label, parent, enabled, value, picker, onChoose }: LevelSelectProps) {
  const { items, failed, retry } = useDivisions(parent, enabled);
  const loading = enabled && !items && !failed;
  return (
    <div className="sp-region-level">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="sp-input"
        value={value}
        disabled={!enabled || !items}
        aria-invalid={picker.invalid || undefined}
        aria-describedby={picker.describedBy}
        aria-busy={loading || undefined}
        onChange={(e) => !picker.readOnly && onChoose(e.target.value)}
      >
        <option value="">{loading ? ui(picker.locale, 'loading') : ui(picker.locale, 'choose')}</option>
        {/* Keep a restored choice visible while its level is still loading. */}
        {!items && value && <option value={value}>{value}</option>}
        {items?.map((d) => (
          <option key={d.code} value={d.code}>
            {d.name}
          </option>
        ))}
      </select>
      {failed && (
        <button type="button" className="sp-link" onClick={retry}>
          {ui(picker.locale, 'loadFailed')} · {ui(picker.locale, 'retry')}
        </button>
      )}
    </div>
  );
}
