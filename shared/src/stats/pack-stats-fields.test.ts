import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogWithPacks, type PackComponent, type PackManifest } from '../catalog/pack/index.ts';
import { createBlankDefinition } from '../definition/index.ts';
import { statsFieldValue } from './field-path.ts';
import { statsFields } from './stats-fields.ts';

const example = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../examples/packs/${name}/sprout-pack.json`, import.meta.url), 'utf8'),
  ) as PackManifest;

/** A widget component with the given value shape. */
const shaped = (type: string, value: PackComponent['value']): PackComponent => ({
  type,
  title: { 'zh-CN': type, en: type },
  category: 'basic',
  props: {},
  value,
  defaultLevel: 'L2',
  mask: { kind: 'none' },
  capabilities: ['none'],
  widget: `widgets/${type}.js`,
});

const vendorPack: PackManifest = {
  ...example('plate-number'),
  name: '@acme/shapes',
  components: [
    shaped('acme.score', { type: 'integer', minimum: 0 }),
    shaped('acme.ok', { type: 'boolean' }),
    shaped('acme.size', { type: 'string', enum: ['S', 'M', 'L'] }),
    shaped('acme.tags', { type: 'array', items: { type: 'string', enum: ['a', 'b'] } }),
    shaped('acme.free', { type: 'array', items: { type: 'string' } }),
    shaped('acme.point', {
      type: 'object',
      properties: { x: { type: 'number' }, note: { type: 'string' }, 'not-a-key': { type: 'number' } },
    }),
  ],
};

const catalog = catalogWithPacks([
  { manifest: example('bank-account') },
  { manifest: example('plate-number') },
  { manifest: vendorPack },
]);

function fieldsOf(nodes: Array<{ type: string; name: string; level?: 'L1' | 'L2' | 'L3' | 'L4' }>) {
  const def = createBlankDefinition('t');
  def.pages[0]!.nodes = nodes.map((n, i) => ({ id: `n${i}`, props: { label: n.name }, ...n }));
  return statsFields(def, catalog);
}

describe('statsFields with pack components', () => {
  it('counts the 银行账户 composite’s bank select under payee.bank at the pack’s level, never the account number', () => {
    const [bank, ...rest] = fieldsOf([{ type: 'examples.bankAccount', name: 'payee' }]);
    expect(rest).toEqual([]);
    expect(bank).toMatchObject({
      name: 'payee.bank',
      kind: 'choice',
      level: 'L3',
      label: { 'zh-CN': 'payee · 开户银行', en: 'payee · Bank' },
    });
    expect(bank?.options?.map((o) => o.value)).toEqual([
      '中国工商银行',
      '中国农业银行',
      '中国银行',
      '中国建设银行',
      '交通银行',
      '中国邮政储蓄银行',
      '农村商业银行',
    ]);
  });

  it('leaves a plate number out, like any free text', () => {
    expect(fieldsOf([{ type: 'examples.plateNumber', name: 'plate' }])).toEqual([]);
  });

  it('reads other shapes as the core component they resemble', () => {
    const fields = fieldsOf([
      { type: 'acme.score', name: 'score' },
      { type: 'acme.ok', name: 'ok', level: 'L1' },
      { type: 'acme.size', name: 'size' },
      { type: 'acme.tags', name: 'tags' },
      { type: 'acme.free', name: 'free' },
      { type: 'acme.point', name: 'point' },
    ]);
    expect(fields.map((f) => [f.name, f.kind, f.level, f.options?.map((o) => o.value)])).toEqual([
      ['score', 'number', 'L2', undefined],
      ['ok', 'choice', 'L1', undefined],
      ['size', 'choice', 'L2', ['S', 'M', 'L']],
      ['tags', 'choices', 'L2', ['a', 'b']],
      ['point.x', 'number', 'L2', undefined],
    ]);
  });
});

describe('statsFieldValue', () => {
  it('reaches a part of an object value and nothing that is not there', () => {
    const values = { payee: { bank: '中国银行' }, crop: '稻', list: ['a'] };
    expect(statsFieldValue(values, 'payee.bank')).toBe('中国银行');
    expect(statsFieldValue(values, 'crop')).toBe('稻');
    expect(statsFieldValue(values, 'crop.length')).toBeUndefined();
    expect(statsFieldValue(values, 'list.length')).toBeUndefined();
    expect(statsFieldValue(values, 'payee.toString')).toBeUndefined();
    expect(() => statsFieldValue(values, 'a.b.c')).toThrow();
  });
});
