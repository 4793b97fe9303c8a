/**
 * Every background job of the app, in one list. Each capability adds its job here
 * (pull ingestion, retention purge, ...); lib/jobs/runner.ts starts them all under
 * pg-boss, which keeps several workers from running the same job twice.
 */
export interface JobDefinition {
  /** Queue name, e.g. "retention-purge". */
  name: string;
  /** Cron expression (UTC) for scheduled jobs; omit for on-demand queues. */
  cron?: string;
  /** Runs one job; throw to let pg-boss retry it. Import heavy modules lazily inside. */
  run: (data: Record<string, unknown>) => Promise<void>;
}

export const JOBS: JobDefinition[] = [
  // Hourly: deletes logs past their source's retention period (lib/retention/purge.ts).
  { name: "retention-purge", cron: "0 * * * *", run: async () => (await import("@/lib/retention/purge")).runScheduledPurge() },
  // Every minute: new lines of each source's pull folder (lib/ingest/pull.ts).
  { name: "ingest-pull", cron: "* * * * *", run: async () => void (await (await import("@/lib/ingest/pull")).runPullJob()) },
  // Every 5 minutes: the dashboard's rollups (lib/metrics/refresh.ts).
  { name: "metrics-refresh", cron: "*/5 * * * *", run: async () => void (await (await import("@/lib/metrics/refresh")).refreshDashboardMetrics()) },
];
