import { describe, expect, it } from "vitest";
import { db, dbPool } from "@/lib/db";
import { makeIngestSource } from "@/lib/testing/ingest";
import { KNOWN_IDS_AND_RULES_SQL, knownIdsAndRules } from "./known-ids";

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}

const walk = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(walk)];

const insertLogs = (sourceId: string) => db.$executeRaw`
  INSERT INTO "SourceLog" ("sourceId", "externalId", "timestamp", "input", "metadata", "redactionVersion", "entityCounts", "receivedAt", "expiresAt")
  SELECT ${sourceId}::uuid, 'log-' || n, now(), '{"messages":[]}'::jsonb, '{}'::jsonb, '1', '{}'::jsonb, now(), now() + interval '30 days'
    FROM generate_series(1, 5000) AS n`;

/** Checks the known ids found, then that the plan reads the logs through the unique (source, id) index only. */
async function expectLookupsInUniqueIndex(sourceId: string): Promise<void> {
  const ids = Array.from({ length: 100 }, (_, i) => (i % 10 === 0 ? `log-${i + 1}` : `new-${i}`));
  const result = await knownIdsAndRules(sourceId, ids);
  expect([...result.known].sort()).toEqual(ids.filter((id) => id.startsWith("log-")).sort());

  const { rows } = await dbPool().query<{ "QUERY PLAN": Array<{ Plan: PlanNode }> }>({
    text: `EXPLAIN (FORMAT JSON) ${KNOWN_IDS_AND_RULES_SQL}`,
    values: [sourceId, JSON.stringify(ids), "[]"],
  });
  const nodes = walk(rows[0]["QUERY PLAN"][0].Plan);
  const onLogs = nodes.filter((n) => n["Relation Name"] === "SourceLog" || n["Index Name"]?.startsWith("SourceLog_"));
  expect(onLogs.length).toBeGreaterThan(0);
  expect(onLogs.filter((n) => n["Node Type"] === "Seq Scan")).toEqual([]);
  // Every index it reads on the logs is the unique (source, id) one: a lookup per id.
  expect([...new Set(onLogs.flatMap((n) => (n["Index Name"] ? [n["Index Name"]] : [])))]).toEqual(["SourceLog_sourceId_externalId_key"]);
}

describe("knownIdsAndRules", () => {
  it("finds a push's known ids by looking each one up in the (source, id) index, not by reading the source's logs", async () => {
    const { source } = await makeIngestSource();
    await insertLogs(source.id);
    await db.$executeRawUnsafe(`ANALYZE "SourceLog"`);
    await expectLookupsInUniqueIndex(source.id);
  });

  it("does so too for a source whose logs came after the table was last analysed", async () => {
    // The planner's statistics then say the source has no logs; planned for that, the old
    // statement read all 5,000 through the (source, receivedAt) index and filtered the ids.
    const { source: older } = await makeIngestSource();
    await insertLogs(older.id);
    await db.$executeRawUnsafe(`ANALYZE "SourceLog"`);
    const { source } = await makeIngestSource();
    await insertLogs(source.id);
    await expectLookupsInUniqueIndex(source.id);
  });
});
