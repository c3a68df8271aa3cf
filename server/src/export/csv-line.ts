import type { ExportRow } from '../storage/types.ts';
import { detachedBytes, fromUtf8Bytes, toUtf8Bytes } from '../storage/utf8-bytes.ts';
import { type Cell, type ExportField, readable } from './cell-format.ts';
import { detached } from './detached.ts';
import type { RegionNames } from './region-names.ts';
import { csvField, FIXED, jsonValue, metaCells, outcomeCell, pushFieldCells, type RowShape } from './row-cells.ts';

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
  const shownStatus = bytes ? toUtf8Bytes(status) : status;
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
 * The CSV line writer of one export (`ExportLayout.csvLines`): its columns' remembered texts
 * live as long as the export.
 */
export function createCsvLine(shape: RowShape, utf8Bytes: boolean): (row: ExportRow, regions: RegionNames) => string {
  const asIs = shape.fields.map((f) => writtenAsIs(f, shape.mask !== undefined));
  const writer: LineWriter = {
    caches: [
      ...shape.fields.map((f, i) => (reusable(f) && !asIs[i] ? new Map() : null)),
      ...Array.from({ length: shape.computed }, () => new Map()),
      new Map(),
    ],
    asIs,
    bytes: utf8Bytes,
  };
  return (row, regions) => csvLine(row, regions, shape, writer);
}
