import { afterEach, describe, expect, inject, it } from "vitest";
import PgBoss from "pg-boss";
import { startJobRunner, type JobRunner } from "./runner";

const runners: JobRunner[] = [];
afterEach(async () => {
  await Promise.all(runners.splice(0).map((r) => r.stop()));
});

async function waitFor(check: () => boolean, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("job runner", () => {
  it("hands each job to exactly one of several workers", async () => {
    const url = inject("databaseUrl");
    const seen: string[] = [];
    const job = { name: "test-once", run: async (data: Record<string, unknown>) => void seen.push(String(data.n)) };
    runners.push(await startJobRunner(url, { jobs: [job], log: () => {} }));
    runners.push(await startJobRunner(url, { jobs: [job], log: () => {} }));

    const boss = new PgBoss({ connectionString: url });
    await boss.start();
    for (let n = 0; n < 10; n++) await boss.send("test-once", { n });
    await waitFor(() => seen.length >= 10);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await boss.stop({ graceful: false, wait: true });
    expect(seen.sort()).toEqual(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"].sort());
  });
});
