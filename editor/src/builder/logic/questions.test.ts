import { createBlankDefinition } from '@sprout/shared';
import { describe, expect, it } from 'vitest';
import { preferredQuestion, questionsFor } from './questions.ts';

describe('questions as officials see them', () => {
  const def = createBlankDefinition('健康申报');
  const yesNo = {
    options: [
      { value: '是', label: '是' },
      { value: '否', label: '否' },
    ],
  };
  def.pages[0]!.nodes = [
    { id: 'n', type: 'text', name: 'name', props: { label: '姓名' } },
    { id: 'r', type: 'radio', name: 'visitedRisk', props: { label: '是否去过中高风险地区', ...yesNo } },
    { id: 'f', type: 'radio', name: 'fever', props: { label: '是否发热', ...yesNo } },
    { id: 't', type: 'textarea', name: 'trip', props: { label: '行程说明' } },
  ];
  def.computed = [{ name: 'shiFouFaRe', expr: 'fever == "是"', label: '发热' }];

  it('lists fields and computed values by label, with their options', () => {
    const qs = questionsFor(def, 'zh-CN');
    expect(qs.map((q) => q.label)).toEqual(['姓名', '是否去过中高风险地区', '是否发热', '行程说明', '发热']);
    expect(qs[1]?.options?.map((o) => o.label)).toEqual(['是', '否']);
    expect(qs[4]).toMatchObject({ computed: true, type: { t: 'boolean' } });
  });

  it('starts a new condition on the nearest choice question above the node', () => {
    const qs = questionsFor(def, 'zh-CN');
    expect(preferredQuestion(def, qs, 't')?.name).toBe('fever');
    expect(preferredQuestion(def, qs, 'f')?.name).toBe('visitedRisk');
    expect(preferredQuestion(def, qs)?.name).toBe('visitedRisk');
  });
});
