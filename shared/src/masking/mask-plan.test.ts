import { describe, expect, it } from 'vitest';
import { coreCatalog } from '../catalog/catalog.ts';
import type { AppDefinition } from '../definition/types.ts';
import { maskAnswer, maskAnswers, maskPlan, masksAnything, mergeMaskPlans } from './mask-plan.ts';
import { effectiveMaskRule, maskRuleFor } from './mask-rule-for.ts';
import { WITHHELD } from './mask-value.ts';

const def = {
  schemaVersion: 2,
  meta: { title: 't' },
  settings: {
    submitters: 'anyone',
    anonymous: false,
    oncePer: 'none',
    review: { required: false },
    resultCode: { issue: false },
    retentionDays: 30,
  },
  pages: [
    {
      id: 'p1',
      nodes: [
        { id: 'n1', type: 'text', name: 'name', level: 'L3' },
        { id: 'n2', type: 'idNumber', name: 'idNumber' },
        { id: 'n3', type: 'text', name: 'village' },
        {
          id: 'n4',
          type: 'section',
          children: [{ id: 'n5', type: 'phone', name: 'phone' }],
        },
        {
          id: 'n6',
          type: 'repeat',
          name: 'members',
          children: [
            { id: 'n7', type: 'text', name: 'memberName', level: 'L3' },
            { id: 'n8', type: 'number', name: 'age' },
          ],
        },
        { id: 'n9', type: 'signature', name: 'sign' },
      ],
    },
  ],
} as unknown as AppDefinition;

describe('maskPlan and maskAnswers', () => {
  const plan = maskPlan(def, coreCatalog);

  it('masks L3/L4 answers by their manifest rules, in sections and repeat rows, and names them', () => {
    const out = maskAnswers(
      {
        name: '张三丰',
        idNumber: '11010519491231002X',
        village: '径山村',
        phone: '13800138000',
        members: [{ memberName: '李四', age: 70 }],
        sign: 'data:image/png;base64,AAAA',
      },
      plan,
    );
    expect(out.values).toEqual({
      name: '张*丰',
      idNumber: '110***********002X',
      village: '径山村',
      phone: '138****8000',
      members: [{ memberName: '李*', age: 70 }],
      sign: WITHHELD,
    });
    expect(out.masked.sort()).toEqual(['idNumber', 'members', 'name', 'phone', 'sign']);
  });

  it('leaves an app without personal fields untouched', () => {
    const plain = { ...def, pages: [{ id: 'p', nodes: [{ id: 'a', type: 'text', name: 'x' }] }] } as AppDefinition;
    const p = maskPlan(plain, coreCatalog);
    expect(masksAnything(p)).toBe(false);
    expect(maskAnswers({ x: '1' }, p)).toEqual({ values: { x: '1' }, masked: [] });
  });
});

describe('mergeMaskPlans', () => {
  it('keeps a field masked when any version masked it, so lowering a level never unmasks old rows', () => {
    const lowered = { ...def, pages: [{ id: 'p', nodes: [{ id: 'a', type: 'text', name: 'name', level: 'L2' }] }] };
    const merged = mergeMaskPlans([maskPlan(lowered as AppDefinition, coreCatalog), maskPlan(def, coreCatalog)]);
    expect(maskAnswer('name', '张三丰', merged)).toBe('张*丰');
    expect(maskAnswer('members', [{ memberName: '李四' }], merged)).toEqual([{ memberName: '李*' }]);
  });
});

describe('maskRuleFor and effectiveMaskRule', () => {
  it('takes the manifest rule, else a default by value kind', () => {
    expect(maskRuleFor(coreCatalog.get('idNumber'))).toEqual({ kind: 'idNumber' });
    expect(maskRuleFor(coreCatalog.get('number'))).toEqual({ kind: 'withhold' });
    expect(maskRuleFor(undefined)).toEqual({ kind: 'withhold' });
  });

  it('shows L1/L2 as is and never shows an L4 value whole', () => {
    expect(effectiveMaskRule('L2', { kind: 'idNumber' })).toEqual({ kind: 'none' });
    expect(effectiveMaskRule('L3', { kind: 'phone' })).toEqual({ kind: 'phone' });
    expect(effectiveMaskRule('L4', { kind: 'none' })).toEqual({ kind: 'withhold' });
  });
});

describe('anonymizeAnswers', () => {
  it('keeps only L1/L2 answers, inside repeat rows too, across versions', async () => {
    const { anonymizeAnswers, personalFields } = await import('./anonymize-answers.ts');
    const fields = personalFields([def], coreCatalog);
    const kept = anonymizeAnswers(
      {
        name: '张三丰',
        idNumber: '11010519491231002X',
        village: '径山村',
        phone: '13800138000',
        members: [{ memberName: '李四', age: 70 }],
        sign: 'data:image/png;base64,AAAA',
      },
      fields,
    );
    expect(kept).toEqual({ village: '径山村', members: [{ age: 70 }] });
  });
});
