/** What the ingest pool (worker-pool.ts) and its workers (redact-worker.ts) say to each other. */
export interface PoolRequest<T> {
  id: number;
  items: T[];
}

/** One result per item, in order; a failed item names its error's class, never content. */
export type PoolResult<R = unknown> = { ok: true; value: R } | { ok: false; error: string };

export interface PoolReply<R = unknown> {
  id: number;
  results: PoolResult<R>[];
}
