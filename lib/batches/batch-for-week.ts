import { db } from "@/lib/db";
import { isoWeekOf } from "./iso-week";

type BatchClient = Pick<typeof db, "batch">;

/**
 * The review batch of the ISO week containing `at`, created on first use. Safe under
 * concurrency: the unique isoWeek makes racing creators converge on one row.
 */
export async function batchForWeek(at: Date = new Date(), client: BatchClient = db) {
  const week = isoWeekOf(at);
  return await client.batch.upsert({
    where: { isoWeek: week.label },
    update: {},
    create: { isoWeek: week.label, weekStart: week.start },
  });
}
