import type { Context } from 'hono';
import { type AppEnv, hasCapability } from '../http/context.ts';
import { sessionOf } from '../http/define-route.ts';
import { Problem } from '../http/problem.ts';

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
