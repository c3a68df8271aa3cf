import type { Context } from 'hono';
import { type AppEnv, hasCapability } from '../http/context.ts';
import { sessionOf } from '../http/define-route.ts';
import { invalid, Problem } from '../http/problem.ts';
import type { SubmissionFilter } from '../storage/types.ts';

/** Whether the caller may see L3/L4 values whole (exports, files, unmasking). */
export const canReadSensitive = (c: Context<AppEnv>) => hasCapability(sessionOf(c).user, 'sensitive:read');

/** Stops a caller without `sensitive:read` with a 403 that says which grant is missing. */
export function requireSensitiveRead(c: Context<AppEnv>): void {
  if (canReadSensitive(c)) return;
  throw new Problem(403, {
    'zh-CN': '查看敏感信息需要“敏感信息查看”权限（sensitive:read），请联系管理员授权',
    en: 'Seeing sensitive values needs the sensitive:read grant; ask an admin',
  });
}

/** Six digits in a row: a fragment of an ID number, a phone or a bank account. */
const NUMBER_FRAGMENT = /\d{6}/;

/**
 * Searching by an ID number or phone would confirm a value the caller may only see masked,
 * so without `sensitive:read` the text search refuses long digit runs (422 naming `q`);
 * names and other words still search, and every search is in the read audit.
 */
export function guardSensitiveSearch(c: Context<AppEnv>, filter: SubmissionFilter): void {
  if (!filter.q || !NUMBER_FRAGMENT.test(filter.q.replace(/[\s-]/g, '')) || canReadSensitive(c)) return;
  const en = c.get('locale') === 'en';
  throw invalid([
    {
      path: 'q',
      message: en
        ? 'Searching by ID, phone or account numbers needs the sensitive:read grant'
        : '按身份证号、手机号等号码搜索需要“敏感信息查看”权限',
    },
  ]);
}
