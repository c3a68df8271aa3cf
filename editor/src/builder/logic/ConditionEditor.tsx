import { type ConditionGroup, conditionToExpression, expressionToCondition } from '@sprout/shared/conditions';
import { useId, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { useEditor } from '../../store/index.ts';
import { ExpressionInput } from '../inspector/ExpressionInput.tsx';
import { completeOnly, pickable } from './condition-edit.ts';
import { ConditionGroupEditor } from './ConditionGroupEditor.tsx';
import { FormulaReading } from './FormulaReading.tsx';
import { preferredQuestion, questionsFor } from './questions.ts';

interface Props {
  label: string;
  value: string;
  onChange(value: string): void;
  /** The node the condition belongs to: inside a repeat group its row's questions come first. */
  nodeId?: string;
  /** What no condition means here, e.g. 总是显示 or 其余情况. */
  emptyText?: string;
  /** A question's own show/require conditions never test the question itself. */
  exclude?: string;
}

const EMPTY: ConditionGroup = { kind: 'group', join: 'all', items: [] };

/**
 * A condition picked as rows (「问题」 [是/大于…] 「值」), written as the same formula the
 * engine runs. A formula rows cannot show stays text, with a note; switching never loses meaning.
 */
export function ConditionEditor({ label, value, onChange, nodeId, emptyText, exclude }: Props) {
  const { t, locale } = useI18n();
  const id = useId();
  const definition = useEditor((s) => s.definition);
  const questions = useMemo(
    () => pickable(questionsFor(definition, locale, nodeId)).filter((q) => q.name !== exclude),
    [definition, locale, nodeId, exclude],
  );
  const preferred = useMemo(() => preferredQuestion(definition, questions, nodeId), [definition, questions, nodeId]);
  const readable = value.trim() === '' ? EMPTY : expressionToCondition(value);
  const [asText, setAsText] = useState(readable === undefined);
  // Rows still waiting for a value live here; the formula holds only complete rows.
  const [draft, setDraft] = useState<{ group: ConditionGroup; wrote: string }>({
    group: readable ?? EMPTY,
    wrote: value,
  });
  const group = draft.wrote === value ? draft.group : (readable ?? EMPTY);
  const change = (next: ConditionGroup) => {
    const text = conditionToExpression(completeOnly(next));
    setDraft({ group: next, wrote: text });
    if (text !== value) onChange(text);
  };
  const showRows = !asText && readable !== undefined;
  return (
    <fieldset className="condition" aria-describedby={`${id}-note`}>
      <legend>{label}</legend>
      {showRows ? (
        <>
          {group.items.length === 0 && <p className="muted small">{emptyText ?? t('logic.none')}</p>}
          {questions.length === 0 && <p className="muted small">{t('logic.noQuestions')}</p>}
          <ConditionGroupEditor group={group} questions={questions} preferred={preferred} onChange={change} />
          {value && <FormulaReading source={value} questions={questions} label={t('logic.formula')} />}
        </>
      ) : (
        <ExpressionInput label={t('logic.formula')} value={value} onChange={onChange} nodeId={nodeId} />
      )}
      <p id={`${id}-note`} className="muted small">
        {readable === undefined ? t('logic.handwritten') : ''}
      </p>
      {readable !== undefined && (
        <button type="button" className="link small" onClick={() => setAsText(!asText)}>
          {showRows ? t('logic.toText') : t('logic.toRows')}
        </button>
      )}
    </fieldset>
  );
}
