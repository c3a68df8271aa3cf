import type { ExprType } from '../expr/expr-type.ts';

/** What a condition row says about its question; the builder's menu of 是/不是/包含/大于…. */
export type ConditionOp =
  | 'eq'
  | 'ne'
  | 'contains'
  | 'notContains'
  | 'gt'
  | 'gte'
  | 'lt'
  | 'lte'
  | 'between'
  | 'empty'
  | 'notEmpty';

export type ConditionValue = string | number | boolean;

/** One row: 「问题」 [operator] 「值」 (and a second value for 介于). */
export interface ConditionRow {
  kind: 'row';
  field: string;
  op: ConditionOp;
  value?: ConditionValue;
  /** The upper bound of `between`. */
  value2?: ConditionValue;
}

/** Rows joined by 全部满足 (`all`, &&) or 任一满足 (`any`, ||); groups nest one level deep. */
export interface ConditionGroup {
  kind: 'group';
  join: 'all' | 'any';
  items: Array<ConditionRow | ConditionGroup>;
}

export const OPERATOR_LABELS: Readonly<Record<ConditionOp, { 'zh-CN': string; en: string }>> = {
  eq: { 'zh-CN': '是', en: 'is' },
  ne: { 'zh-CN': '不是', en: 'is not' },
  contains: { 'zh-CN': '包含', en: 'contains' },
  notContains: { 'zh-CN': '不包含', en: 'does not contain' },
  gt: { 'zh-CN': '大于', en: 'is more than' },
  gte: { 'zh-CN': '大于等于', en: 'is at least' },
  lt: { 'zh-CN': '小于', en: 'is less than' },
  lte: { 'zh-CN': '小于等于', en: 'is at most' },
  between: { 'zh-CN': '介于', en: 'is between' },
  empty: { 'zh-CN': '为空', en: 'is blank' },
  notEmpty: { 'zh-CN': '不为空', en: 'is not blank' },
};

/** Operators that take no value. */
export function takesNoValue(op: ConditionOp): boolean {
  return op === 'empty' || op === 'notEmpty';
}

/**
 * The operators that make sense for a question of this type, most used first.
 * @example operatorsFor(T.number) // ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'between', 'empty', 'notEmpty']
 */
export function operatorsFor(type: ExprType): ConditionOp[] {
  switch (type.t) {
    case 'number':
    case 'date':
      return ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'between', 'empty', 'notEmpty'];
    case 'boolean':
      return ['eq'];
    case 'list':
      return ['contains', 'notContains', 'empty', 'notEmpty'];
    case 'string':
    case 'any':
    case 'null':
      return ['eq', 'ne', 'contains', 'notContains', 'empty', 'notEmpty'];
    case 'record':
      return ['empty', 'notEmpty'];
  }
}
