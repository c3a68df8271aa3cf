import { describe, expect, it } from 'vitest';
import { choiceOptions } from './choice-options.ts';

const props = {
  options: [{ value: 'y', label: { 'zh-CN': '是', en: 'Yes' } }, { value: 'n' }, null, { value: 3, label: 'bad' }],
};

describe('choiceOptions', () => {
  it('gives value/label pairs in the locale, the value standing in for a missing label, and skips malformed ones', () => {
    expect(choiceOptions(props, 'zh-CN')).toEqual([
      { value: 'y', label: '是' },
      { value: 'n', label: 'n' },
    ]);
    expect(choiceOptions(props, 'en')[0]).toEqual({ value: 'y', label: 'Yes' });
  });

  it('works the options out once per props object and language', () => {
    const first = choiceOptions(props, 'zh-CN');
    expect(choiceOptions(props, 'zh-CN')).toBe(first);
    expect(choiceOptions({ ...props }, 'zh-CN')).not.toBe(first);
    expect(choiceOptions(props, 'en')).not.toBe(first);
  });
});
