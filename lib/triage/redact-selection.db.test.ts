import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCase, makeSource, makeUser } from "@/lib/testing/factories";
import { claimNextCase } from "./claim";
import { acceptCase } from "./decide";
import { redactSelection } from "./redact-selection";
import { isolatedQueue } from "@/lib/testing/triage";

let queue: Awaited<ReturnType<typeof isolatedQueue>>;
beforeEach(async () => {
  queue = await isolatedQueue();
});
afterEach(async () => {
  await queue.restore();
});

const LEAK = "Margarethe Vollmer";

describe("redactSelection", () => {
  it("replaces the text on the case, its source log and its eval item with the next free placeholder, and audits without the text", async () => {
    const source = await makeSource();
    const reviewer = await makeUser("REVIEWER");
    const log = await db.sourceLog.create({
      data: {
        sourceId: source.id,
        externalId: "log-1",
        timestamp: new Date(),
        input: { messages: [{ role: "user", content: `I'm <PERSON_1>, my colleague ${LEAK} ordered it.` }] },
        output: { role: "assistant", content: `Thanks, I'll tell ${LEAK}.` },
        redactionVersion: "test-1",
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    const created = await makeCase({ sourceId: source.id, batchId: queue.batch.id, sourceLogId: log.id, userText: `I'm <PERSON_1>, my colleague ${LEAK} ordered it.`, outputText: `Thanks, I'll tell ${LEAK}.` });
    await claimNextCase(reviewer.id);

    const result = await redactSelection(created.id, reviewer, { text: ` ${LEAK} `, type: "PERSON" });
    expect(result).toEqual({ placeholder: "<PERSON_2>", caseOccurrences: 2, sourceLogOccurrences: 2, evalItemVersions: 0 });

    const everything = JSON.stringify([await db.case.findUniqueOrThrow({ where: { id: created.id } }), await db.sourceLog.findUniqueOrThrow({ where: { id: log.id } })]);
    expect(everything).not.toContain(LEAK);
    expect(everything).toContain("my colleague <PERSON_2> ordered it.");
    expect((await db.sourceLog.findUniqueOrThrow({ where: { id: log.id } })).entityCounts).toMatchObject({ PERSON: 2 });

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "case.redacted", targetId: created.id } });
    expect(audit.actorId).toBe(reviewer.id);
    expect(audit.details).toMatchObject({ entityType: "PERSON", caseOccurrences: 2 });
    expect(JSON.stringify({ ...audit, id: String(audit.id) })).not.toContain("Vollmer");

    // Nothing can be un-redacted: the text is gone, so a second attempt finds nothing.
    await expect(redactSelection(created.id, reviewer, { text: LEAK, type: "PERSON" })).rejects.toMatchObject({ status: 400 });
  });

  it("after accepting, the decider's redaction also reaches every eval item version", async () => {
    const reviewer = await makeUser("REVIEWER");
    const created = await makeCase({ batchId: queue.batch.id, userText: `Call me at home, ${LEAK}.` });
    await claimNextCase(reviewer.id);
    const { itemId } = await acceptCase(created.id, reviewer, { expectedOutput: `Sure, ${LEAK}.`, category: "EDGE_CASE" });
    const result = await redactSelection(created.id, reviewer, { text: LEAK, type: "PERSON" });
    expect(result.evalItemVersions).toBe(1);
    const item = await db.evalItem.findFirstOrThrow({ where: { itemId } });
    expect(JSON.stringify(item)).not.toContain(LEAK);
    expect(item.expectedOutput).toBe("Sure, <PERSON_2>.");
  });

  it("refuses a reviewer who neither holds nor decided the case, and errors never echo the text", async () => {
    const [holder, stranger] = [await makeUser("REVIEWER"), await makeUser("REVIEWER")];
    const created = await makeCase({ batchId: queue.batch.id, userText: `Hello ${LEAK}` });
    await claimNextCase(holder.id);
    const refused = await redactSelection(created.id, stranger, { text: LEAK, type: "PERSON" }).catch((e: Error) => e);
    expect(refused).toMatchObject({ status: 409 });
    expect((refused as Error).message).not.toContain("Vollmer");
    await expect(redactSelection(created.id, holder, { text: LEAK, type: "NOT_A_TYPE" })).rejects.toMatchObject({ status: 400, field: "type" });
    expect(JSON.stringify(await db.case.findUniqueOrThrow({ where: { id: created.id } }))).toContain(LEAK);
  });
});
