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

describe("knownIdsAndRules", () => {
  it("finds a push's known ids by looking each one up in the (source, id) index, not by reading the source's logs", async () => {
    const { source } = await makeIngestSource();
    await db.$executeRaw`
      INSERT INTO "SourceLog" ("sourceId", "externalId", "timestamp", "input", "metadata", "redactionVersion", "entityCounts", "receivedAt", "expiresAt")
      SELECT ${source.id}::uuid, 'log-' || n, now(), '{"messages":[]}'::jsonb, '{}'::jsonb, '1', '{}'::jsonb, now(), now() + interval '30 days'
        FROM generate_series(1, 5000) AS n`;
    await db.$executeRawUnsafe(`ANALYZE "SourceLog"`);
    const ids = Array.from({ length: 100 }, (_, i) => (i % 10 === 0 ? `log-${i + 1}` : `new-${i}`));

    const result = await knownIdsAndRules(source.id, ids);
    expect([...result.known].sort()).toEqual(ids.filter((id) => id.startsWith("log-")).sort());

    const { rows } = await dbPool().query<{ "QUERY PLAN": Array<{ Plan: PlanNode }> }>({
      text: `EXPLAIN (FORMAT JSON) ${KNOWN_IDS_AND_RULES_SQL}`,
      values: [source.id, JSON.stringify(ids), "[]"],
    });
    const nodes = walk(rows[0]["QUERY PLAN"][0].Plan);
    const onLogs = nodes.filter((n) => n["Relation Name"] === "SourceLog" || n["Index Name"]?.startsWith("SourceLog_"));
    expect(onLogs.length).toBeGreaterThan(0);
    expect(onLogs.filter((n) => n["Node Type"] === "Seq Scan")).toEqual([]);
    // Every index it reads on the logs is the unique (source, id) one: a lookup per id.
    expect([...new Set(onLogs.flatMap((n) => (n["Index Name"] ? [n["Index Name"]] : [])))]).toEqual(["SourceLog_sourceId_externalId_key"]);
  });
});
