import type { AppNode } from '@sprout/shared';
import type { BlockView } from '@sprout/shared/api';
import type { Api } from '../api/client.ts';

/** The block library's calls, typed by shared's wire contract. */
export function blocksApi(api: Api) {
  return {
    list: () => api.request<{ items: BlockView[] }>('GET', '/blocks').then((r) => r.items),
    version: (id: number, version: number) =>
      api.request<{ version: number; nodes: AppNode[] }>('GET', `/blocks/${id}/versions/${version}`),
    save: (name: string, nodes: AppNode[]) => api.request<BlockView>('POST', '/blocks', { name, nodes }),
    saveVersion: (id: number, nodes: AppNode[]) =>
      api.request<{ version: number }>('POST', `/blocks/${id}/versions`, { nodes }),
    used: (id: number) => api.request<void>('POST', `/blocks/${id}/use`),
  };
}
