/** What static analysis knows about a value's kind. */
export type ExprType =
  | { t: 'number' }
  | { t: 'string' }
  | { t: 'boolean' }
  | { t: 'date' }
  | { t: 'null' }
  | { t: 'any' }
  | { t: 'list'; of: ExprType }
  | { t: 'record'; fields: Record<string, ExprType> };

export const T = {
  number: { t: 'number' } as ExprType,
  string: { t: 'string' } as ExprType,
  boolean: { t: 'boolean' } as ExprType,
  date: { t: 'date' } as ExprType,
  null: { t: 'null' } as ExprType,
  any: { t: 'any' } as ExprType,
  list: (of: ExprType): ExprType => ({ t: 'list', of }),
  record: (fields: Record<string, ExprType>): ExprType => ({ t: 'record', fields }),
};

export function describeType(type: ExprType): string {
  if (type.t === 'list') return `list of ${describeType(type.of)}`;
  if (type.t === 'record') return 'record';
  return type.t;
}

const TYPE_ZH: Record<ExprType['t'], string> = {
  number: '数字',
  string: '文字',
  boolean: '是/否',
  date: '日期',
  null: '空值',
  any: '任意值',
  list: '列表',
  record: '记录',
};

export function describeTypeZh(type: ExprType): string {
  return type.t === 'list' ? `${describeTypeZh(type.of)}列表` : TYPE_ZH[type.t];
}

/** Numbers, and text or dates that may hold numbers, take part in arithmetic. */
export function isNumericLike(type: ExprType): boolean {
  return type.t === 'number' || type.t === 'any' || type.t === 'null' || type.t === 'string';
}

export function isScalar(type: ExprType): boolean {
  return type.t !== 'list' && type.t !== 'record';
}
