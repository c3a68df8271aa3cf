import type { ComputedRecipe, RecipeKind } from '@sprout/shared/conditions';
import { rowFor } from '../logic/condition-edit.ts';
import type { Question } from '../logic/questions.ts';

/** Which questions each menu item takes: numbers to add up, an ID number or birth date for age… */
export function fitsRecipe(kind: RecipeKind, question: Question): boolean {
  const t = question.type.t;
  switch (kind) {
    case 'sum':
    case 'average':
      return t === 'number';
    case 'age':
      return t === 'date' || /id|shenFen/i.test(question.name) || /身份证|出生/.test(question.label);
    case 'days':
      return t === 'date';
    case 'count':
      return t === 'list';
    case 'condition':
      return true;
  }
}

/**
 * The recipe a menu choice starts with, on the first questions that fit; undefined when the
 * app has no question of the right kind yet.
 */
export function startRecipe(kind: RecipeKind, questions: readonly Question[]): ComputedRecipe | undefined {
  const fit = questions.filter((q) => fitsRecipe(kind, q));
  const [first, second] = fit;
  if (!first) return undefined;
  switch (kind) {
    case 'sum':
    case 'average':
      return { kind, fields: fit.map((q) => q.name) };
    case 'age':
      return { kind, field: first.name };
    case 'days':
      return second ? { kind, from: first.name, to: second.name } : { kind, from: first.name };
    case 'count':
      return { kind, field: first.name };
    case 'condition':
      return { kind, condition: { kind: 'group', join: 'all', items: [rowFor(first)] } };
  }
}
