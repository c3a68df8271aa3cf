import { createBlankDefinition } from '@sprout/shared';
import { describe, expect, it } from 'vitest';
import { relabelComputed } from './computed-key.ts';

describe('a computed value’s name follows its label', () => {
  const def = createBlankDefinition('健康申报');
  def.computed = [{ name: 'value1', expr: 'temperature >= 37.3', label: '' }];

  it('while it is generated, unread and unpublished', () => {
    const first = relabelComputed(def, def.computed![0]!, '是否发热', new Set());
    expect(first).toMatchObject({ name: 'shiFouFaRe', label: '是否发热' });
    const next = { ...def, computed: [first] };
    expect(relabelComputed(next, first, '发热', new Set()).name).toBe('faRe');
    expect(relabelComputed(next, first, '发热', new Set(['shiFouFaRe'])).name).toBe('shiFouFaRe');
    const read = { ...next, outcomes: [{ when: 'shiFouFaRe', result: { code: 'red', label: '红码' } }] };
    expect(relabelComputed(read, first, '发热', new Set()).name).toBe('shiFouFaRe');
  });
});
