import type { Issue } from '@sprout/shared/result';
import type { Org, OrgScope, Storage } from '../storage/types.ts';

export type OrgChange = { ok: true; org: Org } | { ok: false; status: 404 | 422; issue?: Issue };

const notFound: OrgChange = { ok: false, status: 404 };

/**
 * Renames or disables / enables an org of the caller's subtree. The caller's own org is
 * not theirs to disable: that would lock them out with it.
 */
export async function updateOrg(
  storage: Storage,
  scope: OrgScope,
  id: number,
  patch: { name?: string | undefined; disabled?: boolean | undefined },
): Promise<OrgChange> {
  const org = await storage.orgs.get(id, scope);
  if (!org) return notFound;
  if (patch.disabled === true && id === scope.orgId) {
    return {
      ok: false,
      status: 422,
      issue: { path: 'disabled', message: '不能停用自己所在的组织 (not your own org)' },
    };
  }
  await storage.orgs.update(id, patch);
  return { ok: true, org: (await storage.orgs.get(id)) as Org };
}

/**
 * Moves an org with its subtree under another org, both within the caller's subtree;
 * the caller's own org stays where it is, and nothing moves below itself.
 */
export async function moveOrg(storage: Storage, scope: OrgScope, id: number, parentId: number): Promise<OrgChange> {
  const org = await storage.orgs.get(id, scope);
  if (!org) return notFound;
  const parent = await storage.orgs.get(parentId, scope);
  if (!parent) return { ok: false, status: 422, issue: { path: 'parentId', message: '上级组织不存在 (no such org)' } };
  if (id === scope.orgId) {
    return {
      ok: false,
      status: 422,
      issue: { path: 'parentId', message: '不能移动自己所在的组织 (not your own org)' },
    };
  }
  if ((await storage.orgs.move(id, parentId)) === 'cycle') {
    const message = '不能移动到它自己的下级组织之下 (not below itself)';
    return { ok: false, status: 422, issue: { path: 'parentId', message } };
  }
  return { ok: true, org: (await storage.orgs.get(id)) as Org };
}
