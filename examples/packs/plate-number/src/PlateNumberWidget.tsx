import { type WidgetProps, widgetText } from '@sprout/component-kit/widget';
import { useEffect, useRef, useState } from 'react';
import { ProvinceKeypad } from './ProvinceKeypad.tsx';
import { normalizePlate, splitPlate } from './plate-format.ts';

/** Touch screens get the keypad open at first: typing 浙 on a phone keyboard takes an input method. */
function isTouch(): boolean {
  return typeof navigator !== 'undefined' && navigator.maxTouchPoints > 0;
}

/**
 * 车牌号: a province button that opens the keypad of abbreviations (and 使), then a text box
 * for the rest. The host draws the label, help and error; this widget wires to them by id.
 */
export default function PlateNumberWidget({
  value,
  onChange,
  onBlur,
  locale,
  disabled,
  invalid,
  required,
  ids,
}: WidgetProps<string>) {
  const { head, rest } = splitPlate(typeof value === 'string' ? value : '');
  const [open, setOpen] = useState(() => !head && !disabled && isTouch());
  // Opened by the button: focus goes into the keypad. Opened at first on a phone: it waits.
  const [focusKeypad, setFocusKeypad] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const keypadId = `${ids.input}-keypad`;
  const toggleId = `${ids.input}-province`;

  const emit = (nextHead: string, nextRest: string) => {
    const plate = normalizePlate(nextHead + nextRest);
    onChange(plate === '' ? undefined : plate);
  };
  const pick = (abbreviation: string) => {
    emit(abbreviation, rest);
    setOpen(false);
    input.current?.focus();
  };
  useEffect(() => {
    if (disabled) setOpen(false);
  }, [disabled]);

  return (
    <div>
      <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'stretch' }}>
        <button
          ref={toggle}
          id={toggleId}
          type="button"
          className="sp-button"
          style={{ minWidth: '4.5em', fontSize: '1.125em' }}
          aria-expanded={open}
          aria-controls={keypadId}
          aria-labelledby={`${ids.label} ${toggleId}`}
          disabled={disabled}
          onClick={() => {
            setFocusKeypad(!open);
            setOpen(!open);
          }}
        >
          {head || widgetText(locale, { 'zh-CN': '省份', en: 'Province' })}
        </button>
        <input
          ref={input}
          id={ids.input}
          className="sp-input"
          style={{ flex: 1, minWidth: 0, textTransform: 'uppercase', letterSpacing: '0.1em' }}
          value={rest}
          maxLength={7}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          placeholder={widgetText(locale, { 'zh-CN': '如 A12345', en: 'e.g. A12345' })}
          readOnly={disabled}
          aria-required={required || undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={ids.describedBy}
          onChange={(e) => emit(head, e.target.value)}
          onBlur={onBlur}
        />
      </div>
      {open && (
        <ProvinceKeypad
          id={keypadId}
          selected={head}
          autoFocus={focusKeypad}
          locale={locale}
          onPick={pick}
          onSuffix={(suffix) => {
            emit(head, rest + suffix);
            input.current?.focus();
          }}
          onClose={() => {
            setOpen(false);
            toggle.current?.focus();
          }}
        />
      )}
    </div>
  );
}
