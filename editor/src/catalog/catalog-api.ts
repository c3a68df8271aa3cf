import type { PackUpgrade, PackUpgradeResult, PackView } from '@sprout/shared/api';
import type { Api } from '../api/client.ts';

const id = (v: number) => encodeURIComponent(String(v));

/** 组件中台 calls on top of the shell's typed client (same CSRF header and problem+json errors). */
export function catalogApi(api: Api) {
  const { request } = api;
  return {
    packs: () => request<{ items: PackView[] }>('GET', '/catalog/packs'),
    approve: (packId: number) => request<PackView>('POST', `/catalog/packs/${id(packId)}/approve`, {}),
    withdraw: (packId: number) => request<PackView>('POST', `/catalog/packs/${id(packId)}/withdraw`, {}),
    block: (packId: number, reason: string) =>
      request<PackView>('POST', `/catalog/packs/${id(packId)}/block`, { reason }),
    trust: (packId: number, trusted: boolean) =>
      request<PackView>('POST', `/catalog/packs/${id(packId)}/trust`, { trusted }),
    /** Newer approved versions of the packs an app's draft uses, each with its diff. */
    upgrades: (appId: number) => request<{ items: PackUpgrade[] }>('GET', `/apps/${id(appId)}/pack-upgrades`),
    /** Moves the draft to that version (prop migrations applied on the server); published versions stay pinned. */
    upgrade: (appId: number, name: string, version: string) =>
      request<PackUpgradeResult>('POST', `/apps/${id(appId)}/pack-upgrades`, { name, version }),
    /** Uploads a `.tgz` as it is; the server reads it without running anything. */
    upload: (file: Blob) => api.send<PackView>('POST', '/catalog/packs', { type: 'application/gzip', data: file }),
  };
}

export type CatalogApi = ReturnType<typeof catalogApi>;
