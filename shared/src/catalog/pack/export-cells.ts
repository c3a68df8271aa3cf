import { evaluateSafely } from '../../expr/compile.ts';
import { createScope } from '../../expr/scope.ts';
import { withDefaults } from '../props.ts';
import type { PackComponent } from './manifest.ts';

/**
 * The cells a pack value becomes in an export, one per declared column, each from an
 * expression over `value` and `props` (blank when it cannot be evaluated). Without
 * declared columns, one cell holding the value itself.
 * @example packExportCells(bankAccount, { bank: '中国银行', account: '6212…' }, {}) // ['中国银行', '6212…']
 */
export function packExportCells(
  component: PackComponent,
  value: unknown,
  props: Record<string, unknown> = {},
): unknown[] {
  const columns = component.exportColumns;
  if (!columns) return [value];
  if (value === undefined || value === null) return columns.map(() => null);
  const scope = createScope({ value, props: withDefaults(component.props, props) });
  return columns.map((column) => evaluateSafely(column.expr, scope) ?? null);
}
