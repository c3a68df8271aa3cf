import { packExportCells } from '@sprout/shared/catalog/pack';
import { type Locale, localize } from '@sprout/shared/i18n';
import { STATUS_LABELS, type SubmissionStatus } from '@sprout/shared/review';
import type { ExportRow } from '../storage/types.ts';
import {
  type Cell,
  type CellContext,
  type CellKind,
  type ExportField,
  formatCell,
  readable,
  regionCode,
} from './cell-format.ts';
import { localTime } from './local-time.ts';
import type { RegionNames } from './region-names.ts';

/**
 * One export row as cells: what a store's `ExportRow` (receipt, time, status, version, then
 * each answer's JSON text, computed values and the outcome's label) becomes under the
 * layout's headers, and how a cell becomes CSV text.
 */

/** The receipt, time, status and version come before a row's answers. */
export const FIXED = 4;

export const hasCodeColumn = (kind: CellKind) => kind === 'region' || kind === 'address';

/**
 * A value from the JSON text the database picked out. Plain strings, the bulk of any
 * export, skip JSON.parse entirely.
 */
export function jsonValue(json: string | number | null): unknown {
  if (json === null) return undefined;
  if (typeof json === 'number') return json;
  if (json.charCodeAt(0) === 34 /* " */ && !json.includes('\\')) return json.slice(1, -1);
  return JSON.parse(json);
}

export interface RowShape {
  fields: readonly ExportField[];
  /** Each field's cell context, made once per export; the row's receipt and the region names are set per row. */
  contexts: CellContext[];
  computed: number;
  locale: Locale;
  timeZone: string;
  forPeople: boolean;
  /** Masks a top-level answer before it is formatted (`ExportLayoutOptions.mask`). */
  mask: ((field: string, value: unknown) => unknown) | undefined;
}

/** One answer's cells (two for a region or address: name and division code; a pack's declared columns). */
export function pushFieldCells(
  out: Cell[],
  i: number,
  raw: unknown,
  receiptCode: string,
  regions: RegionNames,
  shape: RowShape,
) {
  const { mask, locale } = shape;
  const f = shape.fields[i] as ExportField;
  if (f.pack) {
    // Each declared column from the value; masked with the field's rule when the caller may not read it.
    for (const cell of packExportCells(f.pack.component, raw, f.pack.props)) {
      const shown = mask && cell !== null && cell !== undefined ? mask(f.name, cell) : cell;
      out.push(shown === null || shown === undefined ? '' : readable(shown, locale));
    }
    return;
  }
  const value = mask && raw !== undefined ? mask(f.name, raw) : raw;
  const ctx = shape.contexts[i] as CellContext;
  ctx.receiptCode = receiptCode;
  ctx.regions = regions;
  out.push(formatCell(f.kind, value, ctx));
  if (hasCodeColumn(f.kind)) out.push(regionCode(f.kind, value));
}

export function outcomeCell(label: string | number | null, locale: Locale): Cell {
  return typeof label === 'string' && label.startsWith('{')
    ? localize(JSON.parse(label), locale)
    : readable(jsonValue(label), locale);
}

/** The receipt, submission time, status and version of a row. */
export function metaCells(row: ExportRow, shape: RowShape): Cell[] {
  const { locale, timeZone, forPeople } = shape;
  const status = String(row[2] ?? '') as SubmissionStatus;
  return [
    String(row[0] ?? ''),
    forPeople ? localTime(String(row[1] ?? ''), timeZone) : String(row[1] ?? ''),
    forPeople && STATUS_LABELS[status] ? localize(STATUS_LABELS[status], locale) : status,
    row[3] ?? '',
  ];
}

/** One export row's cells: metadata, each field's answer (and its division code), computed values, the outcome. */
export function rowCells(row: ExportRow, regions: RegionNames, shape: RowShape): Cell[] {
  const { fields, locale } = shape;
  const receiptCode = String(row[0] ?? '');
  const out = metaCells(row, shape);
  for (let i = 0; i < fields.length; i++)
    pushFieldCells(out, i, jsonValue(row[FIXED + i] ?? null), receiptCode, regions, shape);
  const afterFields = FIXED + fields.length;
  for (let i = 0; i < shape.computed; i++) out.push(readable(jsonValue(row[afterFields + i] ?? null), locale));
  out.push(outcomeCell(row[afterFields + shape.computed] ?? null, locale));
  return out;
}

/** Text that needs quoting or defusing; most cells need neither and are answered as they are. */
const NEEDS_CARE = /^[=+\-@\t\r]|[",\r\n]/;

/** RFC 4180 quoting, plus a leading quote on formula-like text so Excel never runs it. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  if (!NEEDS_CARE.test(value)) return value;
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
