import { db } from "@/lib/db";
import { createSource, createSourceApiKey } from "@/lib/sources/service";
import { createSourceSchema } from "@/lib/sources/schemas";
import crypto from "node:crypto";

/** Test-only: a source made through the real service (default mining rules) plus an ingest key. */
export async function makeIngestSource(overrides: { sampleRate?: number; maxSampleRate?: number; retentionDays?: number; name?: string; trafficRules?: boolean } = {}) {
  const input = createSourceSchema.parse({
    name: overrides.name ?? `src-${crypto.randomBytes(5).toString("hex")}`,
    sampleRate: overrides.sampleRate ?? 1,
    maxSampleRate: overrides.maxSampleRate ?? 1,
    retentionDays: overrides.retentionDays ?? 30,
    retentionPolicy: "Test: deleted after the retention period.",
    active: true,
  });
  const source = await createSource(input, { label: "system:test" });
  const key = await createSourceApiKey(source.id, "test", { label: "system:test" });
  // trafficRules: false leaves only the rules a test names: the baseline rule mines a share of
  // records by their id (random in many tests) and drift depends on the traffic seen before.
  if (overrides.trafficRules === false) {
    await db.miningRule.updateMany({ where: { sourceId: source.id, kind: { in: ["BASELINE", "DRIFT"] } }, data: { enabled: false } });
  }
  return { source, apiKey: key.key };
}

/** A native log with sensible defaults. */
export function nativeLog(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    timestamp: "2026-11-26T10:00:00.000Z",
    model: "gpt-test",
    input: [{ role: "user", content: `How do I reset my password? (${id})` }],
    output: "Open Settings, then Security, then Reset password.",
    metadata: { latencyMs: 120, confidence: 0.9 },
    ...overrides,
  };
}
