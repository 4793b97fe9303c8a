import { db } from "@/lib/db";
import type { RuleDefinition } from "./rule-config";

/** The enabled mining rules of a source, oldest first (so reasons come out in a stable order). */
export async function loadMiningRules(sourceId: string): Promise<RuleDefinition[]> {
  const rows = await db.miningRule.findMany({ where: { sourceId, enabled: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map((row) => ({ kind: row.kind, name: row.name, config: (row.config ?? {}) as Record<string, unknown>, enabled: row.enabled }));
}
