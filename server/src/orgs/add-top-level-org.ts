import type { Issue } from '@sprout/shared/result';
import { generatePassword, hashPassword } from '../auth/password.ts';
import type { Org, Storage, User } from '../storage/types.ts';

export interface NewTopLevelOrg {
  /** The division code: `330110` becomes 余杭区 with its level. */
  code: string;
  /** Its first administrator. */
  username: string;
  displayName?: string | undefined;
  /** May add further top-level orgs (the first administrator of a deployment). */
  systemAdmin: boolean;
}

export type AddTopLevelOrgResult =
  | { ok: true; org: Org; user: User; password: string }
  | { ok: false; status: 409 | 422; issue: Issue };

/**
 * Adds a top-level org (a county, a city…) named from the division data, with its
 * administrator, whose one-time password the caller shows once: it must be changed at
 * the first sign-in. One org per division; usernames are unique.
 */
export async function addTopLevelOrg(
  storage: Storage,
  input: NewTopLevelOrg,
  now: string,
): Promise<AddTopLevelOrgResult> {
  const division = await storage.divisions.get(input.code);
  if (!division) {
    const message = `没有行政区划代码 ${input.code}（No division ${input.code}）`;
    return { ok: false, status: 422, issue: { path: 'code', message } };
  }
  const existing = await storage.orgs.byCode(input.code);
  if (existing) {
    const message = `「${existing.name}」（${input.code}）已经存在（An org for ${input.code} exists already）`;
    return { ok: false, status: 409, issue: { path: 'code', message } };
  }
  if (await storage.users.byUsername(input.username)) {
    const message = `用户名 ${input.username} 已被使用（the username is taken）`;
    return { ok: false, status: 409, issue: { path: 'username', message } };
  }
  const org = await storage.orgs.create({
    parentId: null,
    name: division.name,
    code: input.code,
    level: division.level,
  });
  const password = generatePassword();
  const user = await storage.users.create(
    {
      username: input.username,
      displayName: input.displayName ?? `${org.name}管理员`,
      orgId: org.id,
      roles: ['admin'],
      passwordHash: await hashPassword(password),
      mustChangePassword: true,
      systemAdmin: input.systemAdmin,
    },
    now,
  );
  return { ok: true, org, user, password };
}
