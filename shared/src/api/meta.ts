/** `GET /health`: the process answers. */
export interface HealthView {
  status: 'ok';
}

/** `GET /ready`: the process takes traffic (not draining, database reachable). */
export interface ReadyView {
  status: 'ready';
}

/** A whole list in one answer (no paging): `{ items }`. */
export interface Items<T> {
  items: T[];
}
