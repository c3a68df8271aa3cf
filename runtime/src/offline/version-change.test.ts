import { coreCatalog } from '@sprout/shared/catalog';
import type { AppDefinition } from '@sprout/shared/definition';
import { describe, expect, it } from 'vitest';
import { answersThatFit, describeChanges, fieldSummary } from './version-change.ts';

const def = (nodes: AppDefinition['pages'][number]['nodes']): AppDefinition => ({
  schemaVersion: 2,
  meta: { title: 't' },
  pages: [{ id: 'p', nodes }],
  settings: {
    submitters: 'anyone',
    anonymous: false,
    oncePer: 'none',
    review: { required: false },
    resultCode: { issue: false },
    retentionDays: 30,
  },
});

const opts = (...values: string[]) => values.map((value) => ({ value, label: value }));

const v1 = def([
  { id: 'a', type: 'text', name: 'name', props: { label: '姓名' } },
  { id: 'b', type: 'radio', name: 'travel', props: { label: '出行', options: opts('是', '否', '不确定') } },
  { id: 'c', type: 'number', name: 'temp', props: { label: '体温' } },
  { id: 'd', type: 'text', name: 'note', props: { label: '备注' } },
  {
    id: 'r',
    type: 'repeat',
    name: 'members',
    props: { label: '成员' },
    children: [
      { id: 'r1', type: 'text', name: 'who', props: { label: '姓名' } },
      { id: 'r2', type: 'number', name: 'age', props: { label: '年龄' } },
    ],
  },
]);
const v2 = def([
  { id: 'a', type: 'text', name: 'name', props: { label: '姓名' } },
  { id: 'b', type: 'radio', name: 'travel', props: { label: '出行', options: opts('是', '否') } },
  { id: 'c', type: 'text', name: 'temp', props: { label: '体温' } },
  { id: 's', type: 'section', children: [{ id: 'e', type: 'phone', name: 'phone', props: { label: '手机' } }] },
  {
    id: 'r',
    type: 'repeat',
    name: 'members',
    props: { label: '成员' },
    children: [{ id: 'r1', type: 'text', name: 'who', props: { label: '姓名' } }],
  },
]);

describe('answers given to an older version', () => {
  const given = {
    name: '张三',
    travel: '不确定',
    temp: 36.5,
    note: '无',
    members: [{ who: '李四', age: 7 }],
  };

  it('keep only what the current version still asks, in a form it accepts', () => {
    expect(answersThatFit(v2, coreCatalog, given)).toEqual({ name: '张三', members: [{ who: '李四' }] });
    expect(answersThatFit(v2, coreCatalog, { ...given, travel: '否' })).toMatchObject({ travel: '否' });
  });

  it('say what changed: new fields, fields gone, and answers that did not carry over', () => {
    const kept = answersThatFit(v2, coreCatalog, given);
    const changes = describeChanges(fieldSummary(v1, coreCatalog), fieldSummary(v2, coreCatalog), given, kept);
    expect(changes).toEqual({ added: ['手机'], removed: ['备注'], changed: ['出行', '体温'] });
  });
});
