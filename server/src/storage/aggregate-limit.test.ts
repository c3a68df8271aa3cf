import type { AggregateQuery } from '@sprout/shared/stats';
import { describe, expect, it } from 'vitest';
import { aggregateLimit, aggregateOrgIds } from './aggregate-limit.ts';

// county 1 › towns 2 and 3 › village 4 under town 2
const PATHS = new Map([
  [1, '/1/'],
  [2, '/1/2/'],
  [3, '/1/3/'],
  [4, '/1/2/4/'],
]);
const query = (over: Partial<AggregateQuery>): AggregateQuery => ({
  appId: 9,
  scopeOrgId: 1,
  filter: {},
  group: { by: 'none' },
  ...over,
});

describe('aggregateLimit', () => {
  it('narrows to the deepest org named, and knows the grouping parent', () => {
    expect(aggregateLimit(query({}), PATHS)).toEqual({ prefix: '/1/', parentPath: null });
    expect(
      aggregateLimit(query({ filter: { orgId: 4 }, group: { by: 'org-children', parentOrgId: 2 } }), PATHS),
    ).toEqual({ prefix: '/1/2/4/', parentPath: '/1/2/' });
    expect(aggregateOrgIds(query({ filter: { orgId: 4 }, group: { by: 'org-children', parentOrgId: 2 } }))).toEqual([
      1, 4, 2,
    ]);
  });

  it('limits to nothing when an org is unknown, outside the scope, or not nested with the others', () => {
    expect(aggregateLimit(query({ scopeOrgId: 99 }), PATHS)).toBeNull();
    expect(aggregateLimit(query({ scopeOrgId: 2, filter: { orgId: 3 } }), PATHS)).toBeNull();
    expect(aggregateLimit(query({ scopeOrgId: 2, group: { by: 'org-children', parentOrgId: 1 } }), PATHS)).toBeNull();
    expect(
      aggregateLimit(query({ filter: { orgId: 3 }, group: { by: 'org-children', parentOrgId: 2 } }), PATHS),
    ).toBeNull();
    expect(aggregateLimit(query({ filter: { orgId: 42 } }), PATHS)).toBeNull();
  });
});
