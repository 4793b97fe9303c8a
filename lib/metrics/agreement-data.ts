import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Category, ReviewOutcome } from "@/lib/generated/prisma/enums";
import { isoWeekOf, parseIsoWeek } from "@/lib/batches/iso-week";
import { cohensKappa } from "./agreement";
import type { MetricsFilters } from "./filters";
import { sourceFilter, weeksOf } from "./growth";

export interface AgreementWeek {
  /** ISO week label of the second reviews, "2026-W49". */
  week: string;
  /** Cases seen by two people that week (second reviews). */
  reviewed: number;
  /** Cohen's kappa of the two categories; null without reviews or when undefined. */
  categoryKappa: number | null;
  /** Share of reviews where both picked the same category. */
  categoryAgreement: number | null;
  approved: number;
  sentBack: number;
  /** Share of first accepts the second reviewer approved: the accept/discard agreement. */
  decisionAgreement: number | null;
  /** Reviews with a different category or a send-back. */
  disagreements: number;
}

/**
 * Agreement per week (of the second review) over the filter range: one row per week,
 * from the CaseReview pairs (first reviewer's category, second reviewer's category,
 * approve or send back). The second reviewer only sees cases the first accepted, so the
 * decision agreement is the share approved: a kappa for it would compare a constant.
 */
export async function agreementByWeek(filters: MetricsFilters): Promise<AgreementWeek[]> {
  const rows = await db.$queryRaw<{ week: Date | null; firstCategory: Category | null; category: Category | null; outcome: ReviewOutcome | null; count: number }[]>`
    WITH "weeks" AS (${weeksOf(filters)})
    SELECT w."week", r."firstCategory", r."category", r."outcome", count(r.id)::int AS "count"
      FROM "weeks" w
      LEFT JOIN ("CaseReview" r JOIN "Case" c ON c.id = r."caseId" ${sourceFilter(filters, "c")})
        ON r."createdAt" >= w."week" AND r."createdAt" < w."week" + 7 AND r."createdAt" >= ${filters.from}::date AND r."createdAt" < ${filters.to}::date + 1
     GROUP BY 1, 2, 3, 4 ORDER BY 1`;
  const weeks = new Map<string, typeof rows>();
  for (const row of rows) {
    const label = isoWeekOf(row.week!).label;
    weeks.set(label, [...(weeks.get(label) ?? []), ...(row.outcome ? [row] : [])]);
  }
  return [...weeks].map(([week, pairs]) => {
    const kappa = cohensKappa(pairs.map((p) => ({ first: p.firstCategory!, second: p.category!, count: p.count })));
    const sum = (keep: (p: (typeof pairs)[number]) => boolean) => pairs.filter(keep).reduce((total, p) => total + p.count, 0);
    const approved = sum((p) => p.outcome === "APPROVED");
    const sentBack = sum((p) => p.outcome === "SENT_BACK");
    return {
      week,
      reviewed: kappa.n,
      categoryKappa: kappa.kappa,
      categoryAgreement: kappa.observed,
      approved,
      sentBack,
      decisionAgreement: kappa.n ? approved / kappa.n : null,
      disagreements: sum((p) => p.outcome === "SENT_BACK" || p.firstCategory !== p.category),
    };
  });
}

export interface ReviewRow {
  id: string;
  caseId: string;
  at: Date;
  sourceName: string;
  firstReviewer: string;
  firstCategory: Category;
  secondReviewer: string;
  category: Category;
  outcome: ReviewOutcome;
  comment: string | null;
  /** The eval item an approval made (null when sent back or since deleted). */
  itemId: string | null;
}

/** The second reviews of one ISO week (and source), only the disagreements unless `all`: the widget's "one click away" list. */
export async function reviewsOfWeek(weekLabel: string, options: { sourceId?: string | null; all?: boolean } = {}): Promise<ReviewRow[] | null> {
  const week = parseIsoWeek(weekLabel);
  if (!week) return null;
  const end = new Date(week.start.getTime() + 7 * 86_400_000);
  return await db.$queryRaw<ReviewRow[]>`
    SELECT r.id::text, r."caseId"::text AS "caseId", r."createdAt" AS "at", s.name AS "sourceName",
           coalesce(fu.name, 'Deleted user') AS "firstReviewer", r."firstCategory",
           coalesce(su.name, 'Deleted user') AS "secondReviewer", r.category, r.outcome, r.comment,
           (SELECT e."itemId"::text FROM "EvalItem" e WHERE e."caseId" = r."caseId" AND r.outcome = 'APPROVED' ORDER BY e.version DESC LIMIT 1) AS "itemId"
      FROM "CaseReview" r
      JOIN "Case" c ON c.id = r."caseId"
      JOIN "Source" s ON s.id = c."sourceId"
      LEFT JOIN "User" fu ON fu.id = r."firstReviewerId"
      LEFT JOIN "User" su ON su.id = r."reviewerId"
     WHERE r."createdAt" >= ${week.start} AND r."createdAt" < ${end}
       ${options.sourceId ? Prisma.sql`AND c."sourceId" = ${options.sourceId}::uuid` : Prisma.empty}
       ${options.all ? Prisma.empty : Prisma.sql`AND (r.outcome = 'SENT_BACK' OR r."firstCategory" <> r.category)`}
     ORDER BY r."createdAt" DESC
     LIMIT 500`;
}
