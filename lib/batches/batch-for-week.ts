import { db } from "@/lib/db";
import { isoWeekOf } from "./iso-week";

type BatchClient = Pick<typeof db, "batch">;

// A lead may close a week early; anything mined afterwards belongs to the next week
// that is still open. Bounded so a pathological run of closed weeks can't loop forever.
const MAX_WEEKS_AHEAD = 8;

/**
 * The review batch new cases go into at `at`: the batch of that ISO week, or of the
 * first later week not yet closed, created on first use. Safe under concurrency: the
 * unique isoWeek makes racing creators converge on one row.
 */
export async function batchForWeek(at: Date = new Date(), client: BatchClient = db) {
  let week = isoWeekOf(at);
  for (let step = 0; ; step++) {
    const batch = await findOrCreateBatch(client, week.label, week.start);
    if (batch.status !== "CLOSED" || step === MAX_WEEKS_AHEAD) return batch;
    week = isoWeekOf(week.end);
  }
}

// Prisma's upsert reads then inserts, so two callers can both try to insert; the
// unique index lets exactly one win and the loser reads the winner's row.
async function findOrCreateBatch(client: BatchClient, isoWeek: string, weekStart: Date) {
  const existing = await client.batch.findUnique({ where: { isoWeek } });
  if (existing) return existing;
  try {
    return await client.batch.create({ data: { isoWeek, weekStart } });
  } catch (error) {
    if ((error as { code?: string }).code !== "P2002") throw error;
    return await client.batch.findUniqueOrThrow({ where: { isoWeek } });
  }
}
