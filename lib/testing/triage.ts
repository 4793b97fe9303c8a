import crypto from "node:crypto";
import { db } from "@/lib/db";
import { isoWeekOf } from "@/lib/batches/iso-week";

/**
 * Test-only: gives a test the whole queue. Every other batch is closed (so claims see
 * only the test's batch) and a fresh open batch in a long-past week is created; call
 * `restore()` afterwards to put the other batches' statuses back for later test files
 * and close the test's own batches. Batches the code under test created meanwhile (e.g.
 * ingestion opening a week) keep their status: closing them would move "this week's
 * batch" on for every later test (batchForWeek skips closed weeks).
 */
export async function isolatedQueue() {
  const before = await db.batch.findMany({ select: { id: true, status: true } });
  await db.batch.updateMany({ data: { status: "CLOSED" } });
  // A random Monday in the 1900s: older than any real batch, unique across tests.
  const randomWeek = () => isoWeekOf(new Date(Date.UTC(1900, 0, 1) + crypto.randomInt(0, 5000) * 7 * 86_400_000));
  let week = randomWeek();
  while (await db.batch.findUnique({ where: { isoWeek: week.label } })) week = randomWeek();
  const batch = await db.batch.create({ data: { isoWeek: week.label, weekStart: week.start } });
  const own = [batch.id];
  return {
    batch,
    /** An extra open batch `weeksLater` weeks after the test's batch. */
    async laterBatch(weeksLater: number) {
      const later = isoWeekOf(new Date(week.start.getTime() + weeksLater * 7 * 86_400_000));
      const created = await db.batch.create({ data: { isoWeek: later.label, weekStart: later.start } });
      own.push(created.id);
      return created;
    },
    async restore() {
      await db.batch.updateMany({ where: { id: { in: own } }, data: { status: "CLOSED" } });
      for (const status of ["OPEN", "IN_REVIEW", "CLOSED"] as const) {
        const ids = before.filter((b) => b.status === status).map((b) => b.id);
        if (ids.length) await db.batch.updateMany({ where: { id: { in: ids } }, data: { status } });
      }
    },
  };
}
