import type { Locale } from '../i18n/locale.ts';

type P = Record<string, string | number>;

/** Messages for what makes a definition unusable, worded for the official who wrote it. */
const TEXT = {
  'duplicate-id': { 'zh-CN': (p: P) => `编号 ${p.id} 重复`, en: (p: P) => `id ${p.id} is used twice` },
  'unknown-type': {
    'zh-CN': (p: P) => `组件类型 ${p.type} 不存在`,
    en: (p: P) => `there is no component type ${p.type}`,
  },
  'name-missing': { 'zh-CN': '输入项需要数据字段名', en: 'an input needs a data key (name)' },
  'name-invalid': {
    'zh-CN': '字段名只能用字母、数字和下划线，且以字母开头',
    en: 'a data key uses letters, digits and _ and starts with a letter',
  },
  'name-reserved': { 'zh-CN': (p: P) => `字段名 ${p.name} 是保留字`, en: (p: P) => `${p.name} is a reserved word` },
  'name-duplicate': {
    'zh-CN': (p: P) => `字段名 ${p.name} 重复`,
    en: (p: P) => `data key ${p.name} is used twice in the same scope`,
  },
  'name-unexpected': {
    'zh-CN': '此组件不保存数据，不能设字段名',
    en: 'this component holds no data and takes no name',
  },
  'children-unexpected': { 'zh-CN': '此组件不能包含子组件', en: 'this component cannot hold child nodes' },
  'children-empty': { 'zh-CN': '重复组至少需要一个输入项', en: 'a repeat group needs at least one field' },
  'logic-unexpected': { 'zh-CN': '只有输入项可以设置必填与校验', en: 'only inputs take required and validations' },
  'prop-unknown': { 'zh-CN': (p: P) => `没有属性 ${p.prop}`, en: (p: P) => `there is no prop ${p.prop}` },
  'prop-type': { 'zh-CN': (p: P) => `应为${p.zh}`, en: (p: P) => `must be ${p.en}` },
  'prop-range': { 'zh-CN': (p: P) => `超出范围（${p.range}）`, en: (p: P) => `is out of range (${p.range})` },
  'prop-required': { 'zh-CN': '不能为空', en: 'must not be empty' },
  'option-duplicate': {
    'zh-CN': (p: P) => `选项值 ${p.value} 重复`,
    en: (p: P) => `option value ${p.value} is used twice`,
  },
  'pattern-invalid': { 'zh-CN': '正则表达式无效', en: 'the pattern is not a valid regular expression' },
  expression: { 'zh-CN': (p: P) => `表达式有误：${p.detail}`, en: (p: P) => `${p.detail}` },
  cycle: {
    'zh-CN': (p: P) => `计算值循环引用：${p.cycle}`,
    en: (p: P) => `computed values depend on each other: ${p.cycle}`,
  },
  'computed-clash': {
    'zh-CN': (p: P) => `计算值 ${p.name} 与字段重名`,
    en: (p: P) => `computed value ${p.name} has the name of a field`,
  },
  'outcome-duplicate': {
    'zh-CN': (p: P) => `结果代码 ${p.code} 重复`,
    en: (p: P) => `result code ${p.code} is used twice`,
  },
  'outcome-after-catch-all': {
    'zh-CN': (p: P) =>
      `这条规则永远不会生效：第 ${p.n} 条规则“${p.label}”没有条件（或总是成立），总是先匹配；请把它移到最后`,
    en: (p: P) =>
      `this rule can never apply: rule ${p.n} ("${p.label}") has no condition (or always holds) and always matches first; move it to the end`,
  },
  'outcome-same-condition': {
    'zh-CN': (p: P) => `这条规则永远不会生效：第 ${p.n} 条规则“${p.label}”的条件与它完全相同，总是先匹配`,
    en: (p: P) =>
      `this rule can never apply: rule ${p.n} ("${p.label}") has exactly the same condition and comes first`,
  },
  'field-missing': {
    'zh-CN': (p: P) => `表单中没有字段 ${p.name}`,
    en: (p: P) => `there is no top-level field ${p.name}`,
  },
  'once-field-missing': { 'zh-CN': '“每个字段值一次”需要指定字段', en: 'one-per-field-value needs onceField' },
  'result-code-outcomes': { 'zh-CN': '签发结果码需要至少一条结果规则', en: 'issuing a result code needs outcomes' },
} as const;

export type DefinitionProblem = keyof typeof TEXT;

export function problemText(locale: Locale, key: DefinitionProblem, params: P = {}): string {
  const t = TEXT[key][locale] as string | ((p: P) => string);
  return typeof t === 'function' ? t(params) : t;
}
