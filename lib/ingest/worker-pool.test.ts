import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PoolBusy, WorkerPool, type WorkerPoolOptions } from "./worker-pool";

interface Item {
  value: number;
  crash?: boolean;
  hang?: boolean;
  sleepMs?: number;
}

const ENTRY = path.resolve("lib/ingest/fixtures/test-pool-worker.mjs");
const pools: WorkerPool<Item, number>[] = [];
function pool(options: Partial<WorkerPoolOptions> = {}) {
  const created = new WorkerPool<Item, number>({ entry: ENTRY, size: 2, queueLimit: 100, chunkSize: 4, ...options });
  pools.push(created);
  return created;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

const items = (n: number, extra: Partial<Item> = {}): Item[] => Array.from({ length: n }, (_, i) => ({ value: i, ...extra }));
const doubled = (n: number) => Array.from({ length: n }, (_, i) => ({ ok: true, value: i * 2 }));

describe("WorkerPool", () => {
  it("says when every worker has loaded, and does not wait forever on workers that cannot start", async () => {
    const p = pool();
    await p.whenReady();
    expect(p.broken).toBe(false);
    const missing = pool({ entry: path.resolve("lib/ingest/fixtures/no-such-worker.mjs") });
    await missing.whenReady();
    expect(missing.broken).toBe(true);
  });

  it("answers every item in order, across chunks and workers", async () => {
    const p = pool();
    const [a, b] = await Promise.all([p.run(items(37), "refuse"), p.run(items(5), "refuse")]);
    expect(a).toEqual(doubled(37));
    expect(b).toEqual(doubled(5));
    expect(p.load).toBe(0);
  });

  it("refuses a request that would overfill the queue with 503 and Retry-After, and finishes what it admitted", async () => {
    const p = pool({ queueLimit: 10 });
    const admitted = p.run(items(8, { sleepMs: 300 }), "refuse");
    let refusal: unknown;
    await p.run(items(3), "refuse").catch((error) => (refusal = error));
    expect(refusal).toBeInstanceOf(PoolBusy);
    expect((refusal as PoolBusy).status).toBe(503);
    expect(Number((refusal as PoolBusy).headers?.["Retry-After"])).toBeGreaterThanOrEqual(1);
    // What was admitted completes; a request that waits gets in once there is room.
    const waiting = p.run(items(3), "wait");
    expect(await admitted).toEqual(doubled(8));
    expect(await waiting).toEqual(doubled(3));
  });

  it("always admits a request into an empty queue, however large", async () => {
    const p = pool({ queueLimit: 2 });
    expect(await p.run(items(9), "refuse")).toEqual(doubled(9));
  });

  it("a worker crash fails only the items of its chunk; the pool replaces the worker and goes on", async () => {
    const p = pool({ chunkSize: 3 });
    const poisoned = items(9);
    poisoned[4] = { value: 4, crash: true };
    const results = await p.run(poisoned, "refuse");
    // Chunks of 3: the crash takes items 3..5 with it, the other chunks are answered.
    expect(results).toEqual([...doubled(3), ...[3, 4, 5].map(() => ({ ok: false, error: "WorkerExited" })), ...doubled(9).slice(6)]);
    expect(await p.run(items(20), "refuse")).toEqual(doubled(20));
    expect(p.broken).toBe(false);
  });

  it("a worker that hangs past the job timeout is ended; its items fail alone", async () => {
    const p = pool({ size: 1, chunkSize: 2, jobTimeoutMs: 300 });
    const results = await p.run([{ value: 1 }, { value: 2 }, { value: 3, hang: true }, { value: 4 }], "refuse");
    expect(results).toEqual([
      { ok: true, value: 2 },
      { ok: true, value: 4 },
      { ok: false, error: "WorkerExited" },
      { ok: false, error: "WorkerExited" },
    ]);
    expect(await p.run(items(4), "refuse")).toEqual(doubled(4));
  });

  it("says 'unavailable' when its workers cannot start, so the caller works in-thread", async () => {
    const p = pool({ entry: path.resolve("lib/ingest/fixtures/no-such-worker.mjs") });
    expect(await p.run(items(3), "refuse")).toBe("unavailable");
    expect(p.broken).toBe(true);
  });
});
