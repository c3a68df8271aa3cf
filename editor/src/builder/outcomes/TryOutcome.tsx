import { localize } from '@sprout/shared';
import type { ConditionValue } from '@sprout/shared/conditions';
import { useId, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { useEditor } from '../../store/index.ts';
import { questionsFor, type Question } from '../logic/questions.ts';
import { ValuePicker } from '../logic/ValuePicker.tsx';
import { matchingOutcome } from './outcome-table.ts';
import { questionsForOutcomes } from './sample-questions.ts';

type Answers = Record<string, unknown>;

/** 试一试: sample answers to the questions the rules read, and the outcome they would get. */
export function TryOutcome() {
  const { t, locale } = useI18n();
  const id = useId();
  const definition = useEditor((s) => s.definition);
  const questions = useMemo(
    () => questionsForOutcomes(definition, questionsFor(definition, locale)),
    [definition, locale],
  );
  const [answers, setAnswers] = useState<Answers>({});
  const set = (name: string, value: unknown) => setAnswers((a) => ({ ...a, [name]: value }));
  const index = matchingOutcome(definition, answers);
  const rule = definition.outcomes?.[index];
  return (
    <section className="try-outcome" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('outcomes.try')}</h3>
      <p className="muted small">{t('outcomes.tryHelp')}</p>
      {questions.map((q) => (
        <fieldset key={q.name} className="sample-answer">
          <legend>{q.label}</legend>
          <SampleAnswer question={q} value={answers[q.name]} onChange={(v) => set(q.name, v)} />
        </fieldset>
      ))}
      <p className={`try-result color-${rule?.result.color ?? 'gray'}`} role="status" aria-live="polite">
        {rule
          ? t('outcomes.tryResult', { n: index + 1, label: localize(rule.result.label, locale) })
          : t('outcomes.tryNone')}
      </p>
    </section>
  );
}

function SampleAnswer({
  question,
  value,
  onChange,
}: {
  question: Question;
  value: unknown;
  onChange(v: unknown): void;
}) {
  if (question.type.t === 'list' && question.options) {
    const chosen = Array.isArray(value) ? (value as string[]) : [];
    return (
      <div>
        {question.options.map((o) => (
          <label key={o.value} className="check">
            <input
              type="checkbox"
              checked={chosen.includes(o.value)}
              onChange={(e) => onChange(e.target.checked ? [...chosen, o.value] : chosen.filter((c) => c !== o.value))}
            />
            {o.label}
          </label>
        ))}
      </div>
    );
  }
  return (
    <ValuePicker
      label={question.label}
      question={question}
      value={value as ConditionValue | undefined}
      onChange={onChange}
    />
  );
}
