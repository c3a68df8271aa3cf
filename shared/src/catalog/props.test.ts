import { describe, expect, it } from 'vitest';
import { isOptionValue, optionValues } from './props.ts';

describe('isOptionValue', () => {
  const props = {
    options: [{ value: '是', label: '是' }, { value: 1, label: 'one' }, null, 'x', { label: 'no value' }],
  };

  it('answers as optionValues(props).includes(value) does', () => {
    for (const value of ['是', '否', '1', 'x', '', 'no value']) {
      expect(isOptionValue(props, value)).toBe(optionValues(props).includes(value));
    }
    expect(isOptionValue(props, '是')).toBe(true);
    expect(isOptionValue(props, '1')).toBe(false);
  });

  it('finds nothing without an options list', () => {
    expect(isOptionValue({}, '是')).toBe(false);
    expect(isOptionValue({ options: '是' }, '是')).toBe(false);
  });
});
