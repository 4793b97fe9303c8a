import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";
import { listGuidelines, saveGuideline } from "./store";

describe("labelling guidelines", () => {
  it("saves a guide per category, audit-logs each change (not an unchanged save) and removes a blank one", async () => {
    const lead = await makeUser("LEAD");
    const actor = { id: lead.id, label: `user:${lead.email}` };
    const auditsBefore = await db.auditLog.count({ where: { action: "guideline.update", targetId: "ADVERSARIAL" } });

    expect(await saveGuideline("ADVERSARIAL", "  **Jailbreaks** count, even polite ones.  ", actor)).toEqual({ changed: true });
    expect(await saveGuideline("ADVERSARIAL", "**Jailbreaks** count, even polite ones.", actor)).toEqual({ changed: false });
    const guides = await listGuidelines();
    expect(guides.map((g) => g.category)).toEqual(["HAPPY_PATH", "EDGE_CASE", "ADVERSARIAL", "DRIFT"]);
    expect(guides.find((g) => g.category === "ADVERSARIAL")).toMatchObject({ body: "**Jailbreaks** count, even polite ones." });

    expect(await saveGuideline("ADVERSARIAL", "   ", actor)).toEqual({ changed: true });
    expect((await listGuidelines()).find((g) => g.category === "ADVERSARIAL")).toMatchObject({ body: "", updatedAt: null });

    const audits = await db.auditLog.findMany({ where: { action: "guideline.update", targetId: "ADVERSARIAL" }, orderBy: { id: "asc" } });
    expect(audits).toHaveLength(auditsBefore + 2);
    expect(audits.slice(-2).map((a) => a.details)).toEqual([
      { category: "ADVERSARIAL", charsBefore: 0, charsAfter: 39 },
      { category: "ADVERSARIAL", charsBefore: 39, charsAfter: 0 },
    ]);
    expect(audits.at(-1)).toMatchObject({ actorId: lead.id, targetType: "Guideline" });
  });
});
