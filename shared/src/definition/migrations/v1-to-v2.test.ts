import { describe, expect, it } from 'vitest';
import { migrateV1ToV2 } from './v1-to-v2.ts';

describe('migrateV1ToV2', () => {
  it('moves title and nodes into meta and a first page', () => {
    const before = {
      schemaVersion: 1,
      title: '旧表单',
      description: '试点版',
      nodes: [{ id: 'n1', type: 'text', name: 'name' }],
      settings: { retentionDays: 30 },
    };
    expect(migrateV1ToV2(before)).toEqual({
      schemaVersion: 2,
      meta: { title: '旧表单', description: '试点版' },
      pages: [{ id: 'page1', nodes: [{ id: 'n1', type: 'text', name: 'name' }] }],
      settings: { retentionDays: 30 },
    });
  });

  it('gives an empty page when the old document had no nodes', () => {
    expect(migrateV1ToV2({ schemaVersion: 1, title: 'x' }).pages).toEqual([{ id: 'page1', nodes: [] }]);
  });
});
