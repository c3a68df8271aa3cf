import type { AppVersionView, AuditEntryView, PasswordReset, UserCreated } from '@sprout/shared/api';
import type { Api } from '../api/client.ts';
import type { ConsoleUser, Division, Org, Page, Submission, SubmissionEvent } from './types.ts';

const id = (v: string | number) => encodeURIComponent(String(v));

/** The console's calls, on top of the shell's typed client (same CSRF header and problem+json errors). */
export function consoleApi(api: Api) {
  const { request } = api;
  return {
    orgs: () => request<{ items: Org[] }>('GET', '/orgs'),
    createOrg: (parentId: number, code: string) => request<Org>('POST', '/orgs', { parentId, code }),
    divisions: (parent: string) => request<{ items: Division[] }>('GET', `/divisions?parent=${id(parent)}`),
    users: () => request<{ items: ConsoleUser[] }>('GET', '/users'),
    createUser: (body: { username: string; displayName: string; orgId: number; roles: string[]; password?: string }) =>
      request<UserCreated>('POST', '/users', body),
    patchUser: (
      userId: number,
      body: { disabled?: boolean; roles?: string[]; displayName?: string; capabilities?: string[] },
    ) => request<ConsoleUser>('PATCH', `/users/${id(userId)}`, body),
    resetPassword: (userId: number) => request<PasswordReset>('POST', `/users/${id(userId)}/reset-password`, {}),
    changePassword: (oldPassword: string, newPassword: string) =>
      request<void>('POST', '/auth/password', { oldPassword, newPassword }),
    logoutEverywhere: () => request<void>('POST', '/auth/logout-everywhere'),
    version: (appId: string, version: number) =>
      request<AppVersionView>('GET', `/apps/${id(appId)}/versions/${version}`),
    submissions: (appId: string, query: string) =>
      request<Page<Submission>>('GET', `/apps/${id(appId)}/submissions?${query}`),
    submission: (appId: string, sid: number) =>
      request<Submission & { history: SubmissionEvent[] }>('GET', `/apps/${id(appId)}/submissions/${id(sid)}`),
    audit: (query: string) => request<Page<AuditEntryView>>('GET', `/audit?${query}`),
    /** Deletes one submission and its files for good; the audit keeps the receipt code and the reason. */
    deleteSubmission: (appId: string, sid: number, reason: string) =>
      request<{ receiptCode: string; files: number }>('DELETE', `/apps/${id(appId)}/submissions/${id(sid)}`, {
        reason,
      }),
    /** One submission whole, for a reason the server audits (needs sensitive:read). */
    unmask: (appId: string, sid: number, reason: string) =>
      request<Submission & { unmasked: true }>('POST', `/apps/${id(appId)}/submissions/${id(sid)}/unmask`, { reason }),
  };
}

export type ConsoleApi = ReturnType<typeof consoleApi>;
