import { T } from '../../expr/expr-type.ts';
import { labelProp } from '../props.ts';
import type { ComponentManifest } from '../types.ts';

export const section: ComponentManifest = {
  type: 'section',
  category: 'layout',
  label: { 'zh-CN': '分组', en: 'Section' },
  role: 'container',
  valueKind: 'none',
  exprType: T.null,
  defaultLevel: 'L1',
  props: {
    title: { kind: 'text', label: { 'zh-CN': '分组标题', en: 'Title' }, localized: true, default: '' },
    description: { kind: 'text', label: { 'zh-CN': '分组说明', en: 'Description' }, localized: true, multiline: true },
  },
};

export const repeat: ComponentManifest = {
  type: 'repeat',
  category: 'layout',
  label: { 'zh-CN': '重复组（明细）', en: 'Repeat group' },
  role: 'container',
  repeats: true,
  valueKind: 'records',
  exprType: T.list(T.any),
  defaultLevel: 'L2',
  props: {
    label: labelProp,
    minRows: { kind: 'number', label: { 'zh-CN': '最少行数', en: 'Min rows' }, default: 0, min: 0, integer: true },
    maxRows: {
      kind: 'number',
      label: { 'zh-CN': '最多行数', en: 'Max rows' },
      default: 20,
      min: 1,
      max: 200,
      integer: true,
    },
    addLabel: {
      kind: 'text',
      label: { 'zh-CN': '添加按钮文字', en: 'Add button text' },
      localized: true,
      default: '添加一行',
    },
  },
};
