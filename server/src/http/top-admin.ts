import type { Context } from 'hono';
import type { AppEnv } from './context.ts';
import { sessionOf } from './define-route.ts';
import { Problem } from './problem.ts';

/** Deployment-wide settings (keys, the trust list) belong to admins of a top-level org. */
export async function isTopAdmin(c: Context<AppEnv>): Promise<boolean> {
  const user = sessionOf(c).user;
  const org = await c.get('deps').storage.orgs.get(user.orgId);
  return user.roles.includes('admin') && org?.parentId === null;
}

export async function requireTopAdmin(c: Context<AppEnv>): Promise<void> {
  if (!(await isTopAdmin(c))) {
    throw new Problem(403, {
      'zh-CN': '只有最上级单位的管理员可以管理密钥和互认名单',
      en: 'Only admins of the top-level org manage keys and the trust list',
    });
  }
}
