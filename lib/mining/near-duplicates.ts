import { db } from "@/lib/db";

/**
 * Near-duplicate counts for the triage UI: for each case, how many cases share its
 * (sourceId, groupKey), itself included. A case without a group key counts 1.
 * One query for the whole page of cases (uses the Case(sourceId, groupKey) index).
 */
export async function nearDuplicateCounts(caseIds: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (caseIds.length === 0) return counts;
  const rows = await db.$queryRaw<Array<{ id: string; count: bigint }>>`
    SELECT c."id", count(o."id") AS "count"
    FROM "Case" c
    LEFT JOIN "Case" o ON o."sourceId" = c."sourceId" AND o."groupKey" = c."groupKey"
    WHERE c."id" = ANY(${caseIds}::uuid[])
    GROUP BY c."id"`;
  for (const row of rows) counts.set(row.id, Math.max(1, Number(row.count)));
  return counts;
}

/** The near-duplicate count of one case (see nearDuplicateCounts); 0 when the case does not exist. */
export async function nearDuplicateCount(caseId: string): Promise<number> {
  return (await nearDuplicateCounts([caseId])).get(caseId) ?? 0;
}
