import { EXAMPLES } from '@sprout/examples';
import { describe, expect, it } from 'vitest';
import type { AppDefinition } from '../definition/index.ts';
import { reviewQuestions } from './review-questions.ts';

describe('review questions', () => {
  const def = structuredClone(EXAMPLES['huitoukan-survey']) as unknown as AppDefinition;
  it('lists top-level questions by label in the form’s order and keeps only display fields that exist', () => {
    def.settings.review = { required: true, displayFields: ['gone', def.pages[0]!.nodes.find((n) => n.name)!.name!] };
    const { questions, displayFields } = reviewQuestions(def, 'zh-CN');
    expect(questions.length).toBeGreaterThan(3);
    expect(questions.every((q) => q.label && !/^[A-Za-z_]\w*$/.test(q.label))).toBe(true);
    expect(displayFields).toEqual([questions[0]!.name]);
  });
});
