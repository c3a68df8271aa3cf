import { type Catalog, coreCatalog } from '@sprout/shared/catalog';
import { packExportCells } from '@sprout/shared/catalog/pack';
import type { AppDefinition, AppNode } from '@sprout/shared/definition';
import { type Locale, type LocalizedText, localize } from '@sprout/shared/i18n';
import { STATUS_LABELS, type SubmissionStatus } from '@sprout/shared/review';
import type { ExportPick, ExportRow } from '../storage/types.ts';
import { detachedBytes, fromUtf8Bytes, toUtf8Bytes } from '../storage/utf8-bytes.ts';
import {
  type Cell,
  type CellContext,
  type CellKind,
  cellKindOf,
  type ExportField,
  formatCell,
  readable,
  regionCode,
} from './cell-format.ts';

export type { ExportField } from './cell-format.ts';
import { detached } from './detached.ts';
import { localTime } from './local-time.ts';
import type { RegionNames } from './region-names.ts';

export interface ExportLayout {
  headers: string[];
  /** Per column: text Excel must keep as typed (receipt codes, ID numbers, phones, division codes). */
  textColumns: boolean[];
  fields: ExportField[];
  pick: ExportPick;
  /**
   * The division codes a page of rows names: prime `RegionNames` with them before `cells`.
   * `utf8Bytes`: the rows' texts are UTF-8 bytes, as the store hands them to the CSV export.
   */
  regionCodes(rows: readonly ExportRow[], options?: CsvLineOptions): string[];
  /** Turns a row from `storage.exports.rows` into the cells under `headers`. */
  cells(row: ExportRow, regions: RegionNames): Cell[];
  /**
   * A writer of CSV lines (without the line break) for one export: the cells of `cells` as
   * `csvField`s, with each column's repeating answers formatted once (see `csvLine`). With
   * `utf8Bytes` it takes rows whose texts are UTF-8 bytes and writes the line's UTF-8 bytes.
   */
  csvLines(options?: CsvLineOptions): (row: ExportRow, regions: RegionNames) => string;
}

export interface CsvLineOptions {
  /** Rows and lines as UTF-8 bytes (`Utf8Bytes`): what the CSV export reads and writes. */
  utf8Bytes?: boolean;
}

export interface ExportLayoutOptions {
  locale: Locale;
  /** IANA zone of the submission times, `Asia/Shanghai` by default. */
  timeZone?: string;
  /** The components the definition may use (core plus approved packs); the core catalog by default. */
  catalog?: Catalog;
  /**
   * `people` (XLSX): local times and status words. `machines` (CSV): times as stored
   * (ISO 8601, UTC) and status codes, which scripts compare without knowing the zone or language.
   */
  audience?: 'people' | 'machines';
  /**
   * Masks a top-level answer before it is formatted (callers without `sensitive:read`);
   * formatting never sees the full value. Identity when absent.
   */
  mask?: (field: string, value: unknown) => unknown;
  /** Data keys of the answers the official chose, written in document order; every answer when absent. */
  columns?: readonly string[];
}

const FIXED = 4;

/** Until a row sets the export's own: no division is named. */
const NO_REGIONS: RegionNames = { prime: async () => {}, path: (code) => code };

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

function fieldOf(node: AppNode, locale: Locale, catalog: Catalog): ExportField {
  const label = localize(node.props?.label as LocalizedText | undefined, locale) || node.name || node.id;
  const options = node.props?.options as Array<{ value: string; label: LocalizedText }> | undefined;
  const field: ExportField = { name: node.name ?? node.id, label, kind: cellKindOf(node.type) };
  if (Array.isArray(options)) {
    field.options = new Map(options.map((o) => [o.value, localize(o.label, locale) || o.value]));
  }
  if (node.type === 'repeat') field.children = inputsOf(node.children ?? [], locale, catalog);
  const component = catalog.get(node.type)?.pack?.component;
  if (component?.exportColumns) field.pack = { component, props: node.props ?? {} };
  return field;
}

/** The input questions among nodes (sections opened, repeat groups as one field each), in document order. */
function inputsOf(nodes: readonly AppNode[], locale: Locale, catalog: Catalog): ExportField[] {
  return nodes.flatMap((node) => {
    const manifest = catalog.get(node.type);
    if (node.name && manifest && (manifest.role === 'input' || manifest.repeats))
      return [fieldOf(node, locale, catalog)];
    return node.children && node.type !== 'repeat' ? inputsOf(node.children, locale, catalog) : [];
  });
}

const hasCodeColumn = (kind: CellKind) => kind === 'region' || kind === 'address';

interface RowShape {
  fields: readonly ExportField[];
  /** Each field's cell context, made once per export; the row's receipt and the region names are set per row. */
  contexts: CellContext[];
  computed: number;
  locale: Locale;
  timeZone: string;
  forPeople: boolean;
  mask: ExportLayoutOptions['mask'];
}

/** One answer's cells (two for a region or address: name and division code; a pack's declared columns). */
function pushFieldCells(
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

function outcomeCell(label: string | number | null, locale: Locale): Cell {
  return typeof label === 'string' && label.startsWith('{')
    ? localize(JSON.parse(label), locale)
    : readable(jsonValue(label), locale);
}

/** The receipt, submission time, status and version of a row. */
function metaCells(row: ExportRow, shape: RowShape): Cell[] {
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
function rowCells(row: ExportRow, regions: RegionNames, shape: RowShape): Cell[] {
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

/** Answers whose CSV text is remembered per column: short JSON texts, which repeat (choices, regions, numbers). */
const CACHED_TEXT = 64;
/** A column with more different answers than this (names, ID numbers) stops being remembered. */
const CACHED_ANSWERS = 1000;

type ColumnCache = Map<string | number | null, string> | null;

/** One export's CSV line writer's state: each column's remembered texts, and whether texts are UTF-8 bytes. */
interface LineWriter {
  caches: ColumnCache[];
  /** Per field: its cell is its text answer as written (no labels, mask or division), see `writtenAsIs`. */
  asIs: boolean[];
  bytes: boolean;
}

/**
 * The CSV text (`,` and the field) of an answer written as it is, when its JSON is a string
 * with no escape: the text between the quotes, quoted or defused as any cell. Works alike
 * on UTF-8 bytes, since `csvField` looks only at ASCII characters. Undefined otherwise.
 */
function asIsText(raw: string | number | null): string | undefined {
  if (typeof raw !== 'string' || raw.charCodeAt(0) !== 34 /* " */ || raw.includes('\\')) return undefined;
  return `,${csvField(raw.slice(1, -1))}`;
}

/** The CSV text of column `c` of a row, formatted from its answer (decoded first when the row is UTF-8 bytes). */
function columnText(
  c: number,
  raw: string | number | null,
  receiptCode: string,
  regions: RegionNames,
  shape: RowShape,
  bytes: boolean,
): string {
  const answer = bytes && typeof raw === 'string' ? fromUtf8Bytes(raw) : raw;
  const cells: Cell[] = [];
  const fields = shape.fields.length;
  if (c < fields) pushFieldCells(cells, c, jsonValue(answer), receiptCode, regions, shape);
  else if (c < fields + shape.computed) cells.push(readable(jsonValue(answer), shape.locale));
  else cells.push(outcomeCell(answer, shape.locale));
  let text = '';
  for (const cell of cells) text += `,${csvField(cell)}`;
  return bytes ? toUtf8Bytes(text) : text;
}

/** The receipt, time, status and version as CSV text; a status word is encoded when the row is UTF-8 bytes. */
function metaText(row: ExportRow, shape: RowShape, bytes: boolean): string {
  // For machines the cells are the stored texts as they are (`metaCells` without the words).
  if (!shape.forPeople)
    return `${csvField(String(row[0] ?? ''))},${csvField(String(row[1] ?? ''))},${csvField(String(row[2] ?? ''))},${csvField(row[3] ?? '')}`;
  const meta = metaCells(row, shape);
  const status = csvField(meta[2] as Cell);
  const shownStatus = bytes && shape.forPeople ? toUtf8Bytes(status) : status;
  return `${csvField(meta[0] as Cell)},${csvField(meta[1] as Cell)},${shownStatus},${csvField(meta[3] as Cell)}`;
}

/**
 * The CSV line of one row (`csvField` of each cell of `rowCells`, joined): a column whose
 * answers repeat (choices, regions, the outcome) formats each different JSON text once per
 * export and reuses the text; a text answer written as it is skips formatting altogether.
 * Answers that name the row (a signature's file) are never reused.
 */
function csvLine(row: ExportRow, regions: RegionNames, shape: RowShape, writer: LineWriter): string {
  const { caches, asIs, bytes } = writer;
  let line = metaText(row, shape, bytes);
  const columns = shape.fields.length + shape.computed + 1;
  for (let c = 0; c < columns; c++) {
    const raw = row[FIXED + c] ?? null;
    const verbatim = asIs[c] ? asIsText(raw) : undefined;
    if (verbatim !== undefined) {
      line += verbatim;
      continue;
    }
    const cache = caches[c];
    const known = cache?.get(raw);
    if (known !== undefined) {
      line += known;
      continue;
    }
    const text = columnText(c, raw, String(row[0] ?? ''), regions, shape, bytes);
    line += text;
    if (cache && (typeof raw !== 'string' || raw.length <= CACHED_TEXT)) {
      // Keys may be slices of a page's text, and a plain text's may be too: copies keep no page alive.
      const key = typeof raw !== 'string' ? raw : bytes ? detachedBytes(raw) : detached(raw);
      cache.set(key, bytes ? text : detached(text));
      if (cache.size > CACHED_ANSWERS) caches[c] = null;
    }
  }
  return line;
}

/** Whether a field's cells depend on its answer alone (a signature's file is named by the row's receipt). */
const reusable = (f: ExportField): boolean => f.kind !== 'signature' && !f.pack && (f.children ?? []).every(reusable);

/** Whether a text answer of the field is its cell as it is: no option labels, division names, mask or pack. */
const writtenAsIs = (f: ExportField, masked: boolean): boolean =>
  !masked && (f.kind === 'plain' || f.kind === 'text') && !f.options && !f.children && !f.pack;

/**
 * The export's columns: receipt and metadata first, then every top-level input of
 * the definition in document order (a region or address followed by its division code,
 * a repeat group as one JSON column), then computed values and the outcome. Times are
 * local, statuses and booleans are words in the caller's language.
 */
export function exportLayout(def: AppDefinition, options: ExportLayoutOptions): ExportLayout {
  const { locale, timeZone = 'Asia/Shanghai', catalog = coreCatalog, audience = 'people', mask } = options;
  const forPeople = audience === 'people';
  const en = locale === 'en';
  const all = def.pages.flatMap((page) => inputsOf(page.nodes, locale, catalog));
  const chosen = options.columns ? new Set(options.columns) : undefined;
  const fields = chosen ? all.filter((f) => chosen.has(f.name)) : all;
  const headers = en ? ['Receipt', 'Submitted at', 'Status', 'Version'] : ['回执码', '提交时间', '状态', '版本'];
  const textColumns = [true, true, false, false];
  for (const f of fields) {
    if (f.pack) {
      // A pack value becomes the columns its manifest declares, kept as text (account numbers stay exact).
      for (const column of f.pack.component.exportColumns ?? []) {
        headers.push(`${f.label} · ${column.label[locale]}`);
        textColumns.push(true);
      }
      continue;
    }
    headers.push(f.label);
    textColumns.push(f.kind === 'text');
    if (hasCodeColumn(f.kind)) {
      headers.push(en ? `${f.label} (division code)` : `${f.label}（区划代码）`);
      textColumns.push(true);
    }
  }
  const computed = def.computed ?? [];
  for (const c of computed) {
    headers.push(localize(c.label, locale) || c.name);
    textColumns.push(false);
  }
  headers.push(en ? 'Outcome' : '结果');
  textColumns.push(false);
  const regional = fields.flatMap((f, i) => (hasCodeColumn(f.kind) ? [{ f, at: FIXED + i }] : []));
  const contexts = fields.map(
    (f): CellContext => ({
      locale,
      regions: NO_REGIONS,
      receiptCode: '',
      label: f.label,
      options: f.options,
      children: f.children,
    }),
  );
  const shape: RowShape = { fields, contexts, computed: computed.length, locale, timeZone, forPeople, mask };
  return {
    headers,
    textColumns,
    fields,
    pick: { values: fields.map((f) => f.name), computed: computed.map((c) => c.name) },
    regionCodes: (rows, { utf8Bytes = false } = {}) => {
      // Each different answer once: a page of rows from a few villages names a few codes.
      const codes = new Set<string>();
      for (const { f, at } of regional) {
        const seen = new Set<string | number | null>();
        for (const row of rows) {
          const raw = row[at] ?? null;
          if (seen.has(raw)) continue;
          seen.add(raw);
          codes.add(regionCode(f.kind, jsonValue(utf8Bytes && typeof raw === 'string' ? fromUtf8Bytes(raw) : raw)));
        }
      }
      return [...codes];
    },
    cells: (row, regions) => rowCells(row, regions, shape),
    csvLines: ({ utf8Bytes = false } = {}) => {
      const asIs = fields.map((f) => writtenAsIs(f, mask !== undefined));
      const writer: LineWriter = {
        caches: [
          ...fields.map((f, i) => (reusable(f) && !asIs[i] ? new Map() : null)),
          ...computed.map(() => new Map()),
          new Map(),
        ],
        asIs,
        bytes: utf8Bytes,
      };
      return (row, regions) => csvLine(row, regions, shape, writer);
    },
  };
}

/** The chosen columns no top-level answer of the definition has: the caller gets them named in a 422. */
export function unknownColumns(
  def: AppDefinition,
  columns: readonly string[],
  catalog: Catalog = coreCatalog,
): string[] {
  const names = new Set(def.pages.flatMap((page) => inputsOf(page.nodes, 'zh-CN', catalog)).map((f) => f.name));
  return columns.filter((c) => !names.has(c));
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
