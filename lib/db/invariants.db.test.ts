import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";

// The database half of the product invariants (docs/ARCHITECTURE.md): constraints that hold even
// for code paths (or people with psql) that skip the domain checks.

async function makeSource(name: string) {
  return await db.source.create({ data: { name, sampleRate: 0.1, maxSampleRate: 0.2, retentionDays: 30, retentionPolicy: "30 days" } });
}

describe("invariant 2: nothing enters the eval set without a human label", () => {
  it("the schema refuses an eval item without a reviewer, a label or a labelling time", async () => {
    const reviewer = await makeUser("REVIEWER");
    const base = { itemId: crypto.randomUUID(), input: { messages: [] }, category: "EDGE_CASE" as const, redactionVersion: "test" };
    await expect(db.$executeRaw`INSERT INTO "EvalItem" ("itemId", input, "expectedOutput", category, "redactionVersion", "labelledAt") VALUES (${base.itemId}::uuid, '{}', 'x', 'EDGE_CASE', 'test', now())`).rejects.toThrow();
    await expect(db.$executeRaw`INSERT INTO "EvalItem" ("itemId", input, category, "redactionVersion", "reviewerId", "labelledAt") VALUES (${base.itemId}::uuid, '{}', 'EDGE_CASE', 'test', ${reviewer.id}::uuid, now())`).rejects.toThrow();
    await expect(db.$executeRaw`INSERT INTO "EvalItem" ("itemId", input, "expectedOutput", category, "redactionVersion", "reviewerId") VALUES (${base.itemId}::uuid, '{}', 'x', 'EDGE_CASE', 'test', ${reviewer.id}::uuid)`).rejects.toThrow();
    await expect(db.evalItem.create({ data: { ...base, expectedOutput: "   ", reviewerId: reviewer.id, labelledAt: new Date() } })).rejects.toThrow();
    const ok = await db.evalItem.create({ data: { ...base, expectedOutput: "A real answer", reviewerId: reviewer.id, labelledAt: new Date() } });
    expect(ok.reviewerId).toBe(reviewer.id);
  });

  it("an accepted case must carry its label and decider", async () => {
    const source = await makeSource("inv2-source");
    const batch = await db.batch.create({ data: { isoWeek: "2001-W01", weekStart: new Date("2001-01-01") } });
    const made = await db.case.create({ data: { sourceId: source.id, batchId: batch.id, input: {} } });
    await expect(db.case.update({ where: { id: made.id }, data: { status: "ACCEPTED" } })).rejects.toThrow();
  });
});

describe("invariant 3: sampling never exceeds a source's privacy commitment", () => {
  it("the schema refuses a sample rate above the cap, or rates outside 0..1", async () => {
    await expect(db.source.create({ data: { name: "over-cap", sampleRate: 0.5, maxSampleRate: 0.2 } })).rejects.toThrow();
    await expect(db.source.create({ data: { name: "over-one", sampleRate: 0.5, maxSampleRate: 1.5 } })).rejects.toThrow();
    const source = await makeSource("inv3-source");
    await expect(db.source.update({ where: { id: source.id }, data: { sampleRate: 0.3 } })).rejects.toThrow();
  });
});

describe("invariant 4: retention periods are bounded", () => {
  it("the schema refuses retention outside 1..3650 days", async () => {
    await expect(db.source.create({ data: { name: "ret-0", retentionDays: 0 } })).rejects.toThrow();
    await expect(db.source.create({ data: { name: "ret-big", retentionDays: 3651 } })).rejects.toThrow();
  });
});

describe("audit log is append-only", () => {
  it("refuses UPDATE and DELETE, even in raw SQL", async () => {
    const entry = await db.auditLog.create({ data: { actorLabel: "system:test", action: "test.append", targetType: "Test" } });
    await expect(db.$executeRaw`UPDATE "AuditLog" SET action = 'tampered' WHERE id = ${entry.id}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "AuditLog" WHERE id = ${entry.id}`).rejects.toThrow(/append-only/);
    expect((await db.auditLog.findUniqueOrThrow({ where: { id: entry.id } })).action).toBe("test.append");
  });

  it("still lets a user be deleted (their entries keep the actor label)", async () => {
    const user = await makeUser("REVIEWER");
    const entry = await db.auditLog.create({ data: { actorId: user.id, actorLabel: `user:${user.email}`, action: "test.actor", targetType: "Test" } });
    await db.loginAttempt.deleteMany({ where: { email: user.email } });
    await db.user.delete({ where: { id: user.id } });
    const after = await db.auditLog.findUniqueOrThrow({ where: { id: entry.id } });
    expect(after.actorId).toBeNull();
    expect(after.actorLabel).toBe(`user:${user.email}`);
  });
});
