import type { FileRef } from '@sprout/shared/catalog';
import { isFileRef } from '@sprout/shared/catalog';
import type { Division, RendererServices } from '../renderer/context.ts';

export const DEFAULT_API_BASE = '/api/v1';

// One request per parent for the life of the page: a resident who goes back up a level
// and down again does not wait twice (the server also marks answers long-cacheable).
const divisionCache = new Map<string, Promise<Division[]>>();

/** Children of a division from `/divisions?parent=`, cached per page load. */
export function loadDivisions(parent: string | undefined, apiBase = DEFAULT_API_BASE): Promise<Division[]> {
  const url = `${apiBase}/divisions${parent ? `?parent=${encodeURIComponent(parent)}` : ''}`;
  let hit = divisionCache.get(url);
  if (!hit) {
    hit = fetch(url, { headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`divisions: HTTP ${r.status}`))))
      .then((body: { items?: Division[] }) => body.items ?? []);
    hit.catch(() => divisionCache.delete(url));
    divisionCache.set(url, hit);
  }
  return hit;
}

/** Uploads one file of a resident's submission to `/public/apps/:slug/uploads`. */
export async function uploadPublicFile(slug: string, file: File, apiBase = DEFAULT_API_BASE): Promise<FileRef> {
  const body = new FormData();
  body.append('file', file, file.name);
  const r = await fetch(`${apiBase}/public/apps/${encodeURIComponent(slug)}/uploads`, { method: 'POST', body });
  if (!r.ok) throw new Error(`upload: HTTP ${r.status}`);
  const ref: unknown = await r.json();
  if (!isFileRef(ref)) throw new Error('upload: the server answered no file reference');
  return ref;
}

/**
 * The services the resident page uses; without a slug, uploads are refused (the editor's preview).
 * @example <AppRenderer services={createHttpServices({ slug: 'health-code' })} … />
 */
export function createHttpServices(options: { apiBase?: string; slug?: string } = {}): RendererServices {
  const { apiBase = DEFAULT_API_BASE, slug } = options;
  return {
    loadDivisions: (parent) => loadDivisions(parent, apiBase),
    uploadFile: (file) =>
      slug ? uploadPublicFile(slug, file, apiBase) : Promise.reject(new Error('uploads need a published app')),
  };
}
