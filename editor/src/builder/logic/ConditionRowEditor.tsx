import { type ConditionRow, OPERATOR_LABELS, operatorsFor, takesNoValue } from '@sprout/shared/conditions';
import { useI18n } from '../../i18n/index.tsx';
import { withOp, withQuestion } from './condition-edit.ts';
import type { Question } from './questions.ts';
import { ValuePicker } from './ValuePicker.tsx';

interface Props {
  row: ConditionRow;
  questions: readonly Question[];
  onChange(row: ConditionRow): void;
  onDelete(): void;
}

/** One row: 「问题」 [是/不是/大于…] 「值」, every part picked from a menu. */
export function ConditionRowEditor({ row, questions, onChange, onDelete }: Props) {
  const { t, locale } = useI18n();
  const question = questions.find((q) => q.name === row.field);
  const ops = question ? operatorsFor(question.type) : [row.op];
  return (
    <div className="condition-row" data-field={row.field}>
      <select
        aria-label={t('logic.question')}
        value={row.field}
        onChange={(e) => {
          const next = questions.find((q) => q.name === e.target.value);
          if (next) onChange(withQuestion(row, next));
        }}
      >
        {!question && <option value={row.field}>{row.field}</option>}
        {questions.map((q) => (
          <option key={q.name} value={q.name}>
            {q.label}
          </option>
        ))}
      </select>
      <select
        aria-label={t('logic.operator')}
        value={row.op}
        onChange={(e) => onChange(withOp(row, e.target.value as ConditionRow['op']))}
      >
        {ops.map((op) => (
          <option key={op} value={op}>
            {OPERATOR_LABELS[op][locale]}
          </option>
        ))}
      </select>
      {!takesNoValue(row.op) && (
        <ValuePicker
          label={t('logic.value')}
          question={question}
          value={row.value}
          onChange={(value) => onChange({ ...row, value })}
        />
      )}
      {row.op === 'between' && (
        <>
          <span className="muted">{t('logic.value2')}</span>
          <ValuePicker
            label={t('logic.value2')}
            question={question}
            value={row.value2}
            onChange={(value2) => onChange({ ...row, value2 })}
          />
        </>
      )}
      <button type="button" className="icon" aria-label={t('logic.deleteRow')} onClick={onDelete}>
        ✕
      </button>
    </div>
  );
}
