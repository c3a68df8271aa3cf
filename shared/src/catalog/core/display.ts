import { T } from '../../expr/expr-type.ts';
import type { ComponentManifest } from '../types.ts';

export const markdown: ComponentManifest = {
  type: 'markdown',
  category: 'display',
  label: { 'zh-CN': '说明文字', en: 'Text block' },
  role: 'display',
  valueKind: 'none',
  exprType: T.null,
  defaultLevel: 'L1',
  props: {
    content: {
      kind: 'text',
      label: { 'zh-CN': '内容（Markdown）', en: 'Content (Markdown)' },
      localized: true,
      multiline: true,
      default: '',
    },
  },
};

export const image: ComponentManifest = {
  type: 'image',
  category: 'display',
  label: { 'zh-CN': '图片', en: 'Image' },
  role: 'display',
  valueKind: 'none',
  exprType: T.null,
  defaultLevel: 'L1',
  props: {
    src: { kind: 'text', label: { 'zh-CN': '图片地址', en: 'Image URL' }, required: true, default: '' },
    alt: {
      kind: 'text',
      label: { 'zh-CN': '图片描述（读屏用）', en: 'Alt text' },
      localized: true,
      required: true,
      default: '',
    },
  },
};

export const divider: ComponentManifest = {
  type: 'divider',
  category: 'display',
  label: { 'zh-CN': '分隔线', en: 'Divider' },
  role: 'display',
  valueKind: 'none',
  exprType: T.null,
  defaultLevel: 'L1',
  props: {},
};
