import { isFileRef } from '@sprout/shared/catalog';
import type { Locale } from '@sprout/shared/i18n';
import type { RegionNames } from './region-names.ts';
import type { PackComponent } from '@sprout/shared/catalog/pack';

/**
 * How a field's answers become spreadsheet cells. `text` columns hold digit strings
 * (ID numbers, phones, account numbers) Excel would otherwise turn into 3.30110E+17.
 */
export type CellKind = 'plain' | 'text' | 'number' | 'boolean' | 'region' | 'address' | 'files' | 'signature' | 'rows';

/** One field of the export: a column, or a question inside a repeat group's column. */
export interface ExportField {
  name: string;
  label: string;
  kind: CellKind;
  /** A choice field's option labels by value: the words the resident picked, not the codes. */
  options?: ReadonlyMap<string, string>;
  /** A repeat group's questions, written row by row into the group's one cell. */
  children?: readonly ExportField[];
  /** A pack component with declared export columns: its value becomes those cells. */
  pack?: { component: PackComponent; props: Record<string, unknown> };
}

/** Component types whose answers are digit strings that must stay text. */
const TEXT_TYPES = new Set(['idNumber', 'phone', 'uscc', 'bankCard', 'bankAccount']);

/** The cell kind of a component type. Unknown (vendor) types are plain: text as written. */
export function cellKindOf(type: string): CellKind {
  if (TEXT_TYPES.has(type)) return 'text';
  switch (type) {
    case 'number':
    case 'rating':
      return 'number';
    case 'switch':
      return 'boolean';
    case 'region':
      return 'region';
    case 'address':
      return 'address';
    case 'upload':
      return 'files';
    case 'signature':
      return 'signature';
    case 'repeat':
      return 'rows';
    default:
      return 'plain';
  }
}

/** Everything a cell needs besides its value: the UI language, division names, the row's receipt. */
export interface CellContext {
  locale: Locale;
  regions: RegionNames;
  receiptCode: string;
  /** The field's label, which names a signature's image file. */
  label: string;
  /** A choice field's option labels by value: the words the resident picked, not the codes. */
  options?: ReadonlyMap<string, string>;
  /** A repeat group's questions. */
  children?: readonly ExportField[];
}

export type Cell = string | number;

// Excel keeps 15 significant digits: anything longer, or a code with a leading zero, must be text.
const LONG_DIGITS = /^-?\d{12,}$/;

export function yesNo(value: boolean, locale: Locale): string {
  return locale === 'en' ? (value ? 'Yes' : 'No') : value ? '是' : '否';
}

/** A file name safe on every disk: no separators or control characters. */
export function safeFileName(name: string): string {
  return Array.from(name.replace(/[\\/:*?"<>|\p{Cc}]/gu, '_'))
    .slice(0, 120)
    .join('');
}

/** The name a signature image gets in exports and in the attachments ZIP. */
export function signatureFileName(receiptCode: string, label: string): string {
  return safeFileName(`${receiptCode}-${label}.png`);
}

/** Any answer as readable text: lists joined, files by name, records as JSON. */
export function readable(value: unknown, locale: Locale): Cell {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) >= 1e11 ? String(value) : value;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return yesNo(value, locale);
  if (Array.isArray(value)) {
    if (value.every(isFileRef)) return value.map((f) => f.name).join('; ');
    if (value.every((v) => typeof v !== 'object')) return value.map((v) => readable(v, locale)).join('; ');
  }
  return JSON.stringify(value);
}

// A division code becomes its name path; anything else (a masked answer) is written as it came.
function regionCell(code: unknown, ctx: CellContext): Cell {
  if (typeof code !== 'string' || code === '') return '';
  return /^\d+$/.test(code) ? ctx.regions.path(code) : code;
}

/**
 * One answer as its main cell.
 * @example formatCell('boolean', true, ctx) // '是'
 */
export function formatCell(kind: CellKind, value: unknown, ctx: CellContext): Cell {
  if (value === undefined || value === null || value === '') return '';
  switch (kind) {
    case 'text':
      return typeof value === 'number' ? String(value) : readable(value, ctx.locale);
    case 'number':
      return typeof value === 'number' && !LONG_DIGITS.test(String(value)) ? value : readable(value, ctx.locale);
    case 'boolean':
      return typeof value === 'boolean' ? yesNo(value, ctx.locale) : readable(value, ctx.locale);
    case 'region':
      return regionCell(value, ctx);
    case 'address': {
      if (typeof value !== 'object') return readable(value, ctx.locale);
      const { region, detail } = value as { region?: unknown; detail?: unknown };
      return [regionCell(region, ctx), typeof detail === 'string' ? detail : ''].filter(Boolean).join(' ');
    }
    case 'signature':
      return typeof value === 'string' ? signatureFileName(ctx.receiptCode, ctx.label) : '';
    case 'rows':
      return Array.isArray(value) && ctx.children ? rowsText(value, ctx.children, ctx) : readable(value, ctx.locale);
    default:
      return readable(ctx.options ? optionLabels(value, ctx.options) : value, ctx.locale);
  }
}

function optionLabels(value: unknown, options: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return options.get(value) ?? value;
  return Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? (options.get(v) ?? v) : v)) : value;
}

/** The division code a region or address answer carries, for its own column. */
export function regionCode(kind: CellKind, value: unknown): string {
  if (kind === 'region') return typeof value === 'string' && /^\d+$/.test(value) ? value : '';
  if (kind === 'address' && value && typeof value === 'object') {
    const code = (value as { region?: unknown }).region;
    return typeof code === 'string' ? code : '';
  }
  return '';
}

/** A repeat group's rows in one cell: `1. 姓名：张三，与户主关系：户主；2. …`, each answer formatted like a column. */
function rowsText(rows: readonly unknown[], children: readonly ExportField[], ctx: CellContext): string {
  const en = ctx.locale === 'en';
  return rows
    .map((row, i) => {
      const answers = row && typeof row === 'object' ? (row as Record<string, unknown>) : {};
      const parts = children.flatMap((f) => {
        const sub = { ...ctx, label: f.label, options: f.options, children: f.children };
        const cell = formatCell(f.kind, answers[f.name], sub);
        return cell === '' ? [] : [`${f.label}${en ? ': ' : '：'}${cell}`];
      });
      return `${i + 1}. ${parts.join(en ? ', ' : '，')}`;
    })
    .join(en ? '; ' : '；');
}
