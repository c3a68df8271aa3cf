import type { Database } from 'better-sqlite3';
import type { AppNode } from '@sprout/shared/definition';
import { type BlockRow, toBlock } from '../rows/block-row.ts';
import type { BlockStore } from '../types.ts';
import { readStored, type StoredRow } from './stored-row.ts';

/** Orgs at or above the given one (materialised paths): what an org may use from its ancestors. */
const AT_OR_ABOVE = `IN (SELECT a.id FROM orgs a, orgs me WHERE me.id = ? AND me.path LIKE a.path || '%')`;

const SELECT = `SELECT b.*, o.name AS org_name, v.nodes FROM blocks b JOIN orgs o ON o.id = b.org_id
  JOIN block_versions v ON v.block_id = b.id AND v.version = b.latest_version`;

const readBlock = readStored<BlockRow>({ json: ['nodes'] });
const blockOf = (stored: StoredRow) => toBlock(readBlock(stored));

export function createBlockStore(db: Database): BlockStore {
  const insertBlock = db.prepare('INSERT INTO blocks (org_id, name, latest_version, created_at) VALUES (?, ?, 1, ?)');
  const insertVersion = db.prepare(
    'INSERT INTO block_versions (block_id, version, nodes, created_at, created_by) VALUES (?, ?, ?, ?, ?)',
  );
  const bump = db.prepare('UPDATE blocks SET latest_version = ? WHERE id = ?');
  const latest = db.prepare<[number], { latest_version: number }>('SELECT latest_version FROM blocks WHERE id = ?');
  const byId = db.prepare<[number], StoredRow>(`${SELECT} WHERE b.id = ?`);
  const visible = db.prepare<[number], StoredRow>(`${SELECT} WHERE b.org_id ${AT_OR_ABOVE} ORDER BY b.name, b.id`);
  const visibleOne = db.prepare<[number, number], StoredRow>(`${SELECT} WHERE b.id = ? AND b.org_id ${AT_OR_ABOVE}`);
  const versionNodes = db.prepare<[number, number, number], { nodes: string }>(
    `SELECT v.nodes FROM block_versions v JOIN blocks b ON b.id = v.block_id
     WHERE v.block_id = ? AND v.version = ? AND b.org_id ${AT_OR_ABOVE}`,
  );
  const use = db.prepare('UPDATE blocks SET use_count = use_count + 1 WHERE id = ?');
  const create = db.transaction((orgId: number, name: string, nodes: string, by: number | null, now: string) => {
    const id = Number(insertBlock.run(orgId, name, now).lastInsertRowid);
    insertVersion.run(id, 1, nodes, now, by);
    return id;
  });
  const addVersion = db.transaction((id: number, nodes: string, by: number | null, now: string) => {
    const next = (latest.get(id)?.latest_version ?? 0) + 1;
    insertVersion.run(id, next, nodes, now, by);
    bump.run(next, id);
    return next;
  });
  return {
    async create(b) {
      const id = create(b.orgId, b.name, JSON.stringify(b.nodes), b.createdBy, b.now);
      return blockOf(byId.get(id) as StoredRow);
    },
    addVersion: async (id, nodes, by, now) => addVersion(id, JSON.stringify(nodes), by, now),
    visibleTo: async (orgId) => visible.all(orgId).map(blockOf),
    async get(id, orgId) {
      const row = visibleOne.get(id, orgId);
      return row && blockOf(row);
    },
    async version(id, version, orgId) {
      const row = versionNodes.get(id, version, orgId);
      return row && (JSON.parse(row.nodes) as AppNode[]);
    },
    recordUse: async (id) => void use.run(id),
  };
}
