import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Category } from "@/lib/generated/prisma/enums";
import { makeCase, makeSource, makeUser } from "@/lib/testing/factories";
import { agreementByWeek, reviewsOfWeek } from "./agreement-data";

describe("agreementByWeek", () => {
  it("computes kappa, the approved share and the disagreements per week of the second review, and lists the disagreements", async () => {
    const source = await makeSource();
    const [first, second] = [await makeUser("REVIEWER"), await makeUser("LEAD")];
    const review = async (at: string, firstCategory: Category, category: Category, outcome: "APPROVED" | "SENT_BACK") => {
      const made = await makeCase({ sourceId: source.id });
      await db.caseReview.create({ data: { caseId: made.id, firstReviewerId: first.id, firstCategory, reviewerId: second.id, category, outcome, createdAt: new Date(at) } });
    };
    // Week of Mon 2025-03-03 (2025-W10): HP/HP, HP/HP, EC/EC, EC/HP (sent back).
    // po = 3/4; first: HP 2, EC 2; second: HP 3, EC 1; pe = (2*3 + 2*1)/16 = 0.5; kappa = 0.5.
    await review("2025-03-03T10:00:00Z", "HAPPY_PATH", "HAPPY_PATH", "APPROVED");
    await review("2025-03-04T10:00:00Z", "HAPPY_PATH", "HAPPY_PATH", "APPROVED");
    await review("2025-03-05T10:00:00Z", "EDGE_CASE", "EDGE_CASE", "APPROVED");
    await review("2025-03-09T23:00:00Z", "EDGE_CASE", "HAPPY_PATH", "SENT_BACK");
    // 2025-W12: one review, category changed but approved.
    await review("2025-03-18T10:00:00Z", "DRIFT", "ADVERSARIAL", "APPROVED");

    const weeks = await agreementByWeek({ sourceId: source.id, from: new Date("2025-03-03"), to: new Date("2025-03-23") });
    expect(weeks.map((w) => w.week)).toEqual(["2025-W10", "2025-W11", "2025-W12"]);
    expect(weeks[0]).toMatchObject({ reviewed: 4, approved: 3, sentBack: 1, disagreements: 1, categoryAgreement: 0.75, decisionAgreement: 0.75 });
    expect(weeks[0].categoryKappa).toBeCloseTo(0.5, 12);
    expect(weeks[1]).toMatchObject({ reviewed: 0, categoryKappa: null, decisionAgreement: null, disagreements: 0 });
    expect(weeks[2]).toMatchObject({ reviewed: 1, approved: 1, disagreements: 1, categoryAgreement: 0 });

    const listed = await reviewsOfWeek("2025-W10", { sourceId: source.id });
    expect(listed!.map((r) => [r.firstCategory, r.category, r.outcome])).toEqual([["EDGE_CASE", "HAPPY_PATH", "SENT_BACK"]]);
    expect((await reviewsOfWeek("2025-W10", { sourceId: source.id, all: true }))!).toHaveLength(4);
    expect(await reviewsOfWeek("not-a-week")).toBeNull();
  });
});
