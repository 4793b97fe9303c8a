import { db } from "@/lib/db";

/**
 * Near-duplicate counts for the triage UI: for each case, the mined records it stands
 * for, itself included (its groupSize: near-duplicates of an open case are counted on it
 * instead of becoming queue items of their own). One query for the whole page of cases.
 */
export async function nearDuplicateCounts(caseIds: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (caseIds.length === 0) return counts;
  const rows = await db.$queryRaw<Array<{ id: string; groupSize: number }>>`
    SELECT "id", "groupSize" FROM "Case" WHERE "id" = ANY(${caseIds}::uuid[])`;
  for (const row of rows) counts.set(row.id, Math.max(1, row.groupSize));
  return counts;
}

/** The near-duplicate count of one case (see nearDuplicateCounts); 0 when the case does not exist. */
export async function nearDuplicateCount(caseId: string): Promise<number> {
  return (await nearDuplicateCounts([caseId])).get(caseId) ?? 0;
}
