import type { Database } from 'better-sqlite3';
import type { AppDefinition } from '@sprout/shared/definition';
import type { Template, TemplateStore, TemplateSummary } from '../types.ts';

interface TemplateRow {
  id: number;
  org_id: number;
  org_name: string;
  source_app_id: number | null;
  title: string;
  description: string;
  definition: string;
  published_at: string;
  use_count: number;
}

/** Orgs at or above the given one: its path starts with theirs (materialised paths). */
const AT_OR_ABOVE = `IN (SELECT a.id FROM orgs a, orgs me WHERE me.id = ? AND me.path LIKE a.path || '%')`;

const SELECT = `SELECT t.*, o.name AS org_name FROM templates t JOIN orgs o ON o.id = t.org_id`;

function toSummary(r: TemplateRow): TemplateSummary {
  return {
    id: r.id,
    orgId: r.org_id,
    orgName: r.org_name,
    title: r.title,
    description: r.description,
    publishedAt: r.published_at,
    useCount: r.use_count,
  };
}

function toTemplate(r: TemplateRow): Template {
  return { ...toSummary(r), sourceAppId: r.source_app_id, definition: JSON.parse(r.definition) as AppDefinition };
}

export function createTemplateStore(db: Database): TemplateStore {
  const insert = db.prepare(
    `INSERT INTO templates (org_id, source_app_id, title, description, definition, published_by, published_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const byId = db.prepare<[number], TemplateRow>(`${SELECT} WHERE t.id = ?`);
  const visible = db.prepare<[number], TemplateRow>(
    `${SELECT} WHERE t.org_id ${AT_OR_ABOVE} ORDER BY t.published_at DESC, t.id DESC`,
  );
  const visibleOne = db.prepare<[number, number], TemplateRow>(`${SELECT} WHERE t.id = ? AND t.org_id ${AT_OR_ABOVE}`);
  const use = db.prepare('UPDATE templates SET use_count = use_count + 1 WHERE id = ?');
  return {
    async publish(t) {
      const { lastInsertRowid } = insert.run(
        t.orgId,
        t.sourceAppId,
        t.title,
        t.description,
        JSON.stringify(t.definition),
        t.publishedBy,
        t.now,
      );
      return toTemplate(byId.get(Number(lastInsertRowid)) as TemplateRow);
    },
    visibleTo: async (orgId) => visible.all(orgId).map(toSummary),
    async get(id, orgId) {
      const row = visibleOne.get(id, orgId);
      return row && toTemplate(row);
    },
    recordUse: async (id) => void use.run(id),
  };
}
