import type { ConditionGroup, ConditionRow, ConditionValue } from './condition.ts';

/**
 * The formula a built condition stands for; the engine runs exactly this text.
 * @example conditionToExpression({ kind: 'group', join: 'all', items: [{ kind: 'row', field: 'fever', op: 'eq', value: '是' }] }) // 'fever == "是"'
 */
export function conditionToExpression(group: ConditionGroup): string {
  const joiner = group.join === 'all' ? ' && ' : ' || ';
  const parts = group.items.map((item) =>
    item.kind === 'row' ? rowText(item, group.items.length > 1) : `(${conditionToExpression(item)})`,
  );
  return parts.join(joiner);
}

/** Text in double quotes that jsep reads back to the same string. */
export function literalText(value: ConditionValue): string {
  if (typeof value !== 'string') return String(value);
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

const COMPARISON = { eq: '==', ne: '!=', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

function rowText(row: ConditionRow, amongOthers: boolean): string {
  const value = literalText(row.value ?? '');
  switch (row.op) {
    case 'contains':
      return `CONTAINS(${row.field}, ${value})`;
    case 'notContains':
      return `!CONTAINS(${row.field}, ${value})`;
    case 'empty':
      return `ISEMPTY(${row.field})`;
    case 'notEmpty':
      return `!ISEMPTY(${row.field})`;
    case 'between': {
      const text = `${row.field} >= ${value} && ${row.field} <= ${literalText(row.value2 ?? '')}`;
      return amongOthers ? `(${text})` : text;
    }
    default:
      return `${row.field} ${COMPARISON[row.op]} ${value}`;
  }
}
