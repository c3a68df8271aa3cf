import type { AppNode } from '@sprout/shared/definition';
import type { Block } from '../types.ts';

/** A blocks row with its org's name and its latest version's nodes, on every engine. */
export interface BlockRow {
  id: number;
  org_id: number;
  org_name: string;
  name: string;
  latest_version: number;
  use_count: number;
  created_at: string;
  nodes: AppNode[];
}

export const toBlock = (r: BlockRow): Block => ({
  id: r.id,
  orgId: r.org_id,
  orgName: r.org_name,
  name: r.name,
  version: r.latest_version,
  nodes: r.nodes,
  useCount: r.use_count,
  createdAt: r.created_at,
});
