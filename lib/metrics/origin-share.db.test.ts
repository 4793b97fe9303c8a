import { describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { CaseOrigin } from "@/lib/generated/prisma/enums";
import { makeSource, makeUser } from "@/lib/testing/factories";
import { parseMetricsFilters } from "./filters";
import { originShare } from "./origin-share";

const at = (s: string) => new Date(`2026-${s}Z`);

describe("mined share of the eval set", () => {
  it("counts the versions valid at each week's end by origin", async () => {
    const source = await makeSource();
    const reviewer = await makeUser("REVIEWER");
    const item = (origin: CaseOrigin, validFrom: Date, validTo: Date | null = null) =>
      db.evalItem.create({
        data: { itemId: crypto.randomUUID(), sourceId: source.id, input: { messages: [] }, expectedOutput: "x", category: "EDGE_CASE", redactionVersion: "t", reviewerId: reviewer.id, labelledAt: validFrom, validFrom, validTo, origin },
      });
    await item("MINED", at("10-06T10:00:00"));
    await item("MINED", at("10-07T10:00:00"));
    await item("SYNTHETIC", at("10-08T10:00:00"));
    // Hand-written in week 2, retired in week 3.
    await item("HAND_WRITTEN", at("10-13T10:00:00"), at("10-20T10:00:00"));
    // Added on the very Monday the third week starts: counts for week 3 only.
    await item("SYNTHETIC", at("10-19T00:00:00"));

    const weeks = await originShare(parseMetricsFilters({ source: source.id, from: "2026-10-05", to: "2026-10-25" }));
    expect(weeks).toEqual([
      { week: "2026-10-05", total: 3, mined: 2, synthetic: 1, handWritten: 0, minedShare: 2 / 3 },
      { week: "2026-10-12", total: 4, mined: 2, synthetic: 1, handWritten: 1, minedShare: 0.5 },
      { week: "2026-10-19", total: 4, mined: 2, synthetic: 2, handWritten: 0, minedShare: 0.5 },
    ]);
    const none = await originShare(parseMetricsFilters({ source: source.id, from: "2026-09-07", to: "2026-09-13" }));
    expect(none).toEqual([{ week: "2026-09-07", total: 0, mined: 0, synthetic: 0, handWritten: 0, minedShare: null }]);
  });
});
