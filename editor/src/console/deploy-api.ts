import type { AppDetail, AppSummary, OrgView, UserView } from '@sprout/shared/api';
import type { Api } from '../api/client.ts';

const id = (v: string | number) => encodeURIComponent(String(v));

export interface LoginLock {
  username: string | null;
  address: string;
  failures: number;
  lockedUntil: string;
  user: { id: number; displayName: string; orgId: number } | null;
}

export interface VersionSummary {
  version: number;
  publishedAt: string;
}

/** Calls of the deployment pieces: app archive/delete and versions, org administration, sign-in locks. */
export function deployApi(api: Api) {
  const { request } = api;
  return {
    app: (appId: string) => request<AppDetail>('GET', `/apps/${id(appId)}`),
    versions: (appId: string) => request<{ items: VersionSummary[] }>('GET', `/apps/${id(appId)}/versions`),
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
      request<{ org: OrgView; user: UserView; password: string }>('POST', '/orgs/top-level', body),
    loginLocks: () => request<{ items: LoginLock[] }>('GET', '/login-locks'),
    clearLock: (lock: Pick<LoginLock, 'username' | 'address'>) =>
      request<void>('POST', '/login-locks/clear', { username: lock.username, address: lock.address }),
  };
}
