import { packExportCells, type PackManifest } from '@sprout/shared/catalog/pack';
import type { Locale } from '@sprout/shared/i18n';

/** One value and the cells its export row must hold, in the order of the declared columns. */
export interface ExportSample {
  value: unknown;
  cells: readonly unknown[];
  /** The builder's props for this field, when a column reads them. */
  props?: Record<string, unknown>;
}

export interface ExportReport {
  ok: boolean;
  /** The column headings as an export shows them after the field's label (`收款账户 · 开户银行`). */
  headings: string[];
  /** Samples whose cells differ from what was expected, with what the export made of them. */
  mismatches: Array<{ value: unknown; expected: readonly unknown[]; actual: unknown[] }>;
}

/**
 * Runs values through the component's declared export columns with shared's
 * `packExportCells`, the code the server's CSV and XLSX exports run, and compares the
 * cells. A value's row with a blank cell where one was expected shows a column whose
 * expression does not read the value as the vendor meant.
 * @example
 * checkExportColumns(manifest, 'acme.bankAccount', [
 *   { value: { bank: '中国银行', account: '6212262201023557228' }, cells: ['中国银行', '6212262201023557228'] },
 * ]).ok // true
 */
export function checkExportColumns(
  manifest: PackManifest,
  type: string,
  samples: readonly ExportSample[],
  options: { locale?: Locale } = {},
): ExportReport {
  const component = manifest.components.find((c) => c.type === type);
  if (!component) throw new Error(`${manifest.name} has no component ${type}: check the type in your test`);
  const locale = options.locale ?? 'zh-CN';
  const headings = (component.exportColumns ?? []).map((column) => column.label[locale]);
  const mismatches: ExportReport['mismatches'] = [];
  for (const sample of samples) {
    const actual = packExportCells(component, sample.value, sample.props ?? {});
    if (!sameCells(actual, sample.cells)) mismatches.push({ value: sample.value, expected: sample.cells, actual });
  }
  return { ok: mismatches.length === 0, headings, mismatches };
}

const sameCells = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((cell, i) => JSON.stringify(cell) === JSON.stringify(b[i]));
