import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { Category, DiscardReason } from "@/lib/generated/prisma/enums";
import { isoWeekOf, nextIsoWeek, type IsoWeek } from "@/lib/batches/iso-week";
import { REDACTION_VERSION } from "@/lib/redaction/redact-text";
import { simHash, topicHash } from "@/lib/mining/fingerprint";
import { seededRandom } from "@/lib/mining/topic-corpus";
import { ordinaryRecord, scenario, type Scenario } from "./scenarios";
import { auditRow, type DemoActor, type DemoAuditRow } from "./audit";
import { curatedHistory } from "./curated";

/**
 * Twelve weeks of demo history before the current week, so a fresh `npm run dev` shows
 * every dashboard widget with something real: a closed batch per week, cases of all four
 * categories accepted into the eval set or discarded by two reviewers, second reviews on
 * a share of them, sampled traffic counted per day and category, and, within the source's
 * retention, the sampled records themselves and the fingerprints drift mining compares
 * with. Seeded: every fresh database gets the same history relative to its first start.
 * Nothing lands in the current week (its pending cases are cases.ts's), so the queue and
 * the current batch look the same with or without history. Over the last eight weeks the
 * lead also added a case by hand or imported a synthetic one each week (curated.ts), and
 * every decision, second review, addition and week closed is in the audit log as the
 * real action writes it.
 */
const WEEKS = 12;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const SYSTEM = { role: "system", content: "You are Acme's support assistant. Be brief and accurate." };
const CATEGORIES: Category[] = ["HAPPY_PATH", "EDGE_CASE", "ADVERSARIAL", "DRIFT"];
const DISCARDS: DiscardReason[] = ["NOT_USEFUL", "DUPLICATE", "DUPLICATE", "BAD_DATA", "OTHER", "PII_LEAK"];

type Random = () => number;

export interface DemoPeople {
  reviewerIds: [string, string];
  leadId: string;
}

/** Picks by weight: the drift share grows with `recency` (0 oldest week .. 1 last week), as a new product line takes off. */
function weighted(random: Random, weights: Record<Category, number>): Category {
  const total = CATEGORIES.reduce((sum, c) => sum + weights[c], 0);
  let roll = random() * total;
  for (const category of CATEGORIES) {
    roll -= weights[category];
    if (roll < 0) return category;
  }
  return "HAPPY_PATH";
}

const caseMix = (recency: number) => ({ HAPPY_PATH: 0.3, EDGE_CASE: 0.4, ADVERSARIAL: 0.1, DRIFT: 0.04 + 0.2 * recency });
const trafficMix = (recency: number) => ({ HAPPY_PATH: 0.83, EDGE_CASE: 0.12, ADVERSARIAL: 0.015, DRIFT: 0.005 + 0.06 * recency });

function logRow(sourceId: string, at: Date, story: Pick<Scenario, "user" | "output" | "metadata">, retentionDays: number) {
  return {
    id: crypto.randomUUID(),
    sourceId,
    externalId: `demo-${crypto.randomUUID()}`,
    traceId: crypto.randomBytes(16).toString("hex"),
    timestamp: at,
    receivedAt: at,
    model: "gpt-4o-mini",
    input: { messages: [SYSTEM, { role: "user", content: story.user }] },
    output: story.output === null ? undefined : { role: "assistant", content: story.output },
    metadata: story.metadata as object,
    redactionVersion: REDACTION_VERSION,
    expiresAt: new Date(at.getTime() + retentionDays * DAY_MS),
  };
}

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>, size = 500) {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

/** Seeds the history of one demo source; returns what it made. */
export async function seedDemoHistory(source: { id: string; retentionDays: number }, people: DemoPeople, now = new Date()) {
  const random = seededRandom(2026);
  const current = isoWeekOf(now);
  const known = await db.user.findMany({ where: { id: { in: [...people.reviewerIds, people.leadId] } }, select: { id: true, email: true } });
  const actor = (id: string): DemoActor => known.find((p) => p.id === id)!;
  const lead = actor(people.leadId);
  const audit: DemoAuditRow[] = [];
  const curatedWeeks: Array<{ week: IsoWeek; batchId: string }> = [];
  const retainedFrom = now.getTime() - source.retentionDays * DAY_MS;
  const logs: ReturnType<typeof logRow>[] = [];
  const counts = new Map<string, number>();
  const count = (at: Date, category: Category) => {
    const key = `${at.toISOString().slice(0, 10)}|${category}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  const cases = [];
  const caseLogs: Array<{ caseId: string; sourceLogId: string }> = [];
  const items = [];
  const reviews = [];

  for (let ago = WEEKS; ago >= 1; ago--) {
    const week: IsoWeek = isoWeekOf(new Date(current.start.getTime() - ago * 7 * DAY_MS));
    const recency = (WEEKS - ago) / (WEEKS - 1);
    // Closed the next Monday morning; never later than now (a first start early on a Monday).
    const closedAt = new Date(Math.min(week.end.getTime() + 9 * HOUR_MS, now.getTime() - HOUR_MS));
    const batch = await db.batch.upsert({
      where: { isoWeek: week.label },
      update: {},
      create: { isoWeek: week.label, weekStart: week.start, status: "CLOSED", closedAt, closedById: people.leadId },
    });
    audit.push(auditRow(closedAt, lead, "batch.close", { type: "Batch", id: batch.id }, { isoWeek: week.label, movedPending: 0, movedTo: nextIsoWeek(week).label }));
    if (ago <= 8) curatedWeeks.push({ week, batchId: batch.id });
    const perWeek = 16 + Math.floor(random() * 9);
    for (let n = 0; n < perWeek; n++) {
      const category = weighted(random, caseMix(recency));
      const story = scenario(category, random);
      const minedAt = new Date(week.start.getTime() + Math.floor(random() * 5 * 24) * HOUR_MS + 8 * HOUR_MS);
      const decidedAt = new Date(Math.min(minedAt.getTime() + (2 + Math.floor(random() * 40)) * HOUR_MS, closedAt.getTime() - HOUR_MS));
      const reviewer = people.reviewerIds[random() < 0.55 ? 0 : 1];
      const accepted = random() < 0.72;
      const caseId = crypto.randomUUID();
      const output = story.output === null ? undefined : { role: "assistant", content: story.output };
      const input = { messages: [SYSTEM, { role: "user", content: story.user }] };
      // Records past the retention period are gone; their cases keep their own copy.
      let sourceLogId: string | null = null;
      if (minedAt.getTime() >= retainedFrom) {
        const log = logRow(source.id, minedAt, story, source.retentionDays);
        logs.push(log);
        sourceLogId = log.id;
        caseLogs.push({ caseId, sourceLogId });
      }
      count(minedAt, category);
      cases.push({
        id: caseId,
        sourceId: source.id,
        sourceLogId,
        batchId: batch.id,
        status: accepted ? ("ACCEPTED" as const) : ("DISCARDED" as const),
        priority: story.reasons.includes("failure") ? 10 : story.reasons.includes("escalation") ? 20 : story.reasons.includes("baseline") ? 200 : 50,
        minedReasons: story.reasons,
        suggestedCategory: category,
        input,
        output,
        metadata: story.metadata as object,
        groupKey: simHash(story.user),
        expectedOutput: accepted ? story.expected : null,
        category: accepted ? category : null,
        discardReason: accepted ? null : DISCARDS[Math.floor(random() * DISCARDS.length)],
        decidedById: reviewer,
        decidedAt,
        minedAt,
        createdAt: minedAt,
      });
      if (!accepted) {
        audit.push(auditRow(decidedAt, actor(reviewer), "case.discarded", { type: "Case", id: caseId }, { reason: cases.at(-1)!.discardReason! }));
        continue;
      }
      const itemId = crypto.randomUUID();
      // A second reviewer looked at about one accepted case in three over the last eight weeks.
      let finalCategory = category;
      if (ago <= 8 && random() < 0.35) {
        const second = people.reviewerIds[reviewer === people.reviewerIds[0] ? 1 : 0];
        const roll = random();
        const secondCategory = roll < 0.85 ? category : CATEGORIES[(CATEGORIES.indexOf(category) + 1) % CATEGORIES.length];
        const sentBack = roll > 0.95;
        const reviewedAt = new Date(decidedAt.getTime() + 3 * HOUR_MS);
        reviews.push({
          caseId,
          firstReviewerId: reviewer,
          firstCategory: category,
          reviewerId: second,
          category: secondCategory,
          outcome: sentBack ? ("SENT_BACK" as const) : ("APPROVED" as const),
          comment: sentBack ? "The expected output skips the refund timeline; please add it." : null,
          createdAt: reviewedAt,
        });
        audit.push(auditRow(decidedAt, actor(reviewer), "case.awaiting_approval", { type: "Case", id: caseId }, { category }));
        if (sentBack) {
          // Sent back, the first reviewer fixed the expected output and the second approved it as labelled.
          const revisedAt = new Date(reviewedAt.getTime() + HOUR_MS);
          const approvedAt = new Date(revisedAt.getTime() + HOUR_MS);
          reviews.push({ caseId, firstReviewerId: reviewer, firstCategory: category, reviewerId: second, category, outcome: "APPROVED" as const, comment: null, createdAt: approvedAt });
          audit.push(
            auditRow(reviewedAt, actor(second), "case.sent_back", { type: "Case", id: caseId }, { category: secondCategory, firstCategory: category }),
            auditRow(revisedAt, actor(reviewer), "case.awaiting_approval", { type: "Case", id: caseId }, { category }),
            auditRow(approvedAt, actor(second), "case.approved", { type: "Case", id: caseId }, { itemId, category, firstCategory: category }),
          );
        } else {
          finalCategory = secondCategory;
          audit.push(auditRow(reviewedAt, actor(second), "case.approved", { type: "Case", id: caseId }, { itemId, category: secondCategory, firstCategory: category }));
        }
      } else {
        audit.push(auditRow(decidedAt, actor(reviewer), "case.accepted", { type: "Case", id: caseId }, { itemId, category, expectedEqualsProduction: false }));
      }
      items.push({
        itemId,
        caseId,
        sourceId: source.id,
        batchId: batch.id,
        input,
        productionOutput: output,
        expectedOutput: story.expected,
        category: finalCategory,
        minedReasons: story.reasons,
        redactionVersion: REDACTION_VERSION,
        reviewerId: reviewer,
        labelledAt: decidedAt,
        validFrom: decidedAt,
      });
    }
  }

  // Ordinary sampled traffic, every day up to yesterday: counted by category; within the
  // retention period also stored (redacted) and fingerprinted for drift.
  const fingerprints = new Map<string, Date>();
  const firstDay = new Date(current.start.getTime() - WEEKS * 7 * DAY_MS);
  for (let day = firstDay; day.getTime() < now.getTime() - DAY_MS; day = new Date(day.getTime() + DAY_MS)) {
    const recency = Math.max(0, (day.getTime() - firstDay.getTime()) / (current.start.getTime() - firstDay.getTime()));
    const perDay = 40 + Math.floor(random() * 25);
    for (let n = 0; n < perDay; n++) {
      const category = weighted(random, trafficMix(recency));
      const at = new Date(day.getTime() + Math.floor(random() * 24 * 60) * 60_000);
      count(at, category);
      if (at.getTime() < retainedFrom) continue;
      const story = category === "HAPPY_PATH" ? { ...ordinaryRecord(random), metadata: { confidence: 0.9, latencyMs: 700 } } : scenario(category, random);
      logs.push(logRow(source.id, at, story, source.retentionDays));
      const key = topicHash(story.user);
      if (!fingerprints.has(key) || fingerprints.get(key)! < day) fingerprints.set(key, day);
    }
  }

  const curated = curatedHistory(source.id, curatedWeeks, lead, [actor(people.reviewerIds[0]), actor(people.reviewerIds[1])]);
  audit.push(...curated.audit);

  await inChunks(logs, (chunk) => db.sourceLog.createMany({ data: chunk }));
  await inChunks(cases, (chunk) => db.case.createMany({ data: chunk }));
  await db.case.createMany({ data: curated.cases });
  await inChunks(caseLogs, (chunk) => db.caseLog.createMany({ data: chunk }));
  await inChunks(items, (chunk) => db.evalItem.createMany({ data: chunk }));
  await db.evalItem.createMany({ data: curated.items });
  await inChunks(reviews, (chunk) => db.caseReview.createMany({ data: chunk }));
  await db.sampledTraffic.createMany({
    data: [...counts].map(([key, n]) => {
      const [day, category] = key.split("|");
      return { sourceId: source.id, day: new Date(`${day}T00:00:00Z`), category: category as Category, count: n };
    }),
  });
  await db.trafficFingerprint.createMany({ data: [...fingerprints].map(([fingerprint, lastSeen]) => ({ sourceId: source.id, fingerprint, lastSeen })) });
  audit.sort((a, b) => a.at.getTime() - b.at.getTime());
  await inChunks(audit, (chunk) => db.auditLog.createMany({ data: chunk }));
  return {
    weeks: WEEKS,
    cases: cases.length + curated.cases.length,
    items: items.length + curated.items.length,
    curated: curated.items.length,
    discarded: cases.filter((c) => c.status === "DISCARDED").length,
    reviews: reviews.length,
    logs: logs.length,
    audit: audit.length,
  };
}
