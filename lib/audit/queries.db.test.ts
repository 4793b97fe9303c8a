import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";
import { recordAudit, userActor } from "./record";
import { auditFacets, listAuditEntries, parseAuditFilters } from "./queries";

describe("audit log viewer queries", () => {
  it("filters by actor, action, target and date, newest first, with keyset pages", async () => {
    const tag = `t-${Date.now()}`;
    for (let i = 0; i < 5; i++) {
      await recordAudit({ actor: { label: `user:viewer-${tag}@test.local` }, action: "viewer.test", targetType: "Batch", targetId: `${tag}-${i % 2}`, details: { i } });
    }
    await recordAudit({ actor: { label: "system:other" }, action: "viewer.other", targetType: "Batch", targetId: `${tag}-0` });
    const byActor = await listAuditEntries(parseAuditFilters({ actor: `VIEWER-${tag}` }));
    expect(byActor.entries.map((e) => (e.details as { i: number }).i)).toEqual([4, 3, 2, 1, 0]);
    const byTarget = await listAuditEntries(parseAuditFilters({ action: "viewer.test", targetType: "Batch", targetId: `${tag}-1` }));
    expect(byTarget.entries.map((e) => (e.details as { i: number }).i)).toEqual([3, 1]);

    const first = await listAuditEntries(parseAuditFilters({ actor: tag }), 2);
    expect(first.entries).toHaveLength(2);
    const second = await listAuditEntries(parseAuditFilters({ actor: tag, before: first.nextBefore! }), 2);
    const third = await listAuditEntries(parseAuditFilters({ actor: tag, before: second.nextBefore! }), 2);
    expect([...first.entries, ...second.entries, ...third.entries].map((e) => (e.details as { i: number }).i)).toEqual([4, 3, 2, 1, 0]);
    expect(third.nextBefore).toBeNull();

    const today = new Date().toISOString().slice(0, 10);
    expect((await listAuditEntries(parseAuditFilters({ actor: tag, from: today, to: today }))).entries).toHaveLength(5);
    expect((await listAuditEntries(parseAuditFilters({ actor: tag, to: "2020-01-01" }))).entries).toHaveLength(0);
    expect((await auditFacets()).actions).toEqual(expect.arrayContaining(["viewer.other", "viewer.test"]));
  });

  it("names each entry's acting user, and finds entries by that name as well as by e-mail", async () => {
    const user = await makeUser("ADMIN");
    const name = `Audit Person ${Date.now()}`;
    await db.user.update({ where: { id: user.id }, data: { name } });
    await recordAudit({ actor: userActor(user), action: "viewer.named", targetType: "Batch" });
    await recordAudit({ actor: { label: "system:named-job" }, action: "viewer.named", targetType: "Batch" });
    const byName = await listAuditEntries(parseAuditFilters({ actor: name.toLowerCase() }));
    expect(byName.entries.map((e) => [e.actorLabel, e.actorName])).toEqual([[`user:${user.email}`, name]]);
    const byEmail = await listAuditEntries(parseAuditFilters({ actor: user.email }));
    expect(byEmail.entries.map((e) => e.actorName)).toEqual([name]);
    const job = await listAuditEntries(parseAuditFilters({ actor: "named-job" }));
    expect(job.entries.map((e) => e.actorName)).toEqual([null]);
  });

  it("a target type spelt two ways is offered once and its filter finds both spellings", async () => {
    const id = `spelt-${Date.now()}`;
    // Older entries were written in other spellings; the writer now takes one per kind, so
    // the rows are written as they stand in the table.
    for (const targetType of ["GadgetThing", "gadgetthing"]) {
      await db.auditLog.create({ data: { actorLabel: "system:test", action: "viewer.spelt", targetType, targetId: id } });
    }
    const offered = (await auditFacets()).targetTypes.filter((t) => t.toLowerCase() === "gadgetthing");
    expect(offered).toHaveLength(1);
    for (const targetType of ["GadgetThing", "gadgetthing"]) {
      expect((await listAuditEntries(parseAuditFilters({ targetType, targetId: id }))).entries.map((e) => e.targetType).sort()).toEqual(["GadgetThing", "gadgetthing"]);
    }
  });

  it("malformed filters are ignored, not errors", () => {
    expect(parseAuditFilters({ from: "yesterday", before: "abc", actor: "" })).toEqual({});
  });

  it("the log is append-only: the database refuses edits and deletes", async () => {
    await recordAudit({ actor: { label: "system:test" }, action: "viewer.immutable", targetType: "Batch" });
    const row = await db.auditLog.findFirstOrThrow({ where: { action: "viewer.immutable" } });
    await expect(db.auditLog.update({ where: { id: row.id }, data: { action: "viewer.changed" } })).rejects.toThrow();
    await expect(db.auditLog.delete({ where: { id: row.id } })).rejects.toThrow();
  });
});
