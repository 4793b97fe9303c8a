import PgBoss from "pg-boss";
import { JOBS, type JobDefinition } from "./registry";
import { loggableError } from "@/lib/errors/answers";

export interface JobRunner {
  stop: () => Promise<void>;
}

/**
 * Starts pg-boss on the app's PostgreSQL (its own `pgboss` schema) and works every
 * registered job. Safe to run in many processes at once: pg-boss hands each job to
 * one worker and fires each cron once per tick across all of them.
 */
export async function startJobRunner(
  databaseUrl: string,
  options: { jobs?: JobDefinition[]; log?: (line: string) => void } = {},
): Promise<JobRunner> {
  const jobs = options.jobs ?? JOBS;
  const log = options.log ?? ((line: string) => console.log(`[jobs] ${line}`));
  const boss = new PgBoss({ connectionString: databaseUrl, max: 4, application_name: "evalmine-jobs" });
  let stopping = false;
  // Once stopping, connection errors from the closing pool are expected noise.
  boss.on("error", (error: Error) => {
    if (!stopping) console.error("[jobs]", ...loggableError(error));
  });
  await boss.start();
  for (const job of jobs) {
    await boss.createQueue(job.name);
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: "UTC" });
    await boss.work<Record<string, unknown>>(job.name, async (batch) => {
      for (const item of batch) {
        const started = Date.now();
        await job.run(item.data ?? {});
        log(`${job.name} finished in ${Date.now() - started} ms`);
      }
    });
  }
  log(`worker started with ${jobs.length} job(s): ${jobs.map((j) => j.name).join(", ") || "none"}`);
  return {
    stop: async () => {
      stopping = true;
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
