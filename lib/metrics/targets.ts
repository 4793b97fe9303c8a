import type { WeeklyTargetInput } from "./schemas";
import { db } from "@/lib/db";
import { recordAudit, type AuditActor } from "@/lib/audit/record";

export interface WeeklyTarget {
  min: number;
  max: number;
  /** Where the band comes from: the source's own, or the team-wide one. */
  scope: "source" | "overall";
}

/** The band for a source (its own when set, else the overall one), or the overall band. */
export async function weeklyTarget(sourceId: string | null): Promise<WeeklyTarget> {
  const [team, source] = await Promise.all([
    db.teamSetting.findUnique({ where: { id: 1 } }),
    sourceId ? db.source.findUnique({ where: { id: sourceId }, select: { weeklyTargetMin: true, weeklyTargetMax: true } }) : null,
  ]);
  if (source?.weeklyTargetMin != null && source.weeklyTargetMax != null) return { min: source.weeklyTargetMin, max: source.weeklyTargetMax, scope: "source" };
  return { min: team?.weeklyTargetMin ?? 10, max: team?.weeklyTargetMax ?? 30, scope: "overall" };
}

/** Sets (or, for a source with an empty band, clears) a weekly target band; audited with old and new. */
export async function setWeeklyTarget(input: WeeklyTargetInput, actor: AuditActor) {
  const min = input.min === "" ? null : input.min;
  const max = input.max === "" ? null : input.max;
  return await db.$transaction(async (tx) => {
    if (input.scope === "overall") {
      const before = await tx.teamSetting.findUnique({ where: { id: 1 } });
      await tx.teamSetting.upsert({ where: { id: 1 }, update: { weeklyTargetMin: min!, weeklyTargetMax: max! }, create: { id: 1, weeklyTargetMin: min!, weeklyTargetMax: max! } });
      await recordAudit({ actor, action: "settings.weekly_target", targetType: "TeamSetting", targetId: "1", details: { from: { min: before?.weeklyTargetMin ?? 10, max: before?.weeklyTargetMax ?? 30 }, to: { min, max } } }, tx);
      return { label: "overall" };
    }
    const before = await tx.source.findUnique({ where: { id: input.scope }, select: { name: true, weeklyTargetMin: true, weeklyTargetMax: true } });
    if (!before) throw new Error("source not found");
    await tx.source.update({ where: { id: input.scope }, data: { weeklyTargetMin: min, weeklyTargetMax: max } });
    await recordAudit(
      { actor, action: "source.weekly_target", targetType: "Source", targetId: input.scope, details: { source: before.name, from: { min: before.weeklyTargetMin, max: before.weeklyTargetMax }, to: { min, max } } },
      tx,
    );
    return { label: before.name };
  });
}
