/**
 * One neutral form spec that every benchmarked library is given, translated by a thin
 * adapter each: the same fields, the same rules, so the timings compare like with like.
 */

export const FIELD_TYPES = ['text', 'number', 'select', 'radio', 'checkboxes', 'date', 'textarea'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface FieldOption {
  value: string;
  label: string;
}

export interface FieldSpec {
  /** 1-based position in the form. */
  index: number;
  /** The data key: `f1` … `fN`. */
  key: string;
  type: FieldType;
  label: string;
  required: boolean;
  /** Shown only when this other field has a value. */
  visibleIfFilled?: string;
  options?: FieldOption[];
}

export interface TotalSpec {
  key: 'total';
  label: string;
  /** The number fields it adds up, in form order. */
  of: string[];
}

/** Fields the driver acts on, chosen once so every library is probed at the same place. */
export interface ProbeSpec {
  /** A text field far down the form that controls nothing: typed into for keystroke latency. */
  keystrokeKey: string;
  /** A text field that controls a conditional field, and that field. */
  toggleController: string;
  toggleDependent: string;
  /** The last field shown before anything is typed: mount is done when it is rendered. */
  lastInitiallyVisibleKey: string;
}

export interface FormSpec {
  size: number;
  fields: FieldSpec[];
  total: TotalSpec;
  probes: ProbeSpec;
}

export const FORM_SIZES = [50, 200, 1000] as const;

const OPTION_COUNT: Partial<Record<FieldType, number>> = { select: 5, radio: 3, checkboxes: 4 };

function optionsFor(type: FieldType): FieldOption[] | undefined {
  const count = OPTION_COUNT[type];
  if (count === undefined) return undefined;
  return Array.from({ length: count }, (_, i) => ({ value: `o${i + 1}`, label: `选项 ${i + 1}` }));
}

function fieldAt(index: number): FieldSpec {
  const type = FIELD_TYPES[(index - 1) % FIELD_TYPES.length]!;
  const field: FieldSpec = {
    index,
    key: `f${index}`,
    type,
    label: `第 ${index} 题（${type}）`,
    required: index % 10 === 0,
  };
  if (index % 5 === 0) field.visibleIfFilled = `f${index - 1}`;
  const options = optionsFor(type);
  if (options) field.options = options;
  return field;
}

/**
 * The benchmark form: mixed field types in a fixed cycle, every 10th required, every 5th
 * shown only once the field before it is filled, and one total of all number fields.
 * @example generateForm(50).fields[4] // { key: 'f5', visibleIfFilled: 'f4', … }
 */
export function generateForm(size: number): FormSpec {
  if (!Number.isInteger(size) || size < 10) throw new Error(`generateForm: size must be an integer ≥ 10, got ${size}`);
  const fields = Array.from({ length: size }, (_, i) => fieldAt(i + 1));
  const total: TotalSpec = {
    key: 'total',
    label: '合计',
    of: fields.filter((f) => f.type === 'number').map((f) => f.key),
  };
  return { size, fields, total, probes: pickProbes(fields) };
}

function pickProbes(fields: FieldSpec[]): ProbeSpec {
  const controllers = new Set(fields.flatMap((f) => (f.visibleIfFilled ? [f.visibleIfFilled] : [])));
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const dependent = fields.findLast((f) => f.visibleIfFilled && byKey.get(f.visibleIfFilled)?.type === 'text');
  const middle = fields.length / 2;
  const typed = fields.find(
    (f) => f.index >= middle && f.type === 'text' && !f.visibleIfFilled && !controllers.has(f.key),
  );
  const lastShown = fields.findLast((f) => !f.visibleIfFilled);
  if (!dependent?.visibleIfFilled || !typed || !lastShown) {
    throw new Error('generateForm: the form is too small to hold the probe fields; use 30 fields or more');
  }
  return {
    keystrokeKey: typed.key,
    toggleController: dependent.visibleIfFilled,
    toggleDependent: dependent.key,
    lastInitiallyVisibleKey: lastShown.key,
  };
}

/** The size asked for in the page URL (`?n=1000`), 50 when absent. */
export function sizeFromUrl(href: string): number {
  const n = Number(new URL(href).searchParams.get('n') ?? 50);
  return Number.isInteger(n) && n > 0 ? n : 50;
}
