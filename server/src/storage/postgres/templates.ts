import { type TemplateRow, toTemplate, toTemplateSummary } from '../rows/template-row.ts';
import type { TemplateStore } from '../types.ts';
import type { Sql } from './db.ts';
import { jsonb } from './scope.ts';
import { atOrAbove } from './org-tree.ts';

/** Apps an org publishes for its subtree to copy (模板中心). */
export function createTemplateStore(sql: Sql): TemplateStore {
  return {
    async publish(t) {
      const [row] = await sql<TemplateRow[]>`
        WITH t AS (
          INSERT INTO templates (org_id, source_app_id, title, description, definition, published_by, published_at)
          VALUES (${t.orgId}, ${t.sourceAppId}, ${t.title}, ${t.description}, ${jsonb(t.definition)}::text::jsonb,
            ${t.publishedBy}, ${t.now})
          RETURNING *)
        SELECT t.*, o.name AS org_name FROM t JOIN orgs o ON o.id = t.org_id`;
      return toTemplate(row as TemplateRow);
    },
    visibleTo: async (orgId) =>
      (
        await sql<TemplateRow[]>`
          SELECT t.id, t.org_id, o.name AS org_name, t.title, t.description, t.published_at, t.use_count
          FROM templates t JOIN orgs o ON o.id = t.org_id
          WHERE t.org_id ${atOrAbove(sql, orgId)} ORDER BY t.published_at DESC, t.id DESC`
      ).map(toTemplateSummary),
    async get(id, orgId) {
      const [row] = await sql<TemplateRow[]>`
        SELECT t.*, o.name AS org_name FROM templates t JOIN orgs o ON o.id = t.org_id
        WHERE t.id = ${id} AND t.org_id ${atOrAbove(sql, orgId)}`;
      return row && toTemplate(row);
    },
    recordUse: async (id) => {
      await sql`UPDATE templates SET use_count = use_count + 1 WHERE id = ${id}`;
    },
  };
}
