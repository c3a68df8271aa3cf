import type { ConditionValue } from '@sprout/shared/conditions';
import { useI18n } from '../../i18n/index.tsx';
import type { Question } from './questions.ts';

interface Props {
  question: Question | undefined;
  value: ConditionValue | undefined;
  onChange(value: ConditionValue | undefined): void;
  label: string;
}

/** The value of a condition row, picked the way the question is answered: its options, 是/否, a number or a date. */
export function ValuePicker({ question, value, onChange, label }: Props) {
  const { t } = useI18n();
  const type = question?.type.t;
  if (question?.options?.length) {
    const known = question.options.some((o) => o.value === value);
    return (
      <select aria-label={label} value={known ? String(value) : ''} onChange={(e) => onChange(e.target.value)}>
        {!known && (
          <option value="">{value === undefined || value === '' ? t('logic.pickValue') : String(value)}</option>
        )}
        {question.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  }
  if (type === 'boolean') {
    return (
      <select
        aria-label={label}
        value={value === false ? 'no' : 'yes'}
        onChange={(e) => onChange(e.target.value === 'yes')}
      >
        <option value="yes">{t('logic.yes')}</option>
        <option value="no">{t('logic.no')}</option>
      </select>
    );
  }
  const numeric = type === 'number';
  return (
    <input
      aria-label={label}
      className="small-input"
      type={numeric ? 'number' : type === 'date' ? 'date' : 'text'}
      inputMode={numeric ? 'decimal' : undefined}
      placeholder={t('logic.typeValue')}
      value={value === undefined ? '' : String(value)}
      onChange={(e) => {
        const text = e.target.value;
        if (text === '') onChange(undefined);
        else onChange(numeric && Number.isFinite(Number(text)) ? Number(text) : text);
      }}
    />
  );
}
