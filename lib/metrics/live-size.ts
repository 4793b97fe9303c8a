import { db } from "@/lib/db";

/**
 * The eval set's size right now (current versions, one source or all), counted live: the
 * weekly rollup behind the growth chart lags until its next refresh, so "Now" would
 * otherwise miss an item accepted or retired a minute ago.
 */
export async function currentEvalSetSize(sourceId: string | null): Promise<number> {
  return await db.evalItem.count({ where: { validTo: null, ...(sourceId ? { sourceId } : {}) } });
}
