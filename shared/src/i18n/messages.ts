import type { Locale } from './locale.ts';

type Params = Record<string, string | number | undefined>;
type Template = string | ((p: Params) => string);

/**
 * Every user-facing validation message shared produces, in both languages, so the
 * runtime, the server and the editor word the same problem the same way.
 */
const MESSAGES = {
  required: { 'zh-CN': '此项为必填项', en: 'This field is required' },
  'type.string': { 'zh-CN': '应为文本', en: 'Must be text' },
  'type.number': { 'zh-CN': '应为数字', en: 'Must be a number' },
  'type.boolean': { 'zh-CN': '应为是或否', en: 'Must be yes or no' },
  'type.list': { 'zh-CN': '应为列表', en: 'Must be a list' },
  'type.object': { 'zh-CN': '格式不正确', en: 'Has the wrong shape' },
  'number.min': { 'zh-CN': (p: Params) => `不能小于 ${p.min}`, en: (p: Params) => `Must be at least ${p.min}` },
  'number.max': { 'zh-CN': (p: Params) => `不能大于 ${p.max}`, en: (p: Params) => `Must be at most ${p.max}` },
  'number.integer': { 'zh-CN': '应为整数', en: 'Must be a whole number' },
  'text.minLength': {
    'zh-CN': (p: Params) => `至少 ${p.min} 个字`,
    en: (p: Params) => `Must be at least ${p.min} characters`,
  },
  'text.maxLength': {
    'zh-CN': (p: Params) => `不能超过 ${p.max} 个字`,
    en: (p: Params) => `Must be at most ${p.max} characters`,
  },
  'text.pattern': { 'zh-CN': '格式不正确', en: 'Has the wrong format' },
  'choice.unknown': {
    'zh-CN': (p: Params) => `“${p.value}”不是可选项`,
    en: (p: Params) => `"${p.value}" is not one of the options`,
  },
  'choice.minSelected': {
    'zh-CN': (p: Params) => `至少选择 ${p.min} 项`,
    en: (p: Params) => `Choose at least ${p.min}`,
  },
  'choice.maxSelected': {
    'zh-CN': (p: Params) => `最多选择 ${p.max} 项`,
    en: (p: Params) => `Choose at most ${p.max}`,
  },
  'date.invalid': { 'zh-CN': '日期格式应为 YYYY-MM-DD', en: 'Date must be YYYY-MM-DD' },
  'date.min': { 'zh-CN': (p: Params) => `不能早于 ${p.min}`, en: (p: Params) => `Must be on or after ${p.min}` },
  'date.max': { 'zh-CN': (p: Params) => `不能晚于 ${p.max}`, en: (p: Params) => `Must be on or before ${p.max}` },
  'time.invalid': { 'zh-CN': '时间格式应为 HH:MM', en: 'Time must be HH:MM' },
  'phone.invalid': { 'zh-CN': '请输入 11 位手机号码', en: 'Enter an 11-digit mainland mobile number' },
  'idNumber.invalid': { 'zh-CN': '身份证号码格式不正确', en: 'Not a valid resident ID number' },
  'idNumber.checksum': { 'zh-CN': '身份证号码校验位不正确', en: 'The ID number’s check digit is wrong' },
  'idNumber.birthdate': { 'zh-CN': '身份证号码中的出生日期不正确', en: 'The ID number’s birth date is not valid' },
  'uscc.invalid': { 'zh-CN': '统一社会信用代码格式不正确', en: 'Not a valid unified social credit code' },
  'uscc.checksum': {
    'zh-CN': '统一社会信用代码校验位不正确',
    en: 'The unified social credit code’s check character is wrong',
  },
  'region.invalid': { 'zh-CN': '请选择行政区划', en: 'Choose an administrative division' },
  'region.level': {
    'zh-CN': (p: Params) => `请选择到${p.level}`,
    en: (p: Params) => `Choose down to the ${p.level} level`,
  },
  'upload.count': {
    'zh-CN': (p: Params) => `最多上传 ${p.max} 个文件`,
    en: (p: Params) => `Upload at most ${p.max} files`,
  },
  'upload.size': {
    'zh-CN': (p: Params) => `文件不能超过 ${p.max}`,
    en: (p: Params) => `Files must be at most ${p.max}`,
  },
  'upload.type': { 'zh-CN': '不支持该文件类型', en: 'This file type is not accepted' },
  'location.invalid': { 'zh-CN': '位置格式不正确', en: 'Location has the wrong shape' },
  'rating.range': {
    'zh-CN': (p: Params) => `请选择 1 到 ${p.max} 分`,
    en: (p: Params) => `Choose from 1 to ${p.max}`,
  },
  'repeat.minRows': { 'zh-CN': (p: Params) => `至少填写 ${p.min} 条`, en: (p: Params) => `Add at least ${p.min} rows` },
  'repeat.maxRows': { 'zh-CN': (p: Params) => `最多填写 ${p.max} 条`, en: (p: Params) => `Add at most ${p.max} rows` },
  'field.unknown': {
    'zh-CN': '表单中没有这一项',
    en: 'This app has no such field',
  },
  'validation.failed': { 'zh-CN': '填写内容不符合要求', en: 'This value is not accepted' },
  /** A pack rule's own message, passed through in the locale asked for. */
  'pack.rule': {
    'zh-CN': (p: Params) => String(p['zh-CN'] ?? p.en ?? ''),
    en: (p: Params) => String(p.en ?? p['zh-CN'] ?? ''),
  },
  'pack.shape': {
    'zh-CN': (p: Params) => (p.at ? `“${p.at}”格式不正确` : '格式不正确'),
    en: (p: Params) => (p.at ? `"${p.at}" has the wrong shape` : 'Has the wrong shape'),
  },
} satisfies Record<string, Record<Locale, Template>>;

export type MessageKey = keyof typeof MESSAGES;

/**
 * Formats a shared message in a locale.
 * @example message('en', 'number.min', { min: 3 }) // 'Must be at least 3'
 */
export function message(locale: Locale, key: MessageKey, params: Params = {}): string {
  const template: Template = MESSAGES[key][locale];
  return typeof template === 'function' ? template(params) : template;
}
