import "server-only";
import { db } from "@/lib/db";
import type { CaseOrigin } from "@/lib/generated/prisma/enums";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { batchForWeek } from "@/lib/batches/batch-for-week";
import { redactLog } from "@/lib/ingest/redact-log";
import type { CuratedCase } from "./schemas";
import { CurationError } from "./errors";

export interface AddTarget {
  sourceId: string;
  origin: Exclude<CaseOrigin, "MINED">;
}

// Behind failures (priority 10-50) and mined cases (100): a lead's cases don't jump the queue.
const ADDED_PRIORITY = 100;

/**
 * A lead's case as a storable case row: its conversation and expected output go through
 * the same redaction as ingest (lib/ingest/redact-log.ts, one placeholder book, so a name
 * in both gets the same placeholder). Only the redacted result leaves this function.
 */
function redactedCase(item: CuratedCase, now: Date) {
  const redacted = redactLog({
    externalId: "curated",
    traceId: null,
    timestamp: now,
    model: null,
    messages: item.messages.map((m) => ({ role: m.role, content: m.content })),
    output: null,
    // The expected output rides along as a free-text field of the same record.
    metadata: item.expectedOutput ? { expectedOutput: item.expectedOutput } : {},
    endUser: { userId: null, sessionId: null },
  });
  const expected = redacted.metadata.expectedOutput;
  return {
    input: redacted.input as object,
    expectedOutput: typeof expected === "string" && expected.trim() ? expected : null,
    redactionVersion: redacted.redactionVersion,
  };
}

/**
 * Adds cases to the queue: this ISO week's batch, or the next week still open when a lead
 * closed it (batchForWeek never hands out a closed batch), marked with their origin. The
 * category a lead gave is the case's suggested category; the expected output is the draft
 * the reviewer starts from. The reviewer still accepts or discards each one.
 * @returns the new case ids, in the order given.
 */
export async function addCuratedCases(cases: CuratedCase[], target: AddTarget, actor: AuditActor, audit: { action: "case.added" | "cases.imported"; details?: Record<string, string | number> }) {
  const now = new Date();
  // Redaction is CPU work: done before the transaction opens.
  const rows = cases.map((item) => ({ item, redacted: redactedCase(item, now) }));
  return await db.$transaction(async (tx) => {
    const source = await tx.source.findUnique({ where: { id: target.sourceId }, select: { id: true } });
    if (!source) throw new CurationError(404, "No such source; pick one from the list.", "sourceId");
    const batch = await batchForWeek(now, tx);
    const created = rows.length
      ? await tx.case.createManyAndReturn({
          select: { id: true },
          data: rows.map(({ item, redacted }) => ({
            sourceId: source.id,
            batchId: batch.id,
            origin: target.origin,
            priority: ADDED_PRIORITY,
            minedReasons: [],
            suggestedCategory: item.category,
            input: redacted.input,
            expectedOutput: redacted.expectedOutput,
            // Where the item reads the redaction version when a case has no source log.
            metadata: { redactionVersion: redacted.redactionVersion },
            groupKey: null,
            minedAt: now,
          })),
        })
      : [];
    const ids = created.map((c) => c.id);
    await recordAudit(
      {
        actor,
        action: audit.action,
        targetType: audit.action === "case.added" ? "Case" : "Source",
        targetId: audit.action === "case.added" ? (ids[0] ?? null) : source.id,
        details: { origin: target.origin, sourceId: source.id, batch: batch.isoWeek, added: ids.length, ...audit.details },
      },
      tx,
    );
    return { ids, batchWeek: batch.isoWeek };
  });
}
