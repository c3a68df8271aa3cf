import type { OutcomeRule } from '@sprout/shared';
import { conditionToExpression } from '@sprout/shared/conditions';
import { findUnreachableOutcomes } from '@sprout/shared/validate-definition';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { useEditor } from '../../store/index.ts';
import { isComplete, pickable, rowFor } from '../logic/condition-edit.ts';
import { questionsFor } from '../logic/questions.ts';
import { OutcomeRow } from '../outcomes/OutcomeRow.tsx';
import { addOutcome, isCatchAll, moveOutcome } from '../outcomes/outcome-table.ts';
import { TryOutcome } from '../outcomes/TryOutcome.tsx';

const NONE: OutcomeRule[] = [];

/** Outcome rules as a decision table: first match wins, 其余情况 pinned last, and a 试一试 panel. */
export function OutcomesPanel() {
  const { t, locale } = useI18n();
  const definition = useEditor((s) => s.definition);
  const outcomes = definition.outcomes ?? NONE;
  const dispatch = useEditor((s) => s.dispatch);
  const questions = useMemo(() => pickable(questionsFor(definition, locale)), [definition, locale]);
  const set = (next: OutcomeRule[]) => dispatch({ kind: 'set-outcomes', outcomes: next });
  const change = (i: number, rule: OutcomeRule) => set(outcomes.map((r, j) => (j === i ? rule : r)));
  // A new rule starts on the first question with options, so it never applies to everyone by accident.
  const firstCondition = () => {
    const q = questions.find((x) => x.options?.length);
    const row = q && rowFor(q);
    return row && isComplete(row) ? conditionToExpression({ kind: 'group', join: 'all', items: [row] }) : undefined;
  };
  const unreachable = useMemo(() => findUnreachableOutcomes(outcomes, locale), [outcomes, locale]);
  const last = outcomes.length - 1;
  const otherwiseAt = last >= 0 && isCatchAll(outcomes[last] as OutcomeRule) ? last : -1;
  return (
    <div className="outcomes">
      <h2>{t('outcomes.title')}</h2>
      <p className="muted small">{t('outcomes.help2')}</p>
      {outcomes.length === 0 && <p className="empty">{t('outcomes.empty')}</p>}
      <ol>
        {outcomes.map((rule, i) => (
          <OutcomeRow
            key={i}
            rule={rule}
            index={i}
            otherwise={i === otherwiseAt}
            canMoveUp={i > 0}
            canMoveDown={i < (otherwiseAt < 0 ? last : otherwiseAt - 1)}
            onChange={(r) => change(i, r)}
            onMove={(by) => set(moveOutcome(outcomes, i, by))}
            onDelete={() => set(outcomes.filter((_, j) => j !== i))}
            unreachable={unreachable.find((u) => u.rule === i)?.message}
          />
        ))}
      </ol>
      <button type="button" onClick={() => set(addOutcome(outcomes, firstCondition()))}>
        ＋ {t('outcomes.add')}
      </button>
      {outcomes.length > 0 && <TryOutcome />}
    </div>
  );
}
