import type { AppDefinition } from '@sprout/shared';
import type { Api } from '../api/client.ts';
import { publishedNames } from '../commands/locked-keys.ts';

/**
 * The data keys of every version the app has published (one request per version, the
 * list is short), so the builder can lock exactly those and no key added since.
 */
export async function loadPublishedKeys(api: Api, appId: number): Promise<Set<string>> {
  const path = `/apps/${encodeURIComponent(appId)}/versions`;
  const { items } = await api.request<{ items: Array<{ version: number }> }>('GET', path);
  const versions = await Promise.all(
    items.map((v) => api.request<{ definition: AppDefinition }>('GET', `${path}/${v.version}`)),
  );
  return publishedNames(versions.map((v) => v.definition));
}
