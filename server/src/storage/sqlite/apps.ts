import type { Database } from 'better-sqlite3';
import type { AppDefinition } from '@sprout/shared/definition';
import {
  type AppSummaryRow,
  type PublishedRow,
  titleOf,
  toPublished,
  toSummary,
  toVersion,
  type VersionRow,
} from '../rows/app-row.ts';
import type { AppStore, AppVersion, PublishedApp } from '../types.ts';
import { IN_SUBTREE } from './scope.ts';

const SUMMARY = `SELECT a.id, a.org_id, o.name AS org_name, a.slug, a.title, a.status, a.published_version,
    a.updated_at, a.draft, a.revision,
    (SELECT count(*) FROM submissions s WHERE s.app_id = a.id) AS submission_count,
    (SELECT count(*) FROM submissions s WHERE s.app_id = a.id AND s.submitted_at >= ?) AS today_count
  FROM apps a JOIN orgs o ON o.id = a.org_id
  WHERE a.deleted_at IS NULL AND a.org_id ${IN_SUBTREE}`;

/** SQLite keeps the definition as text; it is parsed through the store's cache. */
type StoredVersionRow = Omit<VersionRow, 'definition'> & { definition: string };

export function createAppStore(db: Database): AppStore {
  const insert = db.prepare(
    `INSERT INTO apps (org_id, slug, title, draft, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const get = db.prepare<[string, number, number], AppSummaryRow & { draft: string }>(`${SUMMARY} AND a.id = ?`);
  const list = db.prepare<[string, number], AppSummaryRow>(`${SUMMARY} ORDER BY a.updated_at DESC, a.id DESC`);
  const save = db.prepare(
    `UPDATE apps SET draft = ?, title = ?, revision = revision + 1, updated_at = ?
     WHERE id = ? AND revision = ? AND deleted_at IS NULL`,
  );
  const revisionOf = db.prepare<[number], { revision: number }>('SELECT revision FROM apps WHERE id = ?');
  const nextVersion = db.prepare<[number], { v: number }>(
    'SELECT coalesce(max(version), 0) + 1 AS v FROM app_versions WHERE app_id = ?',
  );
  const insertVersion = db.prepare(
    'INSERT INTO app_versions (app_id, version, definition, published_at, published_by) VALUES (?, ?, ?, ?, ?)',
  );
  const markPublished = db.prepare(
    `UPDATE apps SET published_version = ?, status = CASE status WHEN 'draft' THEN 'published' ELSE status END,
       updated_at = ? WHERE id = ?`,
  );
  const versionCols = `SELECT v.app_id, v.version, v.definition, v.published_at, v.published_by,
      u.display_name AS published_by_name FROM app_versions v LEFT JOIN users u ON u.id = v.published_by`;
  const versions = db.prepare<[number], StoredVersionRow>(`${versionCols} WHERE v.app_id = ? ORDER BY v.version DESC`);
  const version = db.prepare<[number, number], StoredVersionRow>(`${versionCols} WHERE v.app_id = ? AND v.version = ?`);
  const setStatus = db.prepare('UPDATE apps SET status = ?, updated_at = ? WHERE id = ?');
  const softDelete = db.prepare('UPDATE apps SET deleted_at = ?, updated_at = ? WHERE id = ?');
  const published = db.prepare<[string], PublishedRow>(
    `SELECT a.id, a.org_id, a.slug, a.title, a.status, a.published_version AS version FROM apps a
     WHERE a.slug = ? AND a.deleted_at IS NULL`,
  );
  // The definition text is large and never changes per version: read it only on a cache miss.
  const definitionText = db.prepare<[number, number], { definition: string }>(
    'SELECT definition FROM app_versions WHERE app_id = ? AND version = ?',
  );
  // Published versions never change, so each is parsed once: the submit path is hot.
  const parsed = new Map<string, AppDefinition>();
  const definitionOf = (appId: number, v: number, json: string): AppDefinition => {
    const key = `${appId}:${v}`;
    let def = parsed.get(key);
    if (!def) {
      if (parsed.size > 500) parsed.clear();
      def = JSON.parse(json) as AppDefinition;
      parsed.set(key, def);
    }
    return def;
  };
  // The definition column is read through the cache, so a version's text is parsed once.
  const versionOf = (r: StoredVersionRow): AppVersion =>
    toVersion({ ...r, definition: definitionOf(r.app_id, r.version, r.definition) });
  const pin = db.prepare('INSERT OR IGNORE INTO app_version_packs (app_id, version, pack_id) VALUES (?, ?, ?)');
  const publish = db.transaction(
    (id: number, def: AppDefinition, userId: number | null, now: string, packIds: readonly number[]) => {
      const v = nextVersion.get(id)?.v ?? 1;
      insertVersion.run(id, v, JSON.stringify(def), now, userId);
      for (const packId of packIds) pin.run(id, v, packId);
      markPublished.run(v, now, id);
      return v;
    },
  );
  return {
    create: async (a) => {
      const id = Number(
        insert.run(a.orgId, a.slug, a.title, JSON.stringify(a.draft), a.createdBy, a.now, a.now).lastInsertRowid,
      );
      const row = get.get(a.now, a.orgId, id) as AppSummaryRow;
      return { ...toSummary(row), draft: a.draft, revision: row.revision };
    },
    get: async (id, scope, todayStart) => {
      const row = get.get(todayStart, scope.orgId, id);
      return row
        ? { ...toSummary(row), draft: JSON.parse(row.draft) as AppDefinition, revision: row.revision }
        : undefined;
    },
    list: async (scope, todayStart) => list.all(todayStart, scope.orgId).map(toSummary),
    saveDraft: async (id, draft, revision, now) => {
      const changed = save.run(JSON.stringify(draft), titleOf(draft), now, id, revision).changes;
      return changed === 1 ? (revisionOf.get(id)?.revision ?? revision + 1) : 'conflict';
    },
    publish: async (id, def, userId, now, packIds = []) => publish(id, def, userId, now, packIds),
    versions: async (id) => versions.all(id).map(versionOf),
    version: async (id, v) => {
      const r = version.get(id, v);
      return r ? versionOf(r) : undefined;
    },
    setStatus: async (id, status, now) => void setStatus.run(status, now, id),
    softDelete: async (id, now) => void softDelete.run(now, now, id),
    published: async (slug): Promise<PublishedApp | undefined> => {
      const r = published.get(slug);
      if (!r || r.version === null) return undefined;
      const version = r.version;
      const definition =
        parsed.get(`${r.id}:${version}`) ??
        definitionOf(r.id, version, definitionText.get(r.id, version)?.definition ?? 'null');
      return toPublished({ ...r, version }, definition);
    },
  };
}
