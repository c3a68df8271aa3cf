import { type BinaryOp, type Expr, FORBIDDEN_NAMES } from './ast.ts';
import { EXPR_LIMITS } from './limits.ts';

/**
 * A quick reader for the formulas officials write most: names, `a.b`, numbers, ASCII-quoted
 * text, calls such as `ISEMPTY(x)`, `!`/`-`/`+` and the whitelisted binary operators.
 * Anything else (a Chinese quote or operator, a lone `=`, `?:`, brackets, escapes, any
 * mistake) makes it give up, and `parseExpression` reads the formula with jsep instead, which
 * also words every syntax error. When it does answer, the tree is exactly jsep's (a property
 * test holds the two together).
 *
 * Why: a form with hundreds of conditions parses each one once as it mounts, on code the
 * JavaScript engine has not optimized yet; jsep plus normalizing for Chinese keyboards cost
 * about 60 µs a formula there, this reader a fraction of it.
 * @example parsePlainFormula('NOT(ISEMPTY(f4))') // { kind: 'call', fn: 'NOT', args: [ … ] }
 * @example parsePlainFormula('a = “是”') // undefined: jsep's turn
 */
export function parsePlainFormula(source: string): Expr | undefined {
  const reader = new PlainReader(source);
  const expr = reader.binary(1, 0);
  if (expr === undefined || !reader.atEnd()) return undefined;
  // Deeper trees are refused by jsep's route with its own message.
  return heightOf(expr) <= EXPR_LIMITS.maxDepth ? expr : undefined;
}

/** jsep's precedence for the operators formulas may use; all of them are left-associative. */
const PRECEDENCE: Readonly<Record<string, number>> = {
  '||': 1,
  '&&': 2,
  '==': 6,
  '!=': 6,
  '<': 7,
  '<=': 7,
  '>': 7,
  '>=': 7,
  '+': 9,
  '-': 9,
  '*': 10,
  '/': 10,
  '%': 10,
};

const LITERALS: Readonly<Record<string, boolean | null>> = { true: true, false: false, null: null };

// Nesting (brackets, unary operators, arguments) beyond this is left to jsep's route.
const MAX_NESTING = 32;

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
}

function isNamePart(c: number): boolean {
  return isNameStart(c) || isDigit(c);
}

/** Characters after which jsep would go on reading the token (a property, a call, an index, more of a name). */
function continuesToken(c: number): boolean {
  return c === 46 || c === 40 || c === 91 || c >= 128 || isNamePart(c);
}

class PlainReader {
  private i = 0;

  constructor(private readonly s: string) {}

  atEnd(): boolean {
    this.skipSpaces();
    return this.i === this.s.length;
  }

  /** Operators of at least `minPrecedence`, by precedence climbing (jsep's trees for left-associative ones). */
  binary(minPrecedence: number, nesting: number): Expr | undefined {
    let left = this.unary(nesting);
    while (left !== undefined) {
      const op = this.operator();
      if (op === null) return undefined;
      if (op === undefined) return left;
      const precedence = PRECEDENCE[op] as number;
      if (precedence < minPrecedence) return left;
      this.i += op.length;
      const right = this.binary(precedence + 1, nesting);
      if (right === undefined) return undefined;
      left = { kind: 'binary', op, left, right };
    }
    return undefined;
  }

  private skipSpaces(): void {
    const s = this.s;
    let c = s.charCodeAt(this.i);
    while (c === SPACE || c === TAB || c === LF || c === CR) c = s.charCodeAt(++this.i);
  }

  /**
   * The operator at the reading position: undefined where an operand list or group ends
   * (end, `)`, `,`), null for anything this reader leaves to jsep.
   */
  private operator(): BinaryOp | undefined | null {
    this.skipSpaces();
    const s = this.s;
    const c = s.charCodeAt(this.i);
    if (Number.isNaN(c) || c === 41 || c === 44) return undefined;
    const next = s.charCodeAt(this.i + 1);
    switch (c) {
      case 124: // |
        return next === 124 ? '||' : null;
      case 38: // &
        return next === 38 ? '&&' : null;
      case 61: // =
        return next === 61 && s.charCodeAt(this.i + 2) !== 61 ? '==' : null;
      case 33: // !
        return next === 61 && s.charCodeAt(this.i + 2) !== 61 ? '!=' : null;
      case 60: // <
        return next === 61 ? '<=' : next === 60 ? null : '<';
      case 62: // >
        return next === 61 ? '>=' : next === 62 ? null : '>';
      case 42: // *
        return next === 42 ? null : '*';
      case 43:
        return '+';
      case 45:
        return '-';
      case 47:
        return '/';
      case 37:
        return '%';
      default:
        return null;
    }
  }

  private unary(nesting: number): Expr | undefined {
    if (nesting > MAX_NESTING) return undefined;
    this.skipSpaces();
    const c = this.s.charCodeAt(this.i);
    if (c === 33 || c === 45 || c === 43) {
      this.i++;
      const arg = this.unary(nesting + 1);
      if (arg === undefined) return undefined;
      return { kind: 'unary', op: c === 33 ? '!' : c === 45 ? '-' : '+', arg };
    }
    if (isDigit(c)) return this.number();
    if (c === 34 || c === 39) return this.endsToken(this.text(c));
    if (c === 40) return this.group(nesting);
    if (isNameStart(c)) return this.nameChain(nesting);
    return undefined;
  }

  /** `12` or `1.5`; jsep reads anything longer (`1e3`, `1.`, `1.2.3`, `1a`) its own way. */
  private number(): Expr | undefined {
    const s = this.s;
    const start = this.i;
    while (isDigit(s.charCodeAt(this.i))) this.i++;
    if (s.charCodeAt(this.i) === 46) {
      if (!isDigit(s.charCodeAt(this.i + 1))) return undefined;
      this.i++;
      while (isDigit(s.charCodeAt(this.i))) this.i++;
    }
    const after = s.charCodeAt(this.i);
    if (continuesToken(after) || after === 69 || after === 101) return undefined;
    return { kind: 'literal', value: Number.parseFloat(s.slice(start, this.i)) };
  }

  /** Text in ASCII quotes, without escapes (those are jsep's), exactly as written. */
  private text(quote: number): Expr | undefined {
    const s = this.s;
    const start = this.i + 1;
    let end = start;
    for (let c = s.charCodeAt(end); c !== quote; c = s.charCodeAt(++end)) {
      if (Number.isNaN(c) || c === 92) return undefined;
    }
    this.i = end + 1;
    return { kind: 'literal', value: s.slice(start, end) };
  }

  private group(nesting: number): Expr | undefined {
    this.i++;
    const inner = this.binary(1, nesting + 1);
    if (inner === undefined || this.s.charCodeAt(this.i) !== 41) return undefined;
    this.i++;
    return this.endsToken(inner);
  }

  /** A literal or group must end here: jsep would read `"a".b` or `(a)(b)` as more of the token. */
  private endsToken(expr: Expr | undefined): Expr | undefined {
    if (expr === undefined) return undefined;
    this.skipSpaces();
    const c = this.s.charCodeAt(this.i);
    return c === 46 || c === 40 || c === 91 ? undefined : expr;
  }

  private name(): string | undefined {
    const s = this.s;
    const start = this.i;
    if (!isNameStart(s.charCodeAt(start))) return undefined;
    this.i++;
    while (isNamePart(s.charCodeAt(this.i))) this.i++;
    if (s.charCodeAt(this.i) >= 128) return undefined;
    const name = s.slice(start, this.i);
    return FORBIDDEN_NAMES.has(name) ? undefined : name;
  }

  /** A name, a literal word, a call `F(…)`, then any `.field` after it. */
  private nameChain(nesting: number): Expr | undefined {
    const word = this.name();
    if (word === undefined || word === 'this') return undefined;
    if (Object.hasOwn(LITERALS, word))
      return this.endsToken({ kind: 'literal', value: LITERALS[word] as boolean | null });
    let expr: Expr = { kind: 'name', name: word };
    this.skipSpaces();
    if (this.s.charCodeAt(this.i) === 40) {
      const args = this.args(nesting + 1);
      if (args === undefined) return undefined;
      expr = { kind: 'call', fn: word.toUpperCase(), args };
      this.skipSpaces();
    }
    for (let c = this.s.charCodeAt(this.i); c === 46; c = this.s.charCodeAt(this.i)) {
      this.i++;
      this.skipSpaces();
      const property = this.name();
      if (property === undefined) return undefined;
      expr = { kind: 'member', object: expr, property };
      this.skipSpaces();
    }
    const c = this.s.charCodeAt(this.i);
    return c === 40 || c === 91 ? undefined : expr;
  }

  /** `(a, b)` after a function's name; an empty or missing argument is jsep's to report. */
  private args(nesting: number): Expr[] | undefined {
    this.i++;
    const args: Expr[] = [];
    this.skipSpaces();
    if (this.s.charCodeAt(this.i) === 41) {
      this.i++;
      return args;
    }
    for (;;) {
      const arg = this.binary(1, nesting);
      if (arg === undefined) return undefined;
      args.push(arg);
      const c = this.s.charCodeAt(this.i);
      this.i++;
      if (c === 41) return args;
      if (c !== 44) return undefined;
    }
  }
}

function heightOf(expr: Expr): number {
  switch (expr.kind) {
    case 'literal':
    case 'name':
      return 1;
    case 'member':
      return 1 + heightOf(expr.object);
    case 'unary':
      return 1 + heightOf(expr.arg);
    case 'binary':
      return 1 + Math.max(heightOf(expr.left), heightOf(expr.right));
    case 'call':
      return 1 + expr.args.reduce((h, a) => Math.max(h, heightOf(a)), 0);
    default:
      return Number.POSITIVE_INFINITY;
  }
}
