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

// The text before it was written in one pass: stored body hashes were made from it.
function sortedCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedCopy);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortedCopy(v)]));
}

describe('canonicalJson keeps the text stored hashes were made from', () => {
  it('equals JSON.stringify of a sorted copy on every shape a body has', () => {
    const samples: unknown[] = [
      [1, { name: '张三', idNumber: '11010519491231002X', temp: 36.5, ok: true, none: null }, null],
      { b: [{ z: 1, a: [2, { y: 'x', b: null }] }], a: '"quoted"\n\u2028', c: undefined, é: 1, E: 2, _: -0.5 },
      [undefined, [], {}, [[]], { a: {} }],
      { nested: { deeper: { deepest: ['a', 'b', { k: 1e21 }] } }, emoji: '🌱', empty: '' },
      // UTF-16 code units, not code points: a surrogate pair sorts before U+FFFF.
      { '\uffff': 1, '🌱': 2 },
      'text',
      42,
      null,
    ];
    for (const sample of samples) expect(canonicalJson(sample)).toBe(JSON.stringify(sortedCopy(sample)));
  });
});
