import { type Catalog, coreCatalog, isFileRef } from '@sprout/shared/catalog';
import { type AppDefinition, type ClassificationLevel, walkNodes } from '@sprout/shared/definition';
import { type Locale, localize, type LocalizedText } from '@sprout/shared/i18n';
import { effectiveMaskRule, maskRuleFor, maskValue } from '@sprout/shared/masking';

/** One top-level answer of an app, as a column of the submissions table. */
export interface FieldColumn {
  name: string;
  label: string;
  type: string;
  level: ClassificationLevel;
  /** Choices of a select / radio / checkboxes field: the filters offer these. */
  options?: Array<{ value: string; label: string }>;
}

const CHOICE_TYPES = new Set(['select', 'radio', 'checkboxes']);

/**
 * The table's columns: every top-level input in document order (repeat rows are shown in
 * the drawer), pack components included when the app's catalog is given.
 */
export function fieldColumns(def: AppDefinition, locale: Locale, catalog: Catalog = coreCatalog): FieldColumn[] {
  const columns: FieldColumn[] = [];
  walkNodes(def, ({ node, repeatScope }) => {
    const manifest = catalog.get(node.type);
    if (!node.name || repeatScope.length > 0 || !manifest) return;
    if (manifest.role !== 'input' && !manifest.repeats) return;
    const rawOptions = node.props?.options as Array<{ value: string; label: LocalizedText }> | undefined;
    columns.push({
      name: node.name,
      label: localize(node.props?.label as LocalizedText | undefined, locale) || node.name,
      type: node.type,
      level: node.level ?? manifest.defaultLevel,
      ...(CHOICE_TYPES.has(node.type) && rawOptions
        ? { options: rawOptions.map((o) => ({ value: o.value, label: localize(o.label, locale) || o.value })) }
        : {}),
    });
  });
  return columns;
}

export const choiceColumns = (columns: FieldColumn[]) => columns.filter((c) => c.options);

/** `?columns=` for the answers chosen, none when all are (the server then writes every answer). */
export function columnsQuery(chosen: readonly string[], columns: readonly Pick<FieldColumn, 'name'>[]): string {
  if (columns.every((c) => chosen.includes(c.name))) return '';
  return `columns=${columns
    .filter((c) => chosen.includes(c.name))
    .map((c) => encodeURIComponent(c.name))
    .join(',')}`;
}

/** The columns shown until the official picks: the first few, so the table fits a laptop screen. */
export function defaultVisible(columns: FieldColumn[], count = 5): string[] {
  return columns
    .filter((c) => c.type !== 'signature' && c.type !== 'repeat')
    .slice(0, count)
    .map((c) => c.name);
}

/** Masks L3/L4 text in lists (脱敏) by the same rules the server applies (`@sprout/shared/masking`). */
export function maskText(text: string, column: Pick<FieldColumn, 'type' | 'level'>): string {
  const rule = effectiveMaskRule(column.level, maskRuleFor(coreCatalog.get(column.type)));
  return String(maskValue(text, rule));
}

export interface CellWords {
  yes: string;
  no: string;
  files(n: number): string;
  rows(n: number): string;
  signed: string;
  /** Names of division codes (region answers), when known. */
  divisions?: Map<string, string>;
}

/** A value as one line of table text, with choice labels instead of stored values. */
export function cellText(value: unknown, column: FieldColumn, words: CellWords): string {
  if (value === undefined || value === null || value === '') return '';
  if (column.type === 'signature') return words.signed;
  if (column.type === 'region' && typeof value === 'string') return words.divisions?.get(value) ?? value;
  const label = (v: unknown) => column.options?.find((o) => o.value === v)?.label ?? String(v);
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every(isFileRef)) return words.files(value.length);
    if (value.every((v) => typeof v !== 'object')) return maskText(value.map(label).join('、'), column);
    return words.rows(value.length);
  }
  if (typeof value === 'object') return maskText(objectText(value as Record<string, unknown>), column);
  return maskText(label(value), column);
}

/** Addresses and locations: their text parts in order (`浙江省 杭州市 … 12号`). */
export function objectText(value: Record<string, unknown>): string {
  return Object.values(value)
    .filter((v) => typeof v === 'string' || typeof v === 'number')
    .join(' ');
}
