import type { AppDefinition } from '@sprout/shared/definition';
import { describe, expect, it } from 'vitest';
import { pinsForPublish } from './pins-for-publish.ts';

const definition = {
  schemaVersion: 2,
  meta: { title: '登记' },
  pages: [{ id: 'p1', nodes: [{ id: 'n1', type: 'acme.plateNumber', name: 'plate', props: {} }] }],
} as unknown as AppDefinition;

describe('pinsForPublish', () => {
  it('refuses a type no approved pack provides with the node’s path, in the caller’s language', () => {
    expect(pinsForPublish(definition, [], [])).toEqual({
      ok: false,
      issues: [{ path: 'pages[0].nodes[0].type', message: '组件 acme.plateNumber 没有已上架的组件包提供' }],
    });
    expect(pinsForPublish(definition, [], [], 'en')).toEqual({
      ok: false,
      issues: [{ path: 'pages[0].nodes[0].type', message: 'No approved pack provides the component acme.plateNumber' }],
    });
  });
});
