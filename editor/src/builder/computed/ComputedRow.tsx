import { type ComputedValue, localize } from '@sprout/shared';
import { expressionToRecipe, type RecipeKind, recipeToExpression } from '@sprout/shared/conditions';
import { useId, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { useEditor } from '../../store/index.ts';
import { ExpressionInput } from '../inspector/ExpressionInput.tsx';
import { ConditionEditor } from '../logic/ConditionEditor.tsx';
import { FormulaReading } from '../logic/FormulaReading.tsx';
import { pickable, rowFor } from '../logic/condition-edit.ts';
import { questionsFor } from '../logic/questions.ts';
import { relabelComputed } from './computed-key.ts';
import { type PickedRecipe, RecipeEditor } from './RecipeEditor.tsx';
import { startRecipe } from './recipe-defaults.ts';

type Mode = RecipeKind | 'formula';
const MODES: Mode[] = ['condition', 'sum', 'average', 'age', 'days', 'count', 'formula'];

interface Props {
  value: ComputedValue;
  index: number;
  /** Why the name cannot be used (taken, invalid), if it cannot. */
  nameProblem: string;
  onChange(value: ComputedValue): void;
  onDelete(): void;
}

/** One computed value: its name (label), how it is worked out picked from a menu, and the formula shown. */
export function ComputedRow({ value, index, nameProblem, onChange, onDelete }: Props) {
  const { t, locale } = useI18n();
  const id = useId();
  const definition = useEditor((s) => s.definition);
  const locked = useEditor((s) => s.lockedNames);
  const questions = useMemo(
    () => pickable(questionsFor(definition, locale)).filter((q) => q.name !== value.name),
    [definition, locale, value.name],
  );
  const recipe = value.expr.trim() ? expressionToRecipe(value.expr) : { kind: 'condition' as const };
  const [asFormula, setAsFormula] = useState(recipe === undefined);
  const mode: Mode = asFormula || !recipe ? 'formula' : recipe.kind;
  const setExpr = (expr: string) => onChange({ ...value, expr });
  const choose = (next: Mode) => {
    setAsFormula(next === 'formula');
    if (next === 'formula') return;
    if (next === 'condition') {
      const first = questions[0];
      const row = first && rowFor(first);
      return setExpr(
        row ? recipeToExpression({ kind: 'condition', condition: { kind: 'group', join: 'all', items: [row] } }) : '',
      );
    }
    const start = startRecipe(next, questions);
    setExpr(start ? recipeToExpression(start) : '');
  };
  return (
    <li className="outcome-row computed-row" data-computed={index}>
      <label>
        {t('computed.label')}
        <input
          value={localize(value.label, locale)}
          onChange={(e) => onChange(relabelComputed(definition, value, e.target.value, locked))}
        />
      </label>
      <label htmlFor={`${id}-mode`}>{t('computed.recipe')}</label>
      <select id={`${id}-mode`} value={mode} onChange={(e) => choose(e.target.value as Mode)}>
        {MODES.map((m) => (
          <option key={m} value={m} disabled={m !== 'formula' && m !== 'condition' && !startRecipe(m, questions)}>
            {t(`computed.recipe.${m}`)}
          </option>
        ))}
      </select>
      {mode === 'condition' && (
        <ConditionEditor label={t('computed.recipe.when')} value={value.expr} onChange={setExpr} />
      )}
      {mode !== 'formula' && mode !== 'condition' && recipe && (
        <>
          <RecipeEditor
            recipe={recipe as PickedRecipe}
            questions={questions}
            onChange={(r) => setExpr(recipeToExpression(r))}
          />
          <FormulaReading source={value.expr} questions={questions} label={t('logic.formula')} />
        </>
      )}
      {mode === 'formula' && <ExpressionInput label={t('computed.expr')} value={value.expr} onChange={setExpr} />}
      <details>
        <summary>{t('outcomes.advanced')}</summary>
        <label>
          {t('computed.name')}
          <input
            className="small-input"
            value={value.name}
            readOnly={locked.has(value.name)}
            title={locked.has(value.name) ? t('inspector.nameLocked') : undefined}
            aria-invalid={nameProblem ? true : undefined}
            aria-describedby={nameProblem ? `${id}-name-error` : undefined}
            onChange={(e) => onChange({ ...value, name: e.target.value.trim() })}
          />
        </label>
      </details>
      {nameProblem && (
        <p id={`${id}-name-error`} className="error small">
          {nameProblem}
        </p>
      )}
      <div className="row">
        <button type="button" onClick={onDelete}>
          {t('common.delete')}
        </button>
      </div>
    </li>
  );
}
