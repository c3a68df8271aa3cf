import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context.tsx';
import { parentsToFetch } from './division-names.ts';

// Division names never change while the page is open; one cache for every table and drawer.
const cache = new Map<string, string>();
const asked = new Set<string>();
const listeners = new Set<() => void>();

/** Names of division codes (a region answer is stored as a code), fetched per parent from the division API. */
export function useDivisionNames(codes: string[]): Map<string, string> {
  const api = useApi();
  const [, setVersion] = useState(0);
  useEffect(() => {
    const listener = () => setVersion((n) => n + 1);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  const key = [...new Set(codes)].sort().join(',');
  useEffect(() => {
    const missing = parentsToFetch(key.split(',').filter((c) => c && !cache.has(c)));
    for (const parent of missing) {
      const id = parent ?? '';
      if (asked.has(id)) continue;
      asked.add(id);
      api
        .request<{ items: Array<{ code: string; name: string }> }>(
          'GET',
          `/divisions${parent ? `?parent=${parent}` : ''}`,
        )
        .then((r) => {
          for (const d of r.items) cache.set(d.code, d.name);
          for (const l of listeners) l();
        })
        .catch(() => asked.delete(id));
    }
  }, [api, key]);
  return cache;
}
