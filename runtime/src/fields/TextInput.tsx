import { localize } from '@sprout/shared/i18n';
import type { FieldApi } from '../renderer/field-api.ts';

type InputMode = React.HTMLAttributes<HTMLInputElement>['inputMode'];

interface TextKind {
  type: string;
  inputMode?: InputMode;
  autoComplete?: string;
  maxLength?: number;
}

// Keyboards and autofill suited to each kind of answer: a phone's number pad for numbers and IDs.
const KINDS: Record<string, TextKind> = {
  text: { type: 'text' },
  number: { type: 'text', inputMode: 'decimal' },
  phone: { type: 'tel', inputMode: 'tel', autoComplete: 'tel-national', maxLength: 20 },
  idNumber: { type: 'text', autoComplete: 'off', maxLength: 18 },
  uscc: { type: 'text', autoComplete: 'off', maxLength: 18 },
  date: { type: 'date' },
  time: { type: 'time' },
};

function commonAttrs(api: FieldApi) {
  return {
    id: api.id,
    readOnly: api.readOnly,
    'aria-required': api.required || undefined,
    'aria-invalid': api.invalid || undefined,
    'aria-describedby': api.describedBy,
  };
}

/** Single-line inputs: text, number, phone, ID number, USCC, date, time. Uncontrolled. */
export function TextInput({ api }: { api: FieldApi }) {
  const kind = KINDS[api.node.type] ?? { type: 'text' };
  const { props, locale } = api;
  const placeholder = localize(props.placeholder as string | undefined, locale) || undefined;
  const unit = localize(props.unit as string | undefined, locale);
  const input = (
    <input
      className="sp-input"
      type={kind.type}
      inputMode={kind.inputMode}
      autoComplete={kind.autoComplete}
      maxLength={kind.maxLength ?? (typeof props.maxLength === 'number' ? props.maxLength : undefined)}
      placeholder={placeholder}
      min={typeof props.min === 'string' ? props.min : undefined}
      max={typeof props.max === 'string' ? props.max : undefined}
      {...commonAttrs(api)}
      {...api.register()}
    />
  );
  if (!unit) return input;
  return (
    <div className="sp-unit">
      {input}
      <span aria-hidden="true">{unit}</span>
    </div>
  );
}

export function TextArea({ api }: { api: FieldApi }) {
  const { props, locale } = api;
  return (
    <textarea
      className="sp-input"
      rows={typeof props.rows === 'number' ? props.rows : 4}
      maxLength={typeof props.maxLength === 'number' ? props.maxLength : undefined}
      placeholder={localize(props.placeholder as string | undefined, locale) || undefined}
      {...commonAttrs(api)}
      {...api.register()}
    />
  );
}
