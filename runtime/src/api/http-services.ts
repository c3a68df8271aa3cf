import type { DivisionList } from '@sprout/shared/api';
import type { FileRef } from '@sprout/shared/catalog';
import { isFileRef } from '@sprout/shared/catalog';
import type { Division, RendererServices, UploadOptions } from '../renderer/context.ts';

export const DEFAULT_API_BASE = '/api/v1';

// One request per parent for the life of the page: a resident who goes back up a level
// and down again does not wait twice (the server also marks answers long-cacheable).
const divisionCache = new Map<string, Promise<Division[]>>();
// The levels the page carries, readable at once: a server-rendered picker already lists them.
const knownDivisions = new Map<string, Division[]>();

const divisionsUrl = (parent: string | undefined, apiBase: string) =>
  `${apiBase}/divisions${parent ? `?parent=${encodeURIComponent(parent)}` : ''}`;

/** Children of a division from `/divisions?parent=`, cached per page load. */
export function loadDivisions(parent: string | undefined, apiBase = DEFAULT_API_BASE): Promise<Division[]> {
  const url = divisionsUrl(parent, apiBase);
  let hit = divisionCache.get(url);
  if (!hit) {
    hit = fetch(url, { headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`divisions: HTTP ${r.status}`))))
      .then((body: Partial<DivisionList>) => body.items ?? []);
    hit.catch(() => divisionCache.delete(url));
    divisionCache.set(url, hit);
  }
  return hit;
}

/**
 * Takes the levels the page carries (the published app's `divisions`, keyed by parent code,
 * `''` for the provinces) as already loaded: the pickers open without asking the server.
 */
export function primeDivisions(levels: Record<string, Division[]> | undefined, apiBase = DEFAULT_API_BASE): void {
  for (const [parent, items] of Object.entries(levels ?? {})) {
    const url = divisionsUrl(parent || undefined, apiBase);
    divisionCache.set(url, Promise.resolve(items));
    knownDivisions.set(url, items);
  }
}

/** Why the server refused a file, in its own words (problem+json `detail`), for the resident to read. */
export class UploadRefused extends Error {
  constructor(
    readonly status: number,
    readonly detail: string | undefined,
  ) {
    super(detail ?? `upload: HTTP ${status}`);
  }
}

/**
 * Uploads one file of a resident's submission to `/public/apps/:slug/uploads`. Uses
 * XMLHttpRequest, not fetch, because only it reports upload progress for the bar.
 */
export function uploadPublicFile(
  slug: string,
  file: File,
  apiBase = DEFAULT_API_BASE,
  options: UploadOptions = {},
): Promise<FileRef> {
  const body = new FormData();
  body.append('file', file, file.name);
  const query = options.field ? `?field=${encodeURIComponent(options.field)}` : '';
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${apiBase}/public/apps/${encodeURIComponent(slug)}/uploads${query}`);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) options.onProgress?.(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new Error('upload: network error'));
    xhr.onload = () => {
      const answer: unknown = xhr.response;
      if (xhr.status < 200 || xhr.status >= 300) {
        const detail = (answer as { detail?: unknown } | null)?.detail;
        return reject(new UploadRefused(xhr.status, typeof detail === 'string' ? detail : undefined));
      }
      if (!isFileRef(answer)) return reject(new Error('upload: the server answered no file reference'));
      resolve(answer);
    };
    xhr.send(body);
  });
}

/**
 * The services the resident page uses; without a slug, uploads are refused (the editor's preview).
 * @example <AppRenderer services={createHttpServices({ slug: 'health-code' })} … />
 */
export function createHttpServices(options: { apiBase?: string; slug?: string } = {}): RendererServices {
  const { apiBase = DEFAULT_API_BASE, slug } = options;
  return {
    loadDivisions: (parent) => loadDivisions(parent, apiBase),
    knownDivisions: (parent) => knownDivisions.get(divisionsUrl(parent, apiBase)),
    uploadFile: (file, upload) =>
      slug ? uploadPublicFile(slug, file, apiBase, upload) : Promise.reject(new Error('uploads need a published app')),
  };
}
