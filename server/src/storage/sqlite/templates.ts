import type { Database } from 'better-sqlite3';
import { type TemplateRow, toTemplate, toTemplateSummary } from '../rows/template-row.ts';
import type { TemplateStore } from '../types.ts';
import { readStored, type StoredRow } from './stored-row.ts';

/** Orgs at or above the given one: its path starts with theirs (materialised paths). */
const AT_OR_ABOVE = `IN (SELECT a.id FROM orgs a, orgs me WHERE me.id = ? AND me.path LIKE a.path || '%')`;

const SELECT = `SELECT t.*, o.name AS org_name FROM templates t JOIN orgs o ON o.id = t.org_id`;

const readTemplate = readStored<TemplateRow>({ json: ['definition'] });
const templateOf = (stored: StoredRow) => toTemplate(readTemplate(stored));

export function createTemplateStore(db: Database): TemplateStore {
  const insert = db.prepare(
    `INSERT INTO templates (org_id, source_app_id, title, description, definition, published_by, published_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const byId = db.prepare<[number], StoredRow>(`${SELECT} WHERE t.id = ?`);
  const visible = db.prepare<[number], Omit<TemplateRow, 'definition'>>(
    `${SELECT} WHERE t.org_id ${AT_OR_ABOVE} ORDER BY t.published_at DESC, t.id DESC`,
  );
  const visibleOne = db.prepare<[number, number], StoredRow>(`${SELECT} WHERE t.id = ? AND t.org_id ${AT_OR_ABOVE}`);
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
      return templateOf(byId.get(Number(lastInsertRowid)) as StoredRow);
    },
    visibleTo: async (orgId) => visible.all(orgId).map(toTemplateSummary),
    async get(id, orgId) {
      const row = visibleOne.get(id, orgId);
      return row && templateOf(row);
    },
    recordUse: async (id) => void use.run(id),
  };
}
