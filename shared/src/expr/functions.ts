import { birthDateFromIdNumber } from '../validators/id-number.ts';
import { hasValidLuhnDigit } from '../validators/luhn.ts';
import { type Clock, dayNumber, fullYearsBetween, nowIso, todayIso } from './dates.ts';
import { ExprError } from './expr-error.ts';
import { type ExprType, T } from './expr-type.ts';
import { collectNumbers, displayText, isEmpty, isTruthy, looseEquals, toNumber } from './values.ts';

export interface FunctionSpec {
  minArgs: number;
  maxArgs: number;
  returns: ExprType;
  /** Arguments that must be lists, numbers or dates, checked statically where types are known. */
  argKinds?: 'numbers' | 'dates';
  summary: { 'zh-CN': string; en: string };
  example: string;
  call: (args: unknown[], clock: Clock) => unknown;
}

const MANY = 255;

/** Moves the decimal point of x's shortest decimal form by `places`, exactly (no binary multiply). */
function shiftDecimal(x: number, places: number): number {
  const [mantissa, exponent] = x.toExponential().split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

// Rounds the decimal a person typed, as a spreadsheet does: ROUND(1.005, 2) is 1.01,
// although the binary float nearest 1.005 lies just below it.
function round(x: number, digits: number): number {
  const d = Math.max(-10, Math.min(10, Math.trunc(digits)));
  const rounded = Math.round(shiftDecimal(Math.abs(x), d));
  return Math.sign(x) * shiftDecimal(rounded, -d) || 0;
}

function countItems(args: unknown[]): number {
  let n = 0;
  for (const a of args) {
    if (Array.isArray(a)) n += a.filter((v) => !isEmpty(v)).length;
    else if (!isEmpty(a)) n += 1;
  }
  return n;
}

function toDay(value: unknown): number {
  const day = dayNumber(value);
  if (day === undefined) throw new ExprError('type', `"${displayText(value)}" is not a date (YYYY-MM-DD)`);
  return day;
}

function birthDateOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (/^\d{17}[\dXx]$/.test(value)) return birthDateFromIdNumber(value);
  return dayNumber(value) === undefined ? undefined : value.slice(0, 10);
}

/**
 * The whitelist of functions formulas may call. Names are upper case, as in a spreadsheet;
 * blanks are skipped by the aggregates, as a spreadsheet skips empty cells.
 */
export const FUNCTIONS: Readonly<Record<string, FunctionSpec>> = {
  IF: {
    minArgs: 2,
    maxArgs: 3,
    returns: T.any,
    summary: {
      'zh-CN': '条件成立取第二个值，否则取第三个值',
      en: 'The second value if the condition holds, else the third',
    },
    example: 'IF(AGE(idNumber) >= 60, "老年", "")',
    call: () => {
      throw new Error('IF is evaluated lazily by the evaluator');
    },
  },
  AND: {
    minArgs: 1,
    maxArgs: MANY,
    returns: T.boolean,
    summary: { 'zh-CN': '所有条件都成立', en: 'Every condition holds' },
    example: 'AND(age >= 18, consent)',
    call: (args) => args.every(isTruthy),
  },
  OR: {
    minArgs: 1,
    maxArgs: MANY,
    returns: T.boolean,
    summary: { 'zh-CN': '至少一个条件成立', en: 'At least one condition holds' },
    example: 'OR(fever, cough)',
    call: (args) => args.some(isTruthy),
  },
  NOT: {
    minArgs: 1,
    maxArgs: 1,
    returns: T.boolean,
    summary: { 'zh-CN': '条件不成立', en: 'The condition does not hold' },
    example: 'NOT(ISEMPTY(phone))',
    call: ([a]) => !isTruthy(a),
  },
  ISEMPTY: {
    minArgs: 1,
    maxArgs: 1,
    returns: T.boolean,
    summary: { 'zh-CN': '未填写（空文本、空列表或无值）', en: 'Nothing entered (blank text, empty list or no value)' },
    example: 'ISEMPTY(remark)',
    call: ([a]) => isEmpty(a),
  },
  LEN: {
    minArgs: 1,
    maxArgs: 1,
    returns: T.number,
    summary: { 'zh-CN': '文本的字数，或列表的项数', en: 'Characters in text, or items in a list' },
    example: 'LEN(name) >= 2',
    call: ([a]) => (Array.isArray(a) ? a.length : isEmpty(a) ? 0 : Array.from(displayText(a)).length),
  },
  CONTAINS: {
    minArgs: 2,
    maxArgs: 2,
    returns: T.boolean,
    summary: { 'zh-CN': '文本包含某段文字，或列表包含某一项', en: 'Text contains a piece of text, or a list an item' },
    example: 'CONTAINS(symptoms, "发热")',
    call: ([hay, needle]) => {
      if (Array.isArray(hay)) return hay.some((v) => looseEquals(v, needle));
      if (isEmpty(hay)) return false;
      return displayText(hay).includes(displayText(needle));
    },
  },
  SUM: {
    minArgs: 1,
    maxArgs: MANY,
    returns: T.number,
    argKinds: 'numbers',
    summary: { 'zh-CN': '求和（空值不计）', en: 'Total (blanks skipped)' },
    example: 'SUM(members.amount)',
    call: (args) => collectNumbers(args).reduce((s, n) => s + n, 0),
  },
  COUNT: {
    minArgs: 1,
    maxArgs: MANY,
    returns: T.number,
    summary: { 'zh-CN': '非空项的个数（重复组为行数）', en: 'How many items are not blank (rows of a repeat group)' },
    example: 'COUNT(members)',
    call: (args) => countItems(args),
  },
  AVG: {
    minArgs: 1,
    maxArgs: MANY,
    returns: T.number,
    argKinds: 'numbers',
    summary: { 'zh-CN': '平均值（空值不计；全空时为空）', en: 'Average (blanks skipped; blank if all are)' },
    example: 'AVG(members.age)',
    call: (args) => {
      const ns = collectNumbers(args);
      return ns.length === 0 ? null : ns.reduce((s, n) => s + n, 0) / ns.length;
    },
  },
  MIN: {
    minArgs: 1,
    maxArgs: MANY,
    returns: T.number,
    argKinds: 'numbers',
    summary: { 'zh-CN': '最小值', en: 'Smallest value' },
    example: 'MIN(morningTemp, eveningTemp)',
    call: (args) => {
      const ns = collectNumbers(args);
      return ns.length === 0 ? null : Math.min(...ns);
    },
  },
  MAX: {
    minArgs: 1,
    maxArgs: MANY,
    returns: T.number,
    argKinds: 'numbers',
    summary: { 'zh-CN': '最大值', en: 'Largest value' },
    example: 'MAX(morningTemp, eveningTemp) >= 37.3',
    call: (args) => {
      const ns = collectNumbers(args);
      return ns.length === 0 ? null : Math.max(...ns);
    },
  },
  ROUND: {
    minArgs: 1,
    maxArgs: 2,
    returns: T.number,
    argKinds: 'numbers',
    summary: {
      'zh-CN': '四舍五入到指定小数位（默认 0 位）',
      en: 'Round half away from zero to N decimals (default 0)',
    },
    example: 'ROUND(income / people, 2)',
    call: ([x, d]) => {
      const n = toNumber(x);
      return n === undefined || isEmpty(x) ? null : round(n, toNumber(d) ?? 0);
    },
  },
  TODAY: {
    minArgs: 0,
    maxArgs: 0,
    returns: T.date,
    summary: { 'zh-CN': '今天的日期（北京时间）', en: 'Today’s date (China Standard Time)' },
    example: 'DAYS(TODAY(), returnDate) <= 14',
    call: (_args, clock) => todayIso(clock),
  },
  NOW: {
    minArgs: 0,
    maxArgs: 0,
    returns: T.string,
    summary: { 'zh-CN': '当前日期和时间', en: 'The current date and time' },
    example: 'NOW()',
    call: (_args, clock) => nowIso(clock),
  },
  DAYS: {
    minArgs: 2,
    maxArgs: 2,
    returns: T.number,
    argKinds: 'dates',
    summary: {
      'zh-CN': '从开始日期到结束日期的天数：DAYS(结束, 开始)',
      en: 'Days from start to end: DAYS(end, start)',
    },
    example: 'DAYS(TODAY(), returnDate)',
    call: ([end, start]) => (isEmpty(end) || isEmpty(start) ? null : toDay(end) - toDay(start)),
  },
  AGE: {
    minArgs: 1,
    maxArgs: 1,
    returns: T.number,
    summary: {
      'zh-CN': '周岁年龄，参数为出生日期或身份证号码',
      en: 'Age in whole years, from a birth date or an ID number',
    },
    example: 'AGE(idNumber) >= 60',
    call: ([a], clock) => {
      const birth = birthDateOf(a);
      return birth === undefined ? null : fullYearsBetween(birth, todayIso(clock));
    },
  },
  LUHN: {
    minArgs: 1,
    maxArgs: 1,
    returns: T.boolean,
    summary: {
      'zh-CN': '银行卡号等数字串的 Luhn 校验位是否正确',
      en: 'Whether a digit string such as a bank card number has a valid Luhn check digit',
    },
    example: 'LUHN(value.account)',
    call: ([a]) => (isEmpty(a) ? null : hasValidLuhnDigit(displayText(a))),
  },
};

export function isKnownFunction(name: string): boolean {
  return Object.hasOwn(FUNCTIONS, name);
}
