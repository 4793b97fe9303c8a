import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { db } from "@/lib/db";
import { makeSource, makeUser } from "@/lib/testing/factories";
import { userActor } from "@/lib/audit/record";
import { RetentionSourceTable } from "@/components/retention/retention-source-table";
import { retentionOverview, updateRetention } from "./settings";
import { retentionSettingsSchema } from "./schemas";
import { makeSourceLog } from "@/lib/testing/retention";

describe("retention settings", () => {
  it("changes a period and policy, auditing the old and new values", async () => {
    const admin = await makeUser("ADMIN");
    const source = await makeSource({ retentionDays: 30 });
    const result = await updateRetention({ sourceId: source.id, retentionDays: 7, retentionPolicy: "Kept one week, then deleted." }, userActor(admin));
    expect(result.changed).toBe(true);
    expect(await db.source.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ retentionDays: 7, retentionPolicy: "Kept one week, then deleted." });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "source.retention_change", targetId: source.id } });
    expect(audit.actorId).toBe(admin.id);
    expect(audit.details).toMatchObject({
      from: { retentionDays: 30, retentionPolicy: "Test policy: deleted after the retention period." },
      to: { retentionDays: 7, retentionPolicy: "Kept one week, then deleted." },
    });
    // Saving the same values again changes nothing and adds no audit noise.
    expect((await updateRetention({ sourceId: source.id, retentionDays: 7, retentionPolicy: "Kept one week, then deleted." }, userActor(admin))).changed).toBe(false);
    expect(await db.auditLog.count({ where: { action: "source.retention_change", targetId: source.id } })).toBe(1);
  });

  it("refuses periods outside 1..3650 days and an empty policy, naming the field", () => {
    const base = { sourceId: crypto.randomUUID(), retentionPolicy: "Kept for a while, then deleted." };
    for (const days of ["0", "3651", "2.5", ""]) {
      const parsed = retentionSettingsSchema.safeParse({ ...base, retentionDays: days });
      expect(parsed.success, `days=${days}`).toBe(false);
      expect(parsed.error!.issues[0].path).toEqual(["retentionDays"]);
    }
    expect(retentionSettingsSchema.safeParse({ ...base, retentionDays: "3650" }).success).toBe(true);
    expect(retentionSettingsSchema.safeParse({ ...base, retentionDays: "1", retentionPolicy: "  " }).error!.issues[0].path).toEqual(["retentionPolicy"]);
  });

  it("/retention shows what the settings say", async () => {
    const admin = await makeUser("ADMIN");
    const source = await makeSource({ retentionDays: 30 });
    await makeSourceLog(source.id, { receivedAt: new Date("2026-11-20T08:00:00Z") });
    await updateRetention({ sourceId: source.id, retentionDays: 45, retentionPolicy: "Support chats are kept 45 days for mining." }, userActor(admin));
    const row = (await retentionOverview()).find((s) => s.id === source.id)!;
    expect(row).toMatchObject({ retentionDays: 45, oldestLogAt: new Date("2026-11-20T08:00:00Z") });
    const html = renderToStaticMarkup(createElement(RetentionSourceTable, { sources: [row], now: new Date("2026-11-26T12:00:00Z") }));
    expect(html).toContain(source.name);
    expect(html).toContain("45 days");
    expect(html).toContain("Support chats are kept 45 days for mining.");
    expect(html).toContain("Oct 12, 2026 are deleted");
    expect(html).toContain("at the first purge after Jan 4, 2027");
  });
});
