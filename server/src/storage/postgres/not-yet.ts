/**
 * A store not yet on PostgreSQL: every method rejects and names the store, so a route that
 * reaches it fails loudly instead of answering wrong. Temporary while the engine is filled in.
 */
export function notYetOnPostgres<T extends object>(store: string): T {
  return new Proxy({} as T, {
    get: (_target, method) => {
      if (method === 'then') return undefined; // not a thenable: `await store` stays the store
      return () => Promise.reject(new Error(`${store} is not on PostgreSQL yet (${String(method)})`));
    },
  });
}
