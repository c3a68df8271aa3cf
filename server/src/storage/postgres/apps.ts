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
import type { AppStore, PublishedApp } from '../types.ts';
import type { Sql } from './db.ts';
import { inSubtree, jsonb } from './scope.ts';

export function createAppStore(sql: Sql): AppStore {
  const summaries = (orgId: number, todayStart: string, extra = sql``) => sql<
    Array<AppSummaryRow & { draft: AppDefinition }>
  >`
    SELECT a.id, a.org_id, o.name AS org_name, a.slug, a.title, a.status, a.published_version,
      a.updated_at, a.draft, a.revision,
      (SELECT count(*)::int FROM submissions s WHERE s.app_id = a.id) AS submission_count,
      (SELECT count(*)::int FROM submissions s WHERE s.app_id = a.id AND s.submitted_at >= ${todayStart}) AS today_count
    FROM apps a JOIN orgs o ON o.id = a.org_id
    WHERE a.deleted_at IS NULL AND a.org_id ${inSubtree(sql, orgId)} ${extra}`;
  const versionColumns = sql`v.app_id, v.version, v.definition, v.published_at, v.published_by,
    u.display_name AS published_by_name`;
  // Published versions never change, so each is read and parsed once per node: the submit path is hot.
  const definitions = new Map<string, AppDefinition>();
  const remember = (appId: number, version: number, definition: AppDefinition) => {
    if (definitions.size > 500) definitions.clear();
    definitions.set(`${appId}:${version}`, definition);
    return definition;
  };
  return {
    create: async (a) => {
      const [row] = await sql<{ id: number; revision: number }[]>`
        INSERT INTO apps (org_id, slug, title, draft, created_by, created_at, updated_at)
        VALUES (${a.orgId}, ${a.slug}, ${a.title}, ${jsonb(a.draft)}::text::jsonb, ${a.createdBy}, ${a.now}, ${a.now})
        RETURNING id, revision`;
      const id = (row as { id: number }).id;
      const [full] = await summaries(a.orgId, a.now, sql`AND a.id = ${id}`);
      return { ...toSummary(full as AppSummaryRow), draft: a.draft, revision: (full as AppSummaryRow).revision };
    },
    get: async (id, scope, todayStart) => {
      const [row] = await summaries(scope.orgId, todayStart, sql`AND a.id = ${id}`);
      return row ? { ...toSummary(row), draft: row.draft, revision: row.revision } : undefined;
    },
    list: async (scope, todayStart) =>
      (await summaries(scope.orgId, todayStart, sql`ORDER BY a.updated_at DESC, a.id DESC`)).map(toSummary),
    saveDraft: async (id, draft, revision, now) => {
      const [row] = await sql<{ revision: number }[]>`
        UPDATE apps SET draft = ${jsonb(draft)}::text::jsonb, title = ${titleOf(draft)}, revision = revision + 1,
          updated_at = ${now}
        WHERE id = ${id} AND revision = ${revision} AND deleted_at IS NULL
        RETURNING revision`;
      return row ? row.revision : 'conflict';
    },
    publish: async (id, definition, userId, now, packIds = []) =>
      sql.begin(async (tx) => {
        // The app row's lock orders two publishes of one app, so each gets its own number.
        await tx`SELECT 1 FROM apps WHERE id = ${id} FOR UPDATE`;
        const [next] = await tx<{ v: number }[]>`
          SELECT coalesce(max(version), 0) + 1 AS v FROM app_versions WHERE app_id = ${id}`;
        const v = next?.v ?? 1;
        await tx`INSERT INTO app_versions (app_id, version, definition, published_at, published_by)
          VALUES (${id}, ${v}, ${jsonb(definition)}::text::jsonb, ${now}, ${userId})`;
        if (packIds.length > 0) {
          const pins = packIds.map((packId) => ({ app_id: id, version: v, pack_id: packId }));
          await tx`INSERT INTO app_version_packs ${tx(pins, 'app_id', 'version', 'pack_id')} ON CONFLICT DO NOTHING`;
        }
        await tx`UPDATE apps SET published_version = ${v},
            status = CASE status WHEN 'draft' THEN 'published' ELSE status END, updated_at = ${now}
          WHERE id = ${id}`;
        return v;
      }),
    versions: async (id) =>
      (
        await sql<VersionRow[]>`SELECT ${versionColumns} FROM app_versions v LEFT JOIN users u ON u.id = v.published_by
          WHERE v.app_id = ${id} ORDER BY v.version DESC`
      ).map(toVersion),
    version: async (id, version) => {
      const [row] = await sql<VersionRow[]>`SELECT ${versionColumns} FROM app_versions v
        LEFT JOIN users u ON u.id = v.published_by WHERE v.app_id = ${id} AND v.version = ${version}`;
      return row ? toVersion(row) : undefined;
    },
    setStatus: async (id, status, now) => {
      await sql`UPDATE apps SET status = ${status}, updated_at = ${now} WHERE id = ${id}`;
    },
    softDelete: async (id, now) => {
      await sql`UPDATE apps SET deleted_at = ${now}, updated_at = ${now} WHERE id = ${id}`;
    },
    published: async (slug): Promise<PublishedApp | undefined> => {
      const [r] = await sql<
        PublishedRow[]
      >`SELECT id, org_id, slug, title, status, published_version AS version FROM apps
        WHERE slug = ${slug} AND deleted_at IS NULL`;
      if (!r || r.version === null) return undefined;
      const version = r.version;
      let definition = definitions.get(`${r.id}:${version}`);
      if (!definition) {
        const [v] = await sql<{ definition: AppDefinition }[]>`
          SELECT definition FROM app_versions WHERE app_id = ${r.id} AND version = ${version}`;
        definition = remember(r.id, version, v?.definition as AppDefinition);
      }
      return toPublished({ ...r, version }, definition);
    },
  };
}
