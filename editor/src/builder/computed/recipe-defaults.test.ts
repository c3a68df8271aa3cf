import { T } from '@sprout/shared';
import { describe, expect, it } from 'vitest';
import type { Question } from '../logic/questions.ts';
import { startRecipe } from './recipe-defaults.ts';

const questions: Question[] = [
  { name: 'idNumber', label: '身份证号码', type: T.string },
  { name: 'morning', label: '早上体温', type: T.number },
  { name: 'evening', label: '晚上体温', type: T.number },
  { name: 'fanXiangRiQi', label: '返乡日期', type: T.date },
  { name: 'symptoms', label: '症状', type: T.list(T.string), options: [{ value: '发热', label: '发热' }] },
];

describe('computed values picked from menus start on the questions that fit', () => {
  it.each([
    ['sum', { kind: 'sum', fields: ['morning', 'evening'] }],
    ['age', { kind: 'age', field: 'idNumber' }],
    ['days', { kind: 'days', from: 'fanXiangRiQi' }],
    ['count', { kind: 'count', field: 'symptoms' }],
  ] as const)('%s', (kind, recipe) => expect(startRecipe(kind, questions)).toEqual(recipe));

  it('offers nothing when no question fits', () => {
    expect(startRecipe('days', questions.slice(0, 2))).toBeUndefined();
  });
});
