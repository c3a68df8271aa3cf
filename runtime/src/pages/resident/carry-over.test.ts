import { coreCatalog } from '@sprout/shared/catalog';
import type { AppDefinition } from '@sprout/shared/definition';
import { describe, expect, it } from 'vitest';
import type { QueuedSubmission } from '../../offline/submission-queue.ts';
import { carryOver } from './VersionNotice.tsx';

const def: AppDefinition = {
  schemaVersion: 2,
  meta: { title: 't' },
  pages: [{ id: 'p', nodes: [{ id: 'a', type: 'text', name: 'name', props: { label: '姓名' } }] }],
  settings: {
    submitters: 'anyone',
    anonymous: false,
    oncePer: 'none',
    review: { required: false },
    resultCode: { issue: false },
    retentionDays: 30,
  },
};

const held = (key: string, currentVersion: number, values: Record<string, unknown>): QueuedSubmission => ({
  key,
  slug: 's',
  version: 1,
  values,
  locale: 'zh-CN',
  queuedAt: 0,
  attempts: 1,
  asked: { name: { type: 'text', label: '姓名' }, note: { type: 'text', label: '备注' } },
  held: { currentVersion },
});

describe('carrying held answers into the form', () => {
  it('takes the newest held submission, fitted to the version on screen, with what changed', () => {
    const carried = carryOver(def, coreCatalog, 2, [
      held('a', 2, { name: '旧' }),
      held('b', 2, { name: '新', note: 'x' }),
    ]);
    expect(carried).toEqual({
      keys: ['a', 'b'],
      values: { name: '新' },
      changes: { added: [], removed: ['备注'], changed: [] },
    });
  });

  it('waits while the page still shows an older version than the server named (it is about to reload)', () => {
    expect(carryOver(def, coreCatalog, 1, [held('a', 2, { name: '张三' })])).toBeUndefined();
    expect(carryOver(def, coreCatalog, 2, [])).toBeUndefined();
  });
});
