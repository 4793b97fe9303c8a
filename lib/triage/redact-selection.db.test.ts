import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCase, makeSource, makeUser } from "@/lib/testing/factories";
import { claimNextCase } from "./claim";
import { acceptCase, discardCase } from "./decide";
import { redactEvalItemSelection, redactSelection } from "./redact-selection";
import { ingestCandidates } from "@/lib/ingest/pipeline";
import { nativeCandidate } from "@/lib/ingest/native";
import { makeIngestSource, nativeLog } from "@/lib/testing/ingest";
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
    expect(result).toEqual({ placeholder: "<PERSON_2>", caseOccurrences: 2, sourceLogOccurrences: 2, sourceLogs: 1, evalItemVersions: 0 });

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

  it("reaches every near-duplicate folded into the case: a group of three records, one case, three scrubbed logs", async () => {
    const { source } = await makeIngestSource({ sampleRate: 1, maxSampleRate: 1 });
    const ask = (id: string, name: string) =>
      nativeLog(id, { input: `Hello, my name is ${name}. My parcel 48213 never arrived and the tracking page shows nothing since last week; my login nickname is quokka-mum by the way.`, metadata: { error: "no tracking" } });
    await ingestCandidates(source, [ask("g1", "Rosalind Hartley"), ask("g2", "Benedict Ashworth"), ask("g3", "Cordelia Fairbanks")].map((log, i) => nativeCandidate(log, i)));
    const cases = await db.case.findMany({ where: { sourceId: source.id } });
    expect(cases).toHaveLength(1);
    expect(cases[0].groupSize).toBe(3);
    expect(await db.caseLog.count({ where: { caseId: cases[0].id } })).toBe(3);
    // A nickname the engine can't know is personal: the reviewer marks it, every copy goes.
    const nickname = "quokka-mum";
    expect(JSON.stringify(await db.sourceLog.findMany({ where: { sourceId: source.id } })).split(nickname)).toHaveLength(4);
    const admin = await makeUser("ADMIN");
    const result = await redactSelection(cases[0].id, admin, { text: nickname, type: "PERSON" });
    expect(result).toMatchObject({ caseOccurrences: 1, sourceLogOccurrences: 3, sourceLogs: 3 });
    expect(JSON.stringify(await db.sourceLog.findMany({ where: { sourceId: source.id } }))).not.toContain(nickname);
  });

  it("lets an admin scrub a case and an eval item after someone else decided it, and nobody else", async () => {
    const [decider, other, admin] = [await makeUser("REVIEWER"), await makeUser("LEAD"), await makeUser("ADMIN")];
    const created = await makeCase({ batchId: queue.batch.id, userText: `Ring ${LEAK} back.` });
    await claimNextCase(decider.id);
    const { itemId } = await acceptCase(created.id, decider, { expectedOutput: `I will call ${LEAK}.`, category: "HAPPY_PATH" });
    await expect(redactSelection(created.id, other, { text: LEAK, type: "PERSON" })).rejects.toMatchObject({ status: 409 });
    await expect(redactEvalItemSelection(itemId, other, { text: LEAK, type: "PERSON" })).rejects.toMatchObject({ status: 409 });
    const result = await redactEvalItemSelection(itemId, admin, { text: LEAK, type: "PERSON" });
    expect(result).toMatchObject({ caseOccurrences: 2, evalItemVersions: 1 });
    expect(JSON.stringify([await db.case.findUniqueOrThrow({ where: { id: created.id } }), await db.evalItem.findMany({ where: { itemId } })])).not.toContain(LEAK);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "case.redacted", targetId: created.id } });
    expect(audit.actorId).toBe(admin.id);
  });
});

describe("discarding with “Contains personal data”", () => {
  it("deletes the case and its logs at once when nothing was marked, and audits who without the text", async () => {
    const { source } = await makeIngestSource({ sampleRate: 1, maxSampleRate: 1 });
    await ingestCandidates(source, [nativeCandidate(nativeLog("leak-1", { input: `I am ${LEAK}, please help`, metadata: { error: "x" } }), 0)]);
    const reviewer = await makeUser("REVIEWER");
    const created = await db.case.findFirstOrThrow({ where: { sourceId: source.id } });
    await db.case.update({ where: { id: created.id }, data: { batchId: queue.batch.id } });
    await claimNextCase(reviewer.id);
    expect(await discardCase(created.id, reviewer, { reason: "PII_LEAK" })).toEqual({ deleted: true });
    expect(await db.case.count({ where: { id: created.id } })).toBe(0);
    expect(await db.sourceLog.count({ where: { sourceId: source.id } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "case.deleted_personal_data", targetId: created.id } });
    expect(audit).toMatchObject({ actorId: reviewer.id, details: { reason: "PII_LEAK", sourceLogs: 1 } });
  });

  it("keeps a scrubbed case as a discard: the reviewer marked the leak first", async () => {
    const reviewer = await makeUser("REVIEWER");
    const created = await makeCase({ batchId: queue.batch.id, userText: `Hello ${LEAK}` });
    await claimNextCase(reviewer.id);
    await redactSelection(created.id, reviewer, { text: LEAK, type: "PERSON" });
    expect(await discardCase(created.id, reviewer, { reason: "PII_LEAK" })).toEqual({ deleted: false });
    expect(await db.case.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ status: "DISCARDED", discardReason: "PII_LEAK" });
  });
});
