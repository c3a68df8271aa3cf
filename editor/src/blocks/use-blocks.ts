import type { BlockView } from '@sprout/shared/api';
import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../api/api-context.tsx';
import { blocksApi } from './blocks-api.ts';

// The palette and the inspector read the same library; a save anywhere refreshes both.
const listeners = new Set<() => void>();

/** Tells every open library view to fetch again (after saving a block or a version). */
export function libraryChanged(): void {
  for (const l of listeners) l();
}

/** The blocks the official's org may insert, refreshed when the library changes. */
export function useBlocks(): { blocks: BlockView[]; error: string } {
  const api = useApi();
  const [blocks, setBlocks] = useState<BlockView[]>([]);
  const [error, setError] = useState('');
  const load = useCallback(() => {
    blocksApi(api)
      .list()
      .then(
        (items) => {
          setBlocks(items);
          setError('');
        },
        (e: Error) => setError(e.message),
      );
  }, [api]);
  useEffect(() => {
    load();
    listeners.add(load);
    return () => {
      listeners.delete(load);
    };
  }, [load]);
  return { blocks, error };
}
