import { coreCatalog, isFileRef } from '@sprout/shared/catalog';
import type { AppDefinition } from '@sprout/shared/definition';
import { walkNodes } from '@sprout/shared/definition';
import { type Locale, localize } from '@sprout/shared/i18n';
import type { Submission } from '../storage/types.ts';

export interface Column {
  header: string;
  cell(s: Submission): string | number;
}

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
 * The export's columns: receipt and metadata first, then every top-level input of
 * the definition in document order, then computed values and the outcome.
 */
export function exportColumns(def: AppDefinition, locale: Locale): Column[] {
  const en = locale === 'en';
  const columns: Column[] = [
    { header: en ? 'Receipt' : '回执码', cell: (s) => s.receiptCode },
    { header: en ? 'Submitted at' : '提交时间', cell: (s) => s.submittedAt },
    { header: en ? 'Status' : '状态', cell: (s) => s.status },
    { header: en ? 'Version' : '版本', cell: (s) => s.version },
  ];
  walkNodes(def, ({ node, repeatScope }) => {
    const manifest = coreCatalog.get(node.type);
    if (!node.name || repeatScope.length > 0 || !manifest || (manifest.role !== 'input' && !manifest.repeats)) return;
    const name = node.name;
    const label = localize(node.props?.label as never, locale) || name;
    columns.push({ header: label, cell: (s) => cellText(s.values[name]) });
  });
  for (const comp of def.computed ?? []) {
    columns.push({ header: localize(comp.label, locale) || comp.name, cell: (s) => cellText(s.computed[comp.name]) });
  }
  columns.push({ header: en ? 'Outcome' : '结果', cell: (s) => (s.outcome ? localize(s.outcome.label, locale) : '') });
  return columns;
}

/** RFC 4180 quoting, plus a leading quote on formula-like text so Excel never runs it. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
