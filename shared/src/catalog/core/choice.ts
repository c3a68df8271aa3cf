import { T } from '../../expr/expr-type.ts';
import { inputProps, isOptionValue, numberProp } from '../props.ts';
import type { ComponentManifest, PropSpec } from '../types.ts';

const optionsProp: PropSpec = {
  kind: 'options',
  label: { 'zh-CN': '选项', en: 'Options' },
  minItems: 1,
  default: [
    { value: '选项1', label: '选项1' },
    { value: '选项2', label: '选项2' },
  ],
};

function checkOne(v: unknown, props: Record<string, unknown>) {
  if (typeof v !== 'string') return { code: 'type.string' } as const;
  return isOptionValue(props, v) ? null : ({ code: 'choice.unknown', params: { value: v } } as const);
}

export const select: ComponentManifest = {
  type: 'select',
  category: 'choice',
  label: { 'zh-CN': '下拉选择', en: 'Dropdown' },
  role: 'input',
  valueKind: 'string',
  exprType: T.string,
  defaultLevel: 'L2',
  props: { ...inputProps, options: optionsProp },
  validate: checkOne,
};

export const radio: ComponentManifest = {
  ...select,
  type: 'radio',
  label: { 'zh-CN': '单选', en: 'Single choice' },
  props: {
    ...inputProps,
    options: {
      ...optionsProp,
      default: [
        { value: '是', label: '是' },
        { value: '否', label: '否' },
      ],
    },
  },
};

export const checkboxes: ComponentManifest = {
  type: 'checkboxes',
  category: 'choice',
  label: { 'zh-CN': '多选', en: 'Multiple choice' },
  role: 'input',
  valueKind: 'string-list',
  exprType: T.list(T.string),
  defaultLevel: 'L2',
  props: {
    ...inputProps,
    options: optionsProp,
    minSelected: { kind: 'number', label: { 'zh-CN': '至少选择', en: 'Choose at least' }, min: 0, integer: true },
    maxSelected: { kind: 'number', label: { 'zh-CN': '最多选择', en: 'Choose at most' }, min: 1, integer: true },
  },
  validate: (v, props) => {
    if (!Array.isArray(v)) return { code: 'type.list' };
    for (const item of v) {
      const problem = checkOne(item, props);
      if (problem) return problem;
    }
    const min = numberProp(props, 'minSelected');
    const max = numberProp(props, 'maxSelected');
    if (min !== undefined && v.length < min) return { code: 'choice.minSelected', params: { min } };
    if (max !== undefined && v.length > max) return { code: 'choice.maxSelected', params: { max } };
    if (new Set(v).size !== v.length) return { code: 'choice.unknown', params: { value: String(v[0]) } };
    return null;
  },
};
