import type { AppNode } from '@sprout/shared/definition';
import { type BlockRow, toBlock } from '../rows/block-row.ts';
import type { BlockStore } from '../types.ts';
import type postgres from 'postgres';
import type { Sql } from './db.ts';
import { jsonb } from './scope.ts';
import { atOrAbove } from './org-tree.ts';

/** Blocks (区块): versioned groups of nodes in an org's library, shared down its subtree. */
export function createBlockStore(sql: Sql): BlockStore {
  const select = (where: postgres.Fragment) => sql<BlockRow[]>`
    SELECT b.*, o.name AS org_name, v.nodes FROM blocks b JOIN orgs o ON o.id = b.org_id
    JOIN block_versions v ON v.block_id = b.id AND v.version = b.latest_version WHERE ${where}`;
  return {
    async create(b) {
      const id = await sql.begin(async (tx) => {
        const [row] = await tx<{ id: number }[]>`
          INSERT INTO blocks (org_id, name, latest_version, created_at) VALUES (${b.orgId}, ${b.name}, 1, ${b.now})
          RETURNING id`;
        const blockId = (row as { id: number }).id;
        await tx`
          INSERT INTO block_versions (block_id, version, nodes, created_at, created_by)
          VALUES (${blockId}, 1, ${jsonb(b.nodes)}::text::jsonb, ${b.now}, ${b.createdBy})`;
        return blockId;
      });
      const [row] = await select(sql`b.id = ${id}`);
      return toBlock(row as BlockRow);
    },
    // Bumping the counter first locks the block's row, so two editors saving at once get 2 and 3.
    addVersion: async (id, nodes, by, now) =>
      sql.begin(async (tx) => {
        const [row] = await tx<{ latest_version: number }[]>`
          UPDATE blocks SET latest_version = latest_version + 1 WHERE id = ${id} RETURNING latest_version`;
        if (!row) throw new Error(`block ${id} does not exist`);
        await tx`
          INSERT INTO block_versions (block_id, version, nodes, created_at, created_by)
          VALUES (${id}, ${row.latest_version}, ${jsonb(nodes)}::text::jsonb, ${now}, ${by})`;
        return row.latest_version;
      }),
    visibleTo: async (orgId) =>
      (await select(sql`b.org_id ${atOrAbove(sql, orgId)} ORDER BY b.name COLLATE "C", b.id`)).map(toBlock),
    async get(id, orgId) {
      const [row] = await select(sql`b.id = ${id} AND b.org_id ${atOrAbove(sql, orgId)}`);
      return row && toBlock(row);
    },
    async version(id, version, orgId) {
      const [row] = await sql<{ nodes: AppNode[] }[]>`
        SELECT v.nodes FROM block_versions v JOIN blocks b ON b.id = v.block_id
        WHERE v.block_id = ${id} AND v.version = ${version} AND b.org_id ${atOrAbove(sql, orgId)}`;
      return row?.nodes;
    },
    recordUse: async (id) => {
      await sql`UPDATE blocks SET use_count = use_count + 1 WHERE id = ${id}`;
    },
  };
}
