import type {
  AppDetail,
  AppSummary,
  AppVersionSummary,
  LoginLockView,
  OrgView,
  TopLevelOrgCreated,
} from '@sprout/shared/api';
import type { Api } from '../api/client.ts';

const id = (v: string | number) => encodeURIComponent(String(v));

/** The wire's shapes under the names the console's components use. */
export type { AppVersionSummary as VersionSummary, LoginLockView as LoginLock } from '@sprout/shared/api';

/** Calls of the deployment pieces: app archive/delete and versions, org administration, sign-in locks. */
export function deployApi(api: Api) {
  const { request } = api;
  return {
    app: (appId: string) => request<AppDetail>('GET', `/apps/${id(appId)}`),
    versions: (appId: string) => request<{ items: AppVersionSummary[] }>('GET', `/apps/${id(appId)}/versions`),
    versionTitle: async (appId: string, version: number) =>
      (await request<{ definition: AppDetail['draft'] }>('GET', `/apps/${id(appId)}/versions/${version}`)).definition
        .meta.title,
    setArchived: (appId: string, archived: boolean) =>
      request<AppSummary>('POST', `/apps/${id(appId)}/${archived ? 'archive' : 'unarchive'}`),
    deleteApp: (appId: string) => request<void>('DELETE', `/apps/${id(appId)}`),
    patchOrg: (orgId: number, body: { name?: string; disabled?: boolean }) =>
      request<OrgView>('PATCH', `/orgs/${id(orgId)}`, body),
    moveOrg: (orgId: number, parentId: number) => request<OrgView>('POST', `/orgs/${id(orgId)}/move`, { parentId }),
    addTopLevelOrg: (body: { code: string; username: string }) =>
      request<TopLevelOrgCreated>('POST', '/orgs/top-level', body),
    loginLocks: () => request<{ items: LoginLockView[] }>('GET', '/login-locks'),
    clearLock: (lock: Pick<LoginLockView, 'username' | 'address'>) =>
      request<void>('POST', '/login-locks/clear', { username: lock.username, address: lock.address }),
  };
}
