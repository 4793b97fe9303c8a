import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { batchForWeek } from "./batch-for-week";

describe("batchForWeek", () => {
  it("creates the week's batch once, even when called concurrently", async () => {
    const at = new Date("2031-03-12T10:00:00Z");
    const batches = await Promise.all(Array.from({ length: 5 }, () => batchForWeek(at)));
    expect(new Set(batches.map((b) => b.id)).size).toBe(1);
    expect(batches[0]).toMatchObject({ isoWeek: "2031-W11", status: "OPEN" });
    expect(batches[0].weekStart.toISOString().slice(0, 10)).toBe("2031-03-10");
  });

  it("puts work mined after an early close into the next open week", async () => {
    const at = new Date("2032-06-09T10:00:00Z");
    const closed = await batchForWeek(at);
    await db.batch.update({ where: { id: closed.id }, data: { status: "CLOSED", closedAt: new Date() } });
    const next = await batchForWeek(at);
    expect(closed.isoWeek).toBe("2032-W24");
    expect(next.isoWeek).toBe("2032-W25");
    expect(next.status).toBe("OPEN");
  });
});
