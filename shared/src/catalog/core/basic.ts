import { isIsoDate } from '../../expr/dates.ts';
import { T } from '../../expr/expr-type.ts';
import { inputProps, numberProp, textInputProps } from '../props.ts';
import type { ComponentManifest, FieldProblem } from '../types.ts';

const trimText = (v: unknown) => (typeof v === 'string' ? v.trim() : v);

function checkLength(value: string, props: Record<string, unknown>): FieldProblem | null {
  const length = Array.from(value).length;
  const min = numberProp(props, 'minLength');
  const max = numberProp(props, 'maxLength');
  if (min !== undefined && length < min) return { code: 'text.minLength', params: { min } };
  if (max !== undefined && length > max) return { code: 'text.maxLength', params: { max } };
  return null;
}

export const text: ComponentManifest = {
  type: 'text',
  category: 'basic',
  label: { 'zh-CN': '单行文本', en: 'Text' },
  role: 'input',
  valueKind: 'string',
  exprType: T.string,
  defaultLevel: 'L2',
  mask: { kind: 'name' },
  props: {
    ...textInputProps,
    maxLength: {
      kind: 'number',
      label: { 'zh-CN': '最多字数', en: 'Max length' },
      default: 100,
      min: 1,
      integer: true,
    },
    minLength: { kind: 'number', label: { 'zh-CN': '最少字数', en: 'Min length' }, min: 0, integer: true },
  },
  normalize: trimText,
  validate: (v, props) => (typeof v !== 'string' ? { code: 'type.string' } : checkLength(v, props)),
};

export const textarea: ComponentManifest = {
  ...text,
  type: 'textarea',
  label: { 'zh-CN': '多行文本', en: 'Paragraph' },
  props: {
    ...textInputProps,
    maxLength: {
      kind: 'number',
      label: { 'zh-CN': '最多字数', en: 'Max length' },
      default: 1000,
      min: 1,
      integer: true,
    },
    rows: { kind: 'number', label: { 'zh-CN': '行数', en: 'Rows' }, default: 4, min: 2, max: 20, integer: true },
  },
};

export const number: ComponentManifest = {
  type: 'number',
  category: 'basic',
  label: { 'zh-CN': '数字', en: 'Number' },
  role: 'input',
  valueKind: 'number',
  exprType: T.number,
  defaultLevel: 'L2',
  props: {
    ...textInputProps,
    min: { kind: 'number', label: { 'zh-CN': '最小值', en: 'Minimum' } },
    max: { kind: 'number', label: { 'zh-CN': '最大值', en: 'Maximum' } },
    integer: { kind: 'boolean', label: { 'zh-CN': '只允许整数', en: 'Whole numbers only' }, default: false },
    unit: { kind: 'text', label: { 'zh-CN': '单位', en: 'Unit' }, localized: true },
  },
  normalize: (v) => (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v),
  validate: (v, props) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return { code: 'type.number' };
    if (props.integer === true && !Number.isInteger(v)) return { code: 'number.integer' };
    const min = numberProp(props, 'min');
    const max = numberProp(props, 'max');
    if (min !== undefined && v < min) return { code: 'number.min', params: { min } };
    if (max !== undefined && v > max) return { code: 'number.max', params: { max } };
    return null;
  },
};

export const date: ComponentManifest = {
  type: 'date',
  category: 'basic',
  label: { 'zh-CN': '日期', en: 'Date' },
  role: 'input',
  valueKind: 'date',
  exprType: T.date,
  defaultLevel: 'L2',
  props: {
    ...inputProps,
    min: { kind: 'text', label: { 'zh-CN': '最早日期', en: 'Earliest date' } },
    max: { kind: 'text', label: { 'zh-CN': '最晚日期', en: 'Latest date' } },
  },
  validate: (v, props) => {
    if (!isIsoDate(v)) return { code: 'date.invalid' };
    if (typeof props.min === 'string' && props.min && v < props.min)
      return { code: 'date.min', params: { min: props.min } };
    if (typeof props.max === 'string' && props.max && v > props.max)
      return { code: 'date.max', params: { max: props.max } };
    return null;
  },
};

export const time: ComponentManifest = {
  type: 'time',
  category: 'basic',
  label: { 'zh-CN': '时间', en: 'Time' },
  role: 'input',
  valueKind: 'time',
  exprType: T.string,
  defaultLevel: 'L2',
  props: { ...inputProps },
  validate: (v) => (typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v) ? null : { code: 'time.invalid' }),
};

export const switchField: ComponentManifest = {
  type: 'switch',
  category: 'basic',
  label: { 'zh-CN': '开关', en: 'Switch' },
  role: 'input',
  valueKind: 'boolean',
  exprType: T.boolean,
  defaultLevel: 'L2',
  props: { ...inputProps },
  validate: (v) => (typeof v === 'boolean' ? null : { code: 'type.boolean' }),
};

export const rating: ComponentManifest = {
  type: 'rating',
  category: 'basic',
  label: { 'zh-CN': '评分', en: 'Rating' },
  role: 'input',
  valueKind: 'number',
  exprType: T.number,
  defaultLevel: 'L1',
  props: {
    ...inputProps,
    max: { kind: 'number', label: { 'zh-CN': '满分', en: 'Out of' }, default: 5, min: 2, max: 10, integer: true },
  },
  normalize: number.normalize,
  validate: (v, props) => {
    const max = numberProp(props, 'max') ?? 5;
    return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= max
      ? null
      : { code: 'rating.range', params: { max } };
  },
};
