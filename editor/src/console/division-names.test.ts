import { describe, expect, it } from 'vitest';
import { parentCode, parentsToFetch } from './division-names.ts';

describe('division names', () => {
  it('finds a code’s parent by its length', () => {
    expect(parentCode('330110109222')).toBe('330110109');
    expect(parentCode('330110109')).toBe('330110');
    expect(parentCode('330110')).toBe('3301');
    expect(parentCode('33')).toBeNull();
    expect(parentCode('3301101')).toBeNull();
  });

  it('asks each parent once, provinces with null, and skips what is not a code', () => {
    expect(parentsToFetch(['330110109222', '330110109211', '33', '330110', 'x'])).toEqual(['330110109', null, '3301']);
  });
});
