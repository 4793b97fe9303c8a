import { describe, expect, it } from "vitest";
import { db, dbPool } from "@/lib/db";
import { isoWeekOf } from "@/lib/batches/iso-week";
import { makeIngestSource } from "@/lib/testing/ingest";
import { batchDocument, WRITE_BATCH_SQL, type BatchRow } from "./write-batch";

interface PlanNode {
  "Node Type": string;
  "Subplan Name"?: string;
  "Relation Name"?: string;
  "Actual Rows": number;
  Plans?: PlanNode[];
}

const walk = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(walk)];

describe("writeBatch's statement", () => {
  it("locks the open cases a push joins by their ids, without reading the rest of the queue", async () => {
    const { source } = await makeIngestSource();
    const week = isoWeekOf(new Date());
    const batch = await db.batch.upsert({ where: { isoWeek: week.label }, create: { isoWeek: week.label, weekStart: week.start }, update: {} });
    // A queue of 3,000 open cases; the push joins 40 of them.
    await db.$executeRaw`
      INSERT INTO "Case" ("sourceId", "batchId", "priority", "minedReasons", "input", "groupKey", "minedAt")
      SELECT ${source.id}::uuid, ${batch.id}::uuid, 50, ARRAY['failure'], '{"messages":[]}'::jsonb, 'g' || n, now()
        FROM generate_series(1, 3000) AS n`;
    await db.$executeRawUnsafe(`ANALYZE "Case"`);
    const joined = await db.case.findMany({ where: { sourceId: source.id }, select: { id: true, groupKey: true }, orderBy: { groupKey: "asc" }, take: 40 });
    const rows: BatchRow[] = joined.map((c, i) => ({
      externalId: `w-${i}`,
      traceId: null,
      timestamp: new Date(),
      model: null,
      json: { input: '{"messages":[]}', output: null, metadata: "{}" },
      redactionVersion: "1",
      entityCounts: {},
      endUserHash: null,
      sessionHash: null,
      mined: { groupKey: c.groupKey!, joinCaseId: c.id, priority: 50, reasons: ["failure"], category: null },
      tally: { format: "native", convention: "native" },
    }));
    const now = new Date();
    const values = [batchDocument(rows), source.id, now.toISOString(), new Date(now.getTime() + 86_400_000).toISOString(), batch.id, "[]"];

    const client = await dbPool().connect();
    let plan: PlanNode;
    try {
      await client.query("BEGIN");
      const { rows: explained } = await client.query<{ "QUERY PLAN": Array<{ Plan: PlanNode }> }>({ text: `EXPLAIN (ANALYZE, FORMAT JSON) ${WRITE_BATCH_SQL}`, values });
      plan = explained[0]["QUERY PLAN"][0].Plan;
    } finally {
      await client.query("ROLLBACK");
      client.release();
    }
    const locked = walk(plan).find((n) => n["Subplan Name"] === "CTE locked")!;
    const caseReads = walk(locked).filter((n) => n["Relation Name"] === "Case");
    expect(caseReads.length).toBeGreaterThan(0);
    for (const read of caseReads) expect(read["Actual Rows"]).toBeLessThanOrEqual(joined.length);
    expect(locked["Actual Rows"]).toBe(joined.length);
  });
});
