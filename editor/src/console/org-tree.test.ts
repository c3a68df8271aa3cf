import { describe, expect, it } from 'vitest';
import { buildOrgTree, flattenOrgTree, freeDivisions, moveTargets } from './org-tree.ts';

const org = (id: number, parentId: number | null, name: string) => ({
  id,
  parentId,
  name,
  code: String(id),
  level: 'x',
  disabled: false,
});

describe('org tree', () => {
  it('nests a parents-first list and flattens it depth-first with depths', () => {
    const flat = flattenOrgTree(buildOrgTree([org(2, 1, '镇'), org(3, 2, '村A'), org(4, 1, '镇B'), org(5, 2, '村B')]));
    expect(flat.map((n) => `${n.depth}:${n.org.name}`)).toEqual(['0:镇', '1:村A', '1:村B', '0:镇B']);
  });

  it('offers only divisions no org has taken', () => {
    expect(freeDivisions([{ code: '3' }, { code: '9' }], [org(3, 2, '村A')])).toEqual([{ code: '9' }]);
  });

  it('offers as a new parent every org except the one moved and what lies below it', () => {
    const orgs = [org(1, null, '区'), org(2, 1, '镇'), org(3, 2, '村A'), org(4, 1, '镇B')];
    expect(moveTargets(orgs, 2).map((o) => o.id)).toEqual([1, 4]);
  });
});
