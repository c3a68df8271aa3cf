import { useSyncExternalStore } from 'react';

/** Where a drag would land right now, shared with the nodes without re-rendering all of them. */
export interface OverState {
  id: string;
  after: boolean;
  allowed: boolean;
}

export interface OverStore {
  get(): OverState | null;
  set(next: OverState | null): void;
  subscribe(listener: () => void): () => void;
}

export function createOverStore(): OverStore {
  let state: OverState | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(next) {
      if (next?.id === state?.id && next?.after === state?.after && next?.allowed === state?.allowed) return;
      state = next;
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** 'before' | 'after' when the drag is over this target, 'blocked' when it may not drop here. */
export function useIndicator(store: OverStore, id: string): 'before' | 'after' | 'blocked' | null {
  return useSyncExternalStore(store.subscribe, () => {
    const s = store.get();
    if (s?.id !== id) return null;
    if (!s.allowed) return 'blocked';
    return s.after ? 'after' : 'before';
  });
}
