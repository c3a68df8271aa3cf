import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False while the markup comes from the server or is being hydrated, true in the browser
 * after that (and at once in a page rendered in the browser). React renders the server's
 * answer during hydration, so the two agree, then re-renders with the browser's.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
