import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';

describe('canonicalJson', () => {
  it('ignores key order at every level, and keeps array order', () => {
    const a = { values: { name: '张三', members: [{ age: 3, name: '小明' }] }, version: 1 };
    const b = { version: 1, values: { members: [{ name: '小明', age: 3 }], name: '张三' } };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });

  it('tells different values apart and drops undefined like JSON does', () => {
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: '1' }));
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
  });
});
