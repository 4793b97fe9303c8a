import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeSource, makeUser } from "@/lib/testing/factories";
import { userActor } from "@/lib/audit/record";
import { setWeeklyTarget, weeklyTarget } from "./targets";
import { weeklyTargetSchema } from "./schemas";

describe("weekly target band", () => {
  it("a source uses its own band when set, else the overall one; changes are audited", async () => {
    const lead = await makeUser("LEAD");
    const source = await makeSource();
    const before = await weeklyTarget(null);
    expect(await weeklyTarget(source.id)).toEqual({ ...before, scope: "overall" });

    await setWeeklyTarget(weeklyTargetSchema.parse({ scope: source.id, min: "5", max: "8" }), userActor(lead));
    expect(await weeklyTarget(source.id)).toEqual({ min: 5, max: 8, scope: "source" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "source.weekly_target", targetId: source.id } });
    expect(audit.details).toMatchObject({ from: { min: null, max: null }, to: { min: 5, max: 8 } });

    await setWeeklyTarget(weeklyTargetSchema.parse({ scope: "overall", min: "20", max: "40" }), userActor(lead));
    expect(await weeklyTarget(null)).toEqual({ min: 20, max: 40, scope: "overall" });
    expect(await weeklyTarget(source.id)).toEqual({ min: 5, max: 8, scope: "source" });

    // An empty band on a source clears its override.
    await setWeeklyTarget(weeklyTargetSchema.parse({ scope: source.id, min: "", max: "" }), userActor(lead));
    expect(await weeklyTarget(source.id)).toEqual({ min: 20, max: 40, scope: "overall" });
    await setWeeklyTarget(weeklyTargetSchema.parse({ scope: "overall", min: before.min, max: before.max }), userActor(lead));
  });

  it("refuses an inverted, half-empty or empty overall band, naming the field", () => {
    const issue = (value: object) => weeklyTargetSchema.safeParse(value).error?.issues[0];
    expect(issue({ scope: "overall", min: "30", max: "10" })?.path).toEqual(["max"]);
    expect(issue({ scope: "overall", min: "", max: "" })?.path).toEqual(["min"]);
    expect(issue({ scope: crypto.randomUUID(), min: "3", max: "" })?.path).toEqual(["max"]);
    expect(issue({ scope: "overall", min: "-1", max: "3" })).toBeDefined();
  });
});
