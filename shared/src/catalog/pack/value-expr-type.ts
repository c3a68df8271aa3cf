import { type ExprType, T } from '../../expr/expr-type.ts';
import type { ValueKind } from '../types.ts';
import type { ValueShape } from './manifest.ts';

/** What formulas see for a pack value: `plate` is text, `account.bank` a field of a record. */
export function exprTypeOfShape(shape: ValueShape): ExprType {
  switch (shape.type) {
    case 'string':
      return T.string;
    case 'number':
    case 'integer':
      return T.number;
    case 'boolean':
      return T.boolean;
    case 'array':
      return T.list(exprTypeOfShape(shape.items));
    case 'object':
      return T.record(Object.fromEntries(Object.entries(shape.properties).map(([k, s]) => [k, exprTypeOfShape(s)])));
  }
}

/** The catalog's value kind of a pack value, so exports and drafts know what they hold. */
export function valueKindOfShape(shape: ValueShape): ValueKind {
  switch (shape.type) {
    case 'string':
      return 'string';
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return shape.items.type === 'string' ? 'string-list' : 'records';
    case 'object':
      return 'object';
  }
}
