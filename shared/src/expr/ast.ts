/**
 * The whitelisted expression tree. The parser maps jsep's output into this and
 * refuses every other node kind, so the evaluator can only do what is listed here.
 */
export type Expr =
  | { kind: 'literal'; value: string | number | boolean | null }
  | { kind: 'name'; name: string }
  | { kind: 'member'; object: Expr; property: string | number }
  | { kind: 'unary'; op: UnaryOp; arg: Expr }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr }
  | { kind: 'conditional'; test: Expr; whenTrue: Expr; whenFalse: Expr }
  | { kind: 'call'; fn: string; args: Expr[] }
  | { kind: 'array'; items: Expr[] };

export type UnaryOp = '!' | '-' | '+';

export const BINARY_OPS = [
  '||',
  '&&',
  '==',
  '!=',
  '===',
  '!==',
  '<',
  '<=',
  '>',
  '>=',
  '+',
  '-',
  '*',
  '/',
  '%',
] as const;
export type BinaryOp = (typeof BINARY_OPS)[number];

/** Property names that reach into JavaScript's machinery rather than the data. */
export const FORBIDDEN_NAMES: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor']);
