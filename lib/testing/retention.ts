// Test-only builders for retention and dashboard tests: source logs, cases in every
// state and eval items, inserted directly so a test states exactly the rows it means.
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { batchForWeek } from "@/lib/batches/batch-for-week";
import type { CaseStatus, Category } from "@/lib/generated/prisma/enums";

const DAY_MS = 86_400_000;

/** A redacted source log received `ageDays` before `now`. */
export async function makeSourceLog(sourceId: string, opts: { receivedAt: Date; expiresAt?: Date }) {
  return await db.sourceLog.create({
    data: {
      sourceId,
      externalId: crypto.randomUUID(),
      timestamp: opts.receivedAt,
      input: { messages: [{ role: "user", content: "Where is my order, <PERSON_1>?" }] },
      output: { role: "assistant", content: "It ships tomorrow." },
      redactionVersion: "test",
      receivedAt: opts.receivedAt,
      expiresAt: opts.expiresAt ?? new Date(opts.receivedAt.getTime() + 30 * DAY_MS),
    },
  });
}

export interface FixtureCase {
  sourceId: string;
  status?: CaseStatus;
  sourceLogId?: string | null;
  minedAt?: Date;
  decidedAt?: Date;
  reviewerId?: string;
  category?: Category | null;
  suggestedCategory?: Category | null;
  minedReasons?: string[];
  batchId?: string;
}

/**
 * A case in any state. ACCEPTED cases also get version 1 of an eval item (as triage
 * would make), so "accepted eval items survive" can be checked.
 */
export async function makeFixtureCase(spec: FixtureCase) {
  const status = spec.status ?? "PENDING";
  const minedAt = spec.minedAt ?? new Date();
  const batchId = spec.batchId ?? (await batchForWeek(minedAt)).id;
  const decided = status !== "PENDING";
  if (decided && !spec.reviewerId) throw new Error("makeFixtureCase: a decided case needs reviewerId");
  const decidedAt = decided ? (spec.decidedAt ?? minedAt) : null;
  const category = status === "ACCEPTED" ? (spec.category ?? "EDGE_CASE") : (spec.category ?? null);
  const row = await db.case.create({
    data: {
      sourceId: spec.sourceId,
      sourceLogId: spec.sourceLogId ?? null,
      batchId,
      status,
      minedReasons: spec.minedReasons ?? ["failure"],
      suggestedCategory: spec.suggestedCategory ?? null,
      input: { messages: [{ role: "user", content: "Where is my order, <PERSON_1>?" }] },
      minedAt,
      category,
      expectedOutput: status === "ACCEPTED" ? "A helpful answer." : null,
      discardReason: status === "DISCARDED" ? "NOT_USEFUL" : null,
      decidedById: decided ? spec.reviewerId : null,
      decidedAt,
    },
  });
  if (status === "ACCEPTED") {
    await db.evalItem.create({
      data: {
        itemId: crypto.randomUUID(),
        caseId: row.id,
        sourceId: spec.sourceId,
        batchId,
        input: { messages: [{ role: "user", content: "Where is my order, <PERSON_1>?" }] },
        expectedOutput: "A helpful answer.",
        category: category!,
        minedReasons: spec.minedReasons ?? ["failure"],
        redactionVersion: "test",
        reviewerId: spec.reviewerId!,
        labelledAt: decidedAt!,
        validFrom: decidedAt!,
      },
    });
  }
  return row;
}

/** `days` days before `from`. */
export function daysBefore(from: Date, days: number): Date {
  return new Date(from.getTime() - days * DAY_MS);
}
