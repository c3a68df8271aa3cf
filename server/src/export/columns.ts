import { type Catalog, coreCatalog } from '@sprout/shared/catalog';
import type { AppDefinition, AppNode } from '@sprout/shared/definition';
import { type Locale, type LocalizedText, localize } from '@sprout/shared/i18n';
import type { ExportPick, ExportRow } from '../storage/types.ts';
import { fromUtf8Bytes } from '../storage/utf8-bytes.ts';
import { type Cell, type CellContext, cellKindOf, type ExportField, regionCode } from './cell-format.ts';
import { createCsvLine } from './csv-line.ts';
import type { RegionNames } from './region-names.ts';
import { FIXED, hasCodeColumn, jsonValue, type RowShape, rowCells } from './row-cells.ts';

export type { ExportField } from './cell-format.ts';
export { csvField, jsonValue } from './row-cells.ts';

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
   * `csvField`s, with each column's repeating answers formatted once (`csv-line.ts`). With
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

/** Until a row sets the export's own: no division is named. */
const NO_REGIONS: RegionNames = { prime: async () => {}, path: (code) => code };

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
    csvLines: ({ utf8Bytes = false } = {}) => createCsvLine(shape, utf8Bytes),
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
