import type { Database } from 'better-sqlite3';
import type { PackApproval, PackStore, PackUse } from '../pack-types.ts';
import { type ApprovalRow, type PackRow, type PackUseRow, toApproval, toPack, toPackUse } from '../rows/pack-row.ts';
import { readStored, type StoredRow } from './stored-row.ts';

const readPack = readStored<PackRow>({ json: ['manifest_json'], bool: ['trusted'] });
const packOf = (stored: StoredRow) => toPack(readPack(stored));

// An approval at an org covers its subtree: the approving org's path is a prefix of the target's.
const APPROVED_FOR = `
  SELECT DISTINCT p.* FROM packs p
  JOIN pack_approvals a ON a.pack_id = p.id AND a.withdrawn_at IS NULL
  JOIN orgs ao ON ao.id = a.org_id
  JOIN orgs t ON t.id = ? AND t.path LIKE ao.path || '%'
  WHERE p.blocked_at IS NULL ORDER BY p.name, p.id`;

/** Packs live in the database file like uploads: one thing to back up, files as durable as pins. */
export function createPackStore(db: Database): PackStore {
  const insertPack = db.prepare(
    `INSERT INTO packs (name, version, sha256, manifest_json, uploaded_by, uploader_org_id, uploaded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  const insertFile = db.prepare(
    'INSERT OR IGNORE INTO pack_files (sha256, path, content_type, data) VALUES (?, ?, ?, ?)',
  );
  const get = db.prepare<[number], StoredRow>('SELECT * FROM packs WHERE id = ?');
  const list = db.prepare<[], StoredRow>('SELECT * FROM packs ORDER BY name, id');
  const file = db.prepare<[string, string], { content_type: string; data: Buffer }>(
    'SELECT content_type, data FROM pack_files WHERE sha256 = ? AND path = ?',
  );
  const approvals = db.prepare<[number], ApprovalRow>(
    `SELECT a.pack_id, a.org_id, o.name, a.approved_at, a.approved_by, a.withdrawn_at
     FROM pack_approvals a JOIN orgs o ON o.id = a.org_id WHERE a.pack_id = ? ORDER BY o.path`,
  );
  const approve = db.prepare(
    `INSERT INTO pack_approvals (pack_id, org_id, approved_at, approved_by) VALUES (?, ?, ?, ?)
     ON CONFLICT (pack_id, org_id) DO UPDATE SET approved_at = excluded.approved_at,
       approved_by = excluded.approved_by, withdrawn_at = NULL`,
  );
  const withdraw = db.prepare(
    'UPDATE pack_approvals SET withdrawn_at = ? WHERE pack_id = ? AND org_id = ? AND withdrawn_at IS NULL',
  );
  const setTrusted = db.prepare('UPDATE packs SET trusted = ? WHERE id = ?');
  const block = db.prepare('UPDATE packs SET blocked_at = ?, block_reason = ? WHERE id = ?');
  const flagIncompatible = db.prepare('UPDATE packs SET incompatible_reason = ? WHERE id = ?');
  const approvedFor = db.prepare<[number], StoredRow>(APPROVED_FOR);
  const pin = db.prepare('INSERT OR IGNORE INTO app_version_packs (app_id, version, pack_id) VALUES (?, ?, ?)');
  const pinned = db.prepare<[number, number], StoredRow>(
    `SELECT p.* FROM packs p JOIN app_version_packs v ON v.pack_id = p.id
     WHERE v.app_id = ? AND v.version = ? ORDER BY p.name`,
  );
  const usage = db.prepare<[number], PackUseRow>(
    `SELECT a.id AS app_id, a.org_id, a.slug, a.title, MAX(v.version) AS version
     FROM app_version_packs v JOIN apps a ON a.id = v.app_id
     WHERE v.pack_id = ? AND a.deleted_at IS NULL GROUP BY a.id ORDER BY a.id`,
  );
  const choose = db.prepare(
    `INSERT INTO app_pack_choices (app_id, pack_name, pack_id) SELECT ?, name, id FROM packs WHERE id = ?
     ON CONFLICT (app_id, pack_name) DO UPDATE SET pack_id = excluded.pack_id`,
  );
  const chosen = db.prepare<[number], StoredRow>(
    `SELECT p.* FROM packs p JOIN app_pack_choices c ON c.pack_id = p.id WHERE c.app_id = ? ORDER BY p.name`,
  );
  const install = db.transaction(
    (pack: Parameters<PackStore['insert']>[0], files: Parameters<PackStore['insert']>[1]) => {
      const r = insertPack.run(
        pack.name,
        pack.version,
        pack.sha256,
        JSON.stringify(pack.manifest),
        pack.uploadedBy,
        pack.uploaderOrgId,
        pack.uploadedAt,
      );
      if (r.changes === 0) return undefined;
      for (const f of files) insertFile.run(pack.sha256, f.path, f.contentType, Buffer.from(f.bytes));
      return Number(r.lastInsertRowid);
    },
  );
  const pinAll = db.transaction((appId: number, version: number, ids: readonly number[]) => {
    for (const id of ids) pin.run(appId, version, id);
  });
  return {
    insert: async (pack, files) => {
      const id = install(pack, files);
      const row = id === undefined ? undefined : get.get(id);
      return row ? packOf(row) : 'exists';
    },
    get: async (id) => {
      const row = get.get(id);
      return row ? packOf(row) : undefined;
    },
    list: async () => list.all().map(packOf),
    file: async (sha256, path) => {
      const row = file.get(sha256, path);
      return row ? { contentType: row.content_type, bytes: new Uint8Array(row.data) } : undefined;
    },
    approvals: async (packId): Promise<PackApproval[]> => approvals.all(packId).map(toApproval),
    approve: async (packId, orgId, by, at) => void approve.run(packId, orgId, at, by),
    withdraw: async (packId, orgId, at) => withdraw.run(at, packId, orgId).changes === 1,
    setTrusted: async (packId, trusted) => void setTrusted.run(trusted ? 1 : 0, packId),
    block: async (packId, reason, at) => void block.run(at, reason, packId),
    flagIncompatible: async (packId, reason) => void flagIncompatible.run(reason, packId),
    approvedFor: async (orgId) => approvedFor.all(orgId).map(packOf),
    pin: async (appId, version, ids) => pinAll(appId, version, ids),
    pinned: async (appId, version) => pinned.all(appId, version).map(packOf),
    choose: async (appId, packId) => void choose.run(appId, packId),
    chosen: async (appId) => chosen.all(appId).map(packOf),
    usage: async (packId): Promise<PackUse[]> => usage.all(packId).map(toPackUse),
  };
}
