import { coreCatalog, isFileRef } from '@sprout/shared/catalog';
import type { AppDefinition } from '@sprout/shared/definition';
import { walkNodes } from '@sprout/shared/definition';
import { type Locale, type LocalizedText, localize } from '@sprout/shared/i18n';
import { type MaskPlan, maskAnswer } from '@sprout/shared/masking';
import type { ExportPick, ExportRow } from '../storage/types.ts';

/** One cell's text: lists joined, files by name, records (addresses, repeat rows) as JSON. */
export function cellText(value: unknown): string | number {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) {
    if (value.every(isFileRef)) return value.map((f) => f.name).join('; ');
    if (value.every((v) => typeof v !== 'object')) return value.join('; ');
  }
  return JSON.stringify(value);
}

/**
 * A cell from the JSON text the database picked out. Plain strings and numbers, the
 * bulk of any export, skip JSON.parse entirely.
 */
export function jsonCell(json: string | number | null): string | number {
  if (json === null) return '';
  if (typeof json === 'number') return json;
  const first = json.charCodeAt(0);
  if (first === 34 /* " */) return json.includes('\\') ? (JSON.parse(json) as string) : json.slice(1, -1);
  if ((first >= 48 && first <= 57) || first === 45 /* - */) return Number(json);
  return cellText(JSON.parse(json));
}

export interface ExportLayout {
  headers: string[];
  pick: ExportPick;
  /** Turns a row from `storage.exports.rows` into the cells under `headers`. */
  cells(row: ExportRow): Array<string | number>;
}

/** A cell of a masked answer: parsed, masked by the same shared rules as every API answer, then as text. */
function maskedCell(json: string | number | null, name: string, plan: MaskPlan): string | number {
  if (json === null || !(plan.rules.has(name) || plan.rows.has(name))) return jsonCell(json);
  const value = typeof json === 'number' ? json : (JSON.parse(json) as unknown);
  return cellText(maskAnswer(name, value, plan));
}

/**
 * The export's columns: receipt and metadata first, then every top-level input of
 * the definition in document order (a repeat group as one JSON column), then computed
 * values and the outcome. With a mask plan (callers without `sensitive:read`), L3/L4
 * answers are masked.
 */
export function exportLayout(def: AppDefinition, locale: Locale, plan: MaskPlan | null = null): ExportLayout {
  const en = locale === 'en';
  const headers = en ? ['Receipt', 'Submitted at', 'Status', 'Version'] : ['回执码', '提交时间', '状态', '版本'];
  const values: string[] = [];
  walkNodes(def, ({ node, repeatScope }) => {
    const manifest = coreCatalog.get(node.type);
    if (!node.name || repeatScope.length > 0 || !manifest || (manifest.role !== 'input' && !manifest.repeats)) return;
    values.push(node.name);
    headers.push(localize(node.props?.label as LocalizedText | undefined, locale) || node.name);
  });
  const computed = (def.computed ?? []).map((c) => c.name);
  for (const c of def.computed ?? []) headers.push(localize(c.label, locale) || c.name);
  headers.push(en ? 'Outcome' : '结果');
  const fixed = 4;
  const fields = values.length + computed.length;
  return {
    headers,
    pick: { values, computed },
    cells: (row) => {
      const out: Array<string | number> = [row[0] ?? '', row[1] ?? '', row[2] ?? '', row[3] ?? ''];
      for (let i = fixed; i < fixed + values.length; i++) {
        const json = row[i] ?? null;
        out.push(plan ? maskedCell(json, values[i - fixed] as string, plan) : jsonCell(json));
      }
      for (let i = fixed + values.length; i < fixed + fields; i++) out.push(jsonCell(row[i] ?? null));
      const label = row[fixed + fields] ?? null;
      out.push(
        typeof label === 'string' && label.startsWith('{') ? localize(JSON.parse(label), locale) : jsonCell(label),
      );
      return out;
    },
  };
}

/** RFC 4180 quoting, plus a leading quote on formula-like text so Excel never runs it. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
