import type { Issue } from '@sprout/shared/result';
import type { Locale } from '@sprout/shared/i18n';

type Text = { 'zh-CN': string; en: string };

const TITLES: Record<number, Text> = {
  400: { 'zh-CN': '请求格式不正确', en: 'Bad request' },
  401: { 'zh-CN': '请先登录', en: 'Sign in first' },
  403: { 'zh-CN': '没有权限', en: 'Not allowed' },
  404: { 'zh-CN': '未找到', en: 'Not found' },
  409: { 'zh-CN': '冲突', en: 'Conflict' },
  410: { 'zh-CN': '已停止收集', en: 'Gone' },
  413: { 'zh-CN': '内容过大', en: 'Too large' },
  415: { 'zh-CN': '不支持的内容类型', en: 'Unsupported media type' },
  422: { 'zh-CN': '填写内容有误', en: 'Invalid input' },
  428: { 'zh-CN': '缺少必要的请求头', en: 'Precondition required' },
  429: { 'zh-CN': '尝试次数过多', en: 'Too many attempts' },
  500: { 'zh-CN': '服务器出错了', en: 'Server error' },
  503: { 'zh-CN': '暂不可用', en: 'Unavailable' },
};

/**
 * An HTTP error as a value to throw from a handler; the one `onError` renders it as
 * RFC 9457 problem+json. `detail` is bilingual so the Accept-Language pick happens once.
 */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly detailText: Text | string,
    readonly errors?: Issue[],
    readonly headers?: Record<string, string>,
    /** RFC 9457 extension members a client acts on, e.g. `{ code: 'version-outdated', currentVersion: 3 }`. */
    readonly extensions?: Record<string, unknown>,
  ) {
    super(typeof detailText === 'string' ? detailText : detailText.en);
  }

  body(locale: Locale) {
    const title = TITLES[this.status] ?? TITLES[500]!;
    const detail = typeof this.detailText === 'string' ? this.detailText : this.detailText[locale];
    return {
      type: 'about:blank',
      title: title[locale],
      status: this.status,
      detail,
      ...(this.errors ? { errors: this.errors.map(({ path, message }) => ({ path, message })) } : {}),
      ...this.extensions,
    };
  }
}

export const notFound = () => new Problem(404, { 'zh-CN': '没有找到该资源', en: 'No such resource' });
export const forbidden = () =>
  new Problem(403, { 'zh-CN': '您的角色不能进行此操作', en: 'Your role does not allow this' });
export const invalid = (issues: Issue[]) =>
  new Problem(422, { 'zh-CN': '请按提示修改后重试', en: 'Fix the fields named in errors and retry' }, issues);
