import type { Locale } from '../../i18n/locale.ts';

type P = Record<string, string | number>;

/** What makes a pack unusable, worded for the vendor who wrote it and the approver who reads it. */
const TEXT = {
  'component-api': {
    'zh-CN': (p: P) => `组件接口版本范围 ${p.range} 不包含本平台的 ${p.api}`,
    en: (p: P) => `component API range ${p.range} does not include this Sprout's ${p.api}`,
  },
  'host-version': {
    'zh-CN': (p: P) => `组件构建所用的宿主版本与本平台不兼容：${p.detail}`,
    en: (p: P) => `the widgets were built against host versions this Sprout does not serve: ${p.detail}`,
  },
  'type-duplicate': {
    'zh-CN': (p: P) => `组件类型 ${p.type} 在本组件包中重复`,
    en: (p: P) => `component type ${p.type} appears twice in this pack`,
  },
  'type-taken': {
    'zh-CN': (p: P) => `组件类型 ${p.type} 已由 ${p.owner} 提供`,
    en: (p: P) => `component type ${p.type} is already provided by ${p.owner}`,
  },
  'type-namespace': {
    'zh-CN': (p: P) => `组件类型应以组件包的命名空间 ${p.namespace}. 开头`,
    en: (p: P) => `component types must start with the pack's namespace ${p.namespace}.`,
  },
  'widget-or-composite': {
    'zh-CN': '组件必须且只能声明 widget 或 composite 之一',
    en: 'a component declares exactly one of widget and composite',
  },
  'widget-path': {
    'zh-CN': '部件模块应为组件包内的相对路径，以 .js 或 .mjs 结尾',
    en: 'a widget is a relative path inside the pack ending in .js or .mjs',
  },
  'widget-missing': {
    'zh-CN': (p: P) => `组件包中没有文件 ${p.file}`,
    en: (p: P) => `the archive has no file ${p.file}`,
  },
  'check-or-when': {
    'zh-CN': '规则必须且只能写 check 或 when 之一',
    en: 'a rule has exactly one of check and when',
  },
  'pattern-invalid': { 'zh-CN': '正则表达式无效', en: 'the pattern is not a valid regular expression' },
  'required-unknown': {
    'zh-CN': (p: P) => `required 中的 ${p.key} 不在 properties 中`,
    en: (p: P) => `required names ${p.key}, which properties does not list`,
  },
  'composite-shape': {
    'zh-CN': (p: P) => `组合组件的值应为对象，属性与子组件字段名一致（${p.names}）`,
    en: (p: P) => `a composite's value is an object whose properties are its parts' names (${p.names})`,
  },
  'column-duplicate': {
    'zh-CN': (p: P) => `导出列 ${p.key} 重复`,
    en: (p: P) => `export column ${p.key} appears twice`,
  },
  'capability-none': {
    'zh-CN': '“none” 不能与其他能力同时声明',
    en: '"none" cannot be declared with other capabilities',
  },
  'migration-component': {
    'zh-CN': (p: P) => `迁移针对的组件 ${p.type} 不在本组件包中`,
    en: (p: P) => `the migration names ${p.type}, which this pack does not provide`,
  },
  'prop-default': {
    'zh-CN': '默认值不在可选值中',
    en: 'the default is not one of the values',
  },
  // Formats the manifest's schema checks; the schema names these keys as its messages.
  'name-format': {
    'zh-CN': '应为带作用域的包名，例如 @acme/plate-number（小写字母、数字和 -）',
    en: 'must be a scoped name, e.g. @acme/plate-number',
  },
  'version-format': {
    'zh-CN': '应为“主版本.次版本.修订号”格式的版本号，例如 1.2.0',
    en: 'must be a version MAJOR.MINOR.PATCH, e.g. 1.2.0',
  },
  'range-format': {
    'zh-CN': '应为版本范围，例如 ^1.0.0',
    en: 'must be a version range, e.g. ^1.0.0',
  },
  'type-format': {
    'zh-CN': '组件类型应带命名空间：厂商.组件名，例如 acme.plateNumber',
    en: 'must be namespaced: vendor.componentName, e.g. acme.plateNumber',
  },
  'key-format': {
    'zh-CN': '名称应以字母开头，只含字母、数字和 _（最多 64 个字符）',
    en: 'a name starts with a letter and uses letters, digits and _ (up to 64)',
  },
} as const;

export type PackProblem = keyof typeof TEXT;

/** Whether a schema message is one of the keys above, to be worded in the caller's locale. */
export const isPackProblem = (message: string): message is PackProblem => Object.hasOwn(TEXT, message);

export function packProblemText(locale: Locale, key: PackProblem, params: P = {}): string {
  const t = TEXT[key][locale] as string | ((p: P) => string);
  return typeof t === 'function' ? t(params) : t;
}
