import type { ComputedRecipe } from '@sprout/shared/conditions';
import { useI18n } from '../../i18n/index.tsx';
import type { Question } from '../logic/questions.ts';
import { fitsRecipe } from './recipe-defaults.ts';

/** Menu recipes other than 条件: the condition builder edits those. */
export type PickedRecipe = Exclude<ComputedRecipe, { kind: 'condition' }>;

interface Props {
  recipe: PickedRecipe;
  questions: readonly Question[];
  onChange(recipe: PickedRecipe): void;
}

/** The pickers of one menu recipe: which numbers to add up, which ID number, which dates… */
export function RecipeEditor({ recipe, questions, onChange }: Props) {
  const { t } = useI18n();
  const fit = questions.filter((q) => fitsRecipe(recipe.kind, q));
  const pick = (
    label: string,
    value: string,
    set: (name: string) => void,
    extra?: { value: string; label: string },
  ) => (
    <label className="field">
      {label}
      <select value={value} onChange={(e) => set(e.target.value)}>
        {extra && <option value={extra.value}>{extra.label}</option>}
        {fit.map((q) => (
          <option key={q.name} value={q.name}>
            {q.label}
          </option>
        ))}
      </select>
    </label>
  );
  switch (recipe.kind) {
    case 'sum':
    case 'average':
      return (
        <fieldset>
          <legend>{t('computed.recipe.fields')}</legend>
          {fit.map((q) => (
            <label key={q.name} className="check">
              <input
                type="checkbox"
                checked={recipe.fields.includes(q.name)}
                onChange={(e) =>
                  onChange({
                    ...recipe,
                    fields: e.target.checked ? [...recipe.fields, q.name] : recipe.fields.filter((f) => f !== q.name),
                  })
                }
              />
              {q.label}
            </label>
          ))}
        </fieldset>
      );
    case 'age':
      return pick(t('computed.recipe.idOrBirth'), recipe.field, (field) => onChange({ ...recipe, field }));
    case 'count':
      return pick(t('computed.recipe.choices'), recipe.field, (field) => onChange({ ...recipe, field }));
    case 'days':
      return (
        <div className="row">
          {pick(t('computed.recipe.from'), recipe.from, (from) => onChange({ ...recipe, from }))}
          {pick(
            t('computed.recipe.to'),
            recipe.to ?? '',
            (to) => onChange(to ? { ...recipe, to } : { kind: 'days', from: recipe.from }),
            { value: '', label: t('computed.recipe.today') },
          )}
        </div>
      );
  }
}
