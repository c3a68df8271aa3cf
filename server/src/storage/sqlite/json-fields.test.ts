import { describe, expect, it } from 'vitest';
import { fromUtf8Bytes, toUtf8Bytes } from '../utf8-bytes.ts';
import { pickJsonFields } from './json-fields.ts';

const KEYS = ['name', 'n', 'list', 'nested', 'flag', 'none', 'missing', 'na"me', 'ключ'];

/** Picks KEYS out of `text` placed between other text, as the export's page holds it. */
function pick(text: string): Array<string | number | null> {
  const page = `RC1\x1f${text}\x1fafter`;
  const out: Array<string | number | null> = ['RC1', ...KEYS.map(() => null)];
  pickJsonFields(page, 4, 4 + text.length, new Map(KEYS.map((k, i) => [k, i])), out, 1);
  return out;
}

/** The same, with the page, the keys and the answers as UTF-8 bytes (the CSV export's form), decoded back. */
function pickBytes(text: string): Array<string | number | null> {
  const bytes = toUtf8Bytes(text);
  const page = `RC1\x1f${bytes}\x1fafter`;
  const out: Array<string | number | null> = ['RC1', ...KEYS.map(() => null)];
  pickJsonFields(page, 4, 4 + bytes.length, new Map(KEYS.map((k, i) => [toUtf8Bytes(k), i])), out, 1, true);
  return out.map((cell, i) => (i > 0 && typeof cell === 'string' ? fromUtf8Bytes(cell) : cell));
}

/** What every picked text must mean: the answer `JSON.parse` gives, or null when absent. */
function expected(text: string): unknown[] {
  const object = JSON.parse(text) as Record<string, unknown>;
  return ['RC1', ...KEYS.map((k) => (Object.hasOwn(object, k) ? object[k] : null))];
}

const parsed = (row: Array<string | number | null>) =>
  row.map((cell, i) => (i > 0 && typeof cell === 'string' ? JSON.parse(cell) : cell));

describe('pickJsonFields', () => {
  it('picks compact answers as their exact JSON text, absent ones untouched', () => {
    const text = JSON.stringify({ name: '王小明', n: 36.5, list: ['无', '发热'], nested: { a: [1, { b: '}' }] } });
    expect(pick(text)).toEqual([
      'RC1',
      '"王小明"',
      '36.5',
      '["无","发热"]',
      '{"a":[1,{"b":"}"}]}',
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  const cases: Record<string, unknown> = {
    empty: {},
    'escaped quotes and backslashes': { name: 'a\\"b\\\\', n: '\\', list: ['"', '\\"', ']'], other: '\\\\"' },
    'control characters and separators': { name: 'a\u001fb\u001e,"c"\n', n: '' },
    'true, false, null, negative and exponent numbers': { flag: true, none: null, n: -1.5e-7, list: [false, null] },
    'unicode keys and values, a key with a quote': { ключ: '值 😀', 'na"me': 'q', name: '\u2028' },
    'unpicked answers of every shape': { x: { y: [{ z: '"}]' }] }, list: [], nested: {}, w: 0, name: 'last' },
  };
  for (const [title, value] of Object.entries(cases)) {
    it(`reads ${title} as JSON.parse does`, () => {
      const text = JSON.stringify(value);
      expect(parsed(pick(text))).toEqual(expected(text));
      expect(pickBytes(text)).toEqual(pick(text));
    });
  }

  it('falls back to JSON.parse on text it does not expect: whitespace, escaped keys, duplicates', () => {
    for (const text of [
      '{ "name" : "a" , "n" : [ 1, 2 ] }',
      '{\n  "name": "a",\n  "flag": true\n}',
      '{"na\\u006de":"escaped","n":1}',
      '{"name":"first","name":"second"}',
      '{"n":1 }',
      '{ "ключ" : "值" }',
    ]) {
      expect(parsed(pick(text))).toEqual(expected(text));
      expect(parsed(pickBytes(text))).toEqual(expected(text));
    }
  });

  it('refuses text that is no JSON object', () => {
    expect(() => pick('["name"]')).toThrow(SyntaxError);
    expect(() => pick('{"name":"unterminated}')).toThrow(SyntaxError);
    expect(() => pick('null')).toThrow(SyntaxError);
  });
});
