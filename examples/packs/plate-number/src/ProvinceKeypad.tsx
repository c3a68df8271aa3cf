import { type WidgetLocale, widgetText } from '@sprout/component-kit/widget';
import { useEffect, useRef, useState } from 'react';
import { EMBASSY, PROVINCES, SUFFIXES } from './plate-format.ts';

const KEYS = [...PROVINCES, EMBASSY];
const COLUMNS = 8;

interface ProvinceKeypadProps {
  id: string;
  selected: string;
  /** Move focus to the selected key when the keypad opens. */
  autoFocus: boolean;
  locale: WidgetLocale;
  onPick(abbreviation: string): void;
  /** Appends 警, 学, 挂 or 领, the last character of special plates. */
  onSuffix(character: string): void;
  onClose(): void;
}

/**
 * The abbreviations as a grid of buttons with one tab stop: arrow keys move, Enter or
 * Space picks, Escape closes. Big enough for a thumb at 360px (8 columns of 2.75em).
 */
export function ProvinceKeypad({ id, selected, autoFocus, locale, onPick, onSuffix, onClose }: ProvinceKeypadProps) {
  const [active, setActive] = useState(() => Math.max(0, KEYS.indexOf(selected)));
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  // Focus once, when the keypad opens; moving within it focuses by hand.
  useEffect(() => {
    if (autoFocus) buttons.current[active]?.focus();
  }, []);
  const move = (to: number) => {
    const next = Math.min(KEYS.length - 1, Math.max(0, to));
    setActive(next);
    buttons.current[next]?.focus();
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    const step: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: COLUMNS, ArrowUp: -COLUMNS };
    if (event.key in step) {
      event.preventDefault();
      move(active + (step[event.key] ?? 0));
    } else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(KEYS.length - 1);
    else if (event.key === 'Escape') onClose();
  };
  return (
    <div id={id}>
      <fieldset style={GROUP} onKeyDown={onKeyDown}>
        <legend style={LEGEND}>{widgetText(locale, { 'zh-CN': '选择省份简称', en: 'Choose the province' })}</legend>
        <div style={{ display: 'grid', gridTemplateColumns: `repeat(${COLUMNS}, 1fr)`, gap: '0.25rem' }}>
          {KEYS.map((key, i) => (
            <button
              key={key}
              ref={(el) => {
                buttons.current[i] = el;
              }}
              type="button"
              className="sp-button"
              style={{ minHeight: '2.75em', minWidth: 0, padding: 0, fontSize: '1.125em' }}
              tabIndex={i === active ? 0 : -1}
              aria-pressed={key === selected}
              onClick={() => onPick(key)}
            >
              {key}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset style={GROUP}>
        <legend style={LEGEND}>{widgetText(locale, { 'zh-CN': '特殊号牌结尾', en: 'Special plate endings' })}</legend>
        <div style={{ display: 'flex', gap: '0.25rem' }}>
          {SUFFIXES.map((suffix) => (
            <button
              key={suffix}
              type="button"
              className="sp-button"
              style={{ minHeight: '2.75em', flex: 1 }}
              onClick={() => onSuffix(suffix)}
            >
              {suffix}
            </button>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

const GROUP: React.CSSProperties = { border: 0, padding: 0, margin: '0.5rem 0 0' };
const LEGEND: React.CSSProperties = { padding: 0, fontSize: '0.875em' };
