import { bundleKeys, bundleRevocations, type TrustBundle } from '@sprout/shared/result-code';
import type { KeyValueStorage } from '../drafts/draft-store.ts';

export type { TrustBundle } from '@sprout/shared/result-code';

export interface CachedBundle {
  bundle: TrustBundle;
  /** When this phone last fetched it; shown when offline. */
  syncedAt: string;
}

const KEY = 'sprout:verify-bundle';

function isBundle(v: unknown): v is TrustBundle {
  const b = v as TrustBundle;
  return !!b && Array.isArray(b.issuers) && Array.isArray(b.revocations) && typeof b.generatedAt === 'string';
}

/** Fetches a fresh bundle and caches it; falls back to the cached one when the network fails. */
export async function loadTrustBundle(
  fetcher: typeof fetch,
  storage: KeyValueStorage | undefined,
  now: () => Date = () => new Date(),
): Promise<{ cached: CachedBundle | undefined; online: boolean }> {
  try {
    const res = await fetcher('/api/v1/public/verification-bundle', { headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`bundle answered ${res.status}`);
    const bundle: unknown = await res.json();
    if (!isBundle(bundle)) throw new Error('bundle has the wrong shape');
    const cached = { bundle, syncedAt: now().toISOString() };
    try {
      storage?.setItem(KEY, JSON.stringify(cached));
    } catch {
      // Storage full or blocked: verification still works for this visit.
    }
    return { cached, online: true };
  } catch {
    return { cached: readCachedBundle(storage), online: false };
  }
}

export function readCachedBundle(storage: KeyValueStorage | undefined): CachedBundle | undefined {
  try {
    const parsed = JSON.parse(storage?.getItem(KEY) ?? 'null') as CachedBundle | null;
    return parsed && isBundle(parsed.bundle) && typeof parsed.syncedAt === 'string' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The bundle as the shared verifier takes it. */
export const trustedKeysOf = bundleKeys;
export const revocationCheck = bundleRevocations;
