import { SHARE_ENV, Worker } from "node:worker_threads";
import { DomainError } from "@/lib/errors/domain-error";
import type { PoolReply, PoolRequest, PoolResult } from "./worker-messages";

/** The pool's queue is full: the caller answers 503 with Retry-After, nothing was accepted. */
export class PoolBusy extends DomainError {
  constructor(retryAfterSeconds: number) {
    super("The ingest queue is full; nothing from this request was stored. Retry after the delay in Retry-After.", 503, undefined, { "Retry-After": String(retryAfterSeconds) });
  }
}

export interface WorkerPoolOptions {
  /** A loadable JavaScript file that answers PoolRequests with PoolReplies (redact-worker.ts, bundled). */
  entry: string;
  /** Worker threads. */
  size: number;
  /** Items admitted (queued or in a worker) at most; a request that would pass it is refused or waits. */
  queueLimit: number;
  /** Items per message to a worker, at most. */
  chunkSize?: number;
  /** A worker that has not answered a job in this time is ended; the job's items fail alone. */
  jobTimeoutMs?: number;
  /** Heap of one worker: a record that blows it up ends that worker, not the app. */
  maxHeapMb?: number;
}

/** Refuse a request when the queue is full (HTTP pushes), or wait for room (pull jobs, CLIs). */
export type WhenFull = "refuse" | "wait";

interface Job {
  id: number;
  items: unknown[];
  done: (results: PoolResult[] | "unavailable") => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  startedAt: number;
}

// Workers that die before they ever answer (a missing or broken bundle) this many times in a
// row mean the pool cannot work: it says "unavailable" and the caller works in-thread.
const MAX_FAILED_STARTS = 3;

/**
 * A fixed set of worker threads with one bounded FIFO queue. A request's items are split
 * into chunks spread over the workers; every admitted item gets a result (a value, or a
 * failure when its worker crashed or hung: only that chunk's items fail, and a fresh
 * worker takes the dead one's place). Admission is all or nothing per request, so a
 * refused request stored nothing and an admitted one is finished.
 */
export class WorkerPool<T, R> {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly waiters: Array<() => void> = [];
  private readyWaiters: Array<() => void> = [];
  private admitted = 0;
  private nextId = 1;
  private failedStarts = 0;
  private msPerItem = 1;
  private closed = false;
  /** Set once the workers cannot start; every later run answers "unavailable". */
  broken = false;

  constructor(private readonly options: WorkerPoolOptions) {
    for (let i = 0; i < Math.max(1, options.size); i++) this.slots.push(this.spawn());
  }

  /** Items admitted and not finished yet. */
  get load(): number {
    return this.admitted;
  }

  /**
   * Runs `items` through the workers; results in the items' order. "unavailable" when the
   * pool is broken (the caller then does the work itself). Throws PoolBusy when the queue
   * is full and `whenFull` is "refuse"; an empty queue always admits a request.
   */
  async run(items: T[], whenFull: WhenFull): Promise<PoolResult<R>[] | "unavailable"> {
    if (this.broken || this.closed) return "unavailable";
    if (!items.length) return [];
    while (this.admitted > 0 && this.admitted + items.length > this.options.queueLimit) {
      if (whenFull === "refuse") throw new PoolBusy(this.retryAfterSeconds());
      await new Promise<void>((resolve) => this.waiters.push(resolve));
      if (this.broken || this.closed) return "unavailable";
    }
    this.admitted += items.length;
    this.keepAlive();
    const size = Math.max(1, Math.min(this.options.chunkSize ?? 64, Math.ceil(items.length / this.slots.length)));
    const chunks: Promise<PoolResult[] | "unavailable">[] = [];
    for (let start = 0; start < items.length; start += size) {
      const part = items.slice(start, start + size);
      chunks.push(new Promise((done) => this.queue.push({ id: this.nextId++, items: part, done })));
    }
    this.dispatch();
    const answers = await Promise.all(chunks);
    this.admitted -= items.length;
    this.keepAlive();
    this.wake();
    if (answers.includes("unavailable")) return "unavailable";
    return (answers as PoolResult<R>[][]).flat();
  }

  /** Resolves once every worker has loaded (or the pool gave up): the first request then pays no start-up. */
  async whenReady(): Promise<void> {
    if (this.broken || this.closed || this.slots.every((slot) => slot.ready)) return;
    await new Promise<void>((resolve) => this.readyWaiters.push(resolve));
  }

  private settleReady(): void {
    if (!this.broken && !this.closed && !this.slots.every((slot) => slot.ready)) return;
    for (const resolve of this.readyWaiters.splice(0)) resolve();
  }

  /** Ends every worker; jobs still queued or running answer "unavailable". */
  async close(): Promise<void> {
    this.closed = true;
    this.settleReady();
    const slots = this.slots.splice(0);
    for (const slot of slots) this.finish(slot, "unavailable");
    for (const job of this.queue.splice(0)) job.done("unavailable");
    this.wake();
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  /** Seconds until the queue has room, from the recent time per item (at least 1, at most 60). */
  private retryAfterSeconds(): number {
    const seconds = (this.admitted * this.msPerItem) / this.slots.length / 1000;
    return Math.min(60, Math.max(1, Math.ceil(seconds)));
  }

  /** Admitted work keeps the process alive (a CLI awaiting its results); an idle pool doesn't. */
  private keepAlive(): void {
    for (const slot of this.slots) {
      if (this.admitted > 0) slot.worker.ref();
      else slot.worker.unref();
    }
  }

  private wake(): void {
    for (const resolve of this.waiters.splice(0)) resolve();
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.entry, {
      // The keyed-hash secret and the like come from the environment, as on the main thread.
      env: SHARE_ENV,
      // The entry is plain JavaScript: none of the parent's loader flags (tsx, vitest) are needed.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? 2048 },
    });
    const slot: Slot = { worker, ready: false, job: null, timer: null, startedAt: 0 };
    if (!this.admitted) worker.unref();
    worker.on("message", (message: PoolReply | { ready: true }) => {
      if ("ready" in message) {
        slot.ready = true;
        this.failedStarts = 0;
        this.settleReady();
      } else if (slot.job && slot.job.id === message.id) {
        const items = slot.job.items.length;
        this.msPerItem = 0.8 * this.msPerItem + 0.2 * ((performance.now() - slot.startedAt) / items);
        this.finish(slot, message.results);
      }
      this.dispatch();
    });
    // An uncaught error ends the worker too: both paths meet in "exit".
    worker.on("error", () => {});
    worker.on("exit", () => this.replace(slot));
    return slot;
  }

  /** A worker ended: its job's items fail alone and a fresh worker takes its place. */
  private replace(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return; // closed
    if (!slot.ready) this.failedStarts++;
    this.finish(slot, slot.job?.items.map(() => ({ ok: false as const, error: "WorkerExited" })) ?? []);
    if (this.failedStarts >= MAX_FAILED_STARTS) {
      this.broken = true;
      void this.close();
      return;
    }
    this.slots[index] = this.spawn();
    this.dispatch();
  }

  private finish(slot: Slot, results: PoolResult[] | "unavailable"): void {
    if (slot.timer) clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = null;
    slot.timer = null;
    job?.done(results);
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!this.queue.length) return;
      if (!slot.ready || slot.job) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.startedAt = performance.now();
      slot.timer = setTimeout(() => void slot.worker.terminate(), this.options.jobTimeoutMs ?? 60_000);
      slot.worker.postMessage({ id: job.id, items: job.items } satisfies PoolRequest<unknown>);
    }
  }
}
