import "server-only";
import crypto from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Category } from "@/lib/generated/prisma/enums";
import { EvalSetError } from "./errors";
import { expectedEqualsProduction } from "./honest-label";
import { itemContent, type ItemContent } from "./item-content";

type Tx = Prisma.TransactionClient;

/** The human part of an eval item: who labelled it, with what, when. */
export interface HumanLabel {
  expectedOutput: string | null | undefined;
  category: Category | null | undefined;
  reviewerId: string | null | undefined;
  labelledAt: Date | null | undefined;
}

/**
 * Invariant 2, checked in the domain before the database's NOT NULLs: nothing enters
 * the eval set without a reviewer, a non-blank expected output, a category and a time.
 */
export function assertHumanLabel(label: HumanLabel): asserts label is { expectedOutput: string; category: Category; reviewerId: string; labelledAt: Date } {
  if (!label.expectedOutput || label.expectedOutput.trim() === "") throw new EvalSetError(400, "An eval item needs an expected output.", "expectedOutput");
  if (!label.category) throw new EvalSetError(400, "An eval item needs a category.", "category");
  if (!label.reviewerId) throw new EvalSetError(400, "An eval item needs the reviewer who labelled it.", "reviewerId");
  if (!(label.labelledAt instanceof Date) || Number.isNaN(label.labelledAt.getTime())) throw new EvalSetError(400, "An eval item needs the time it was labelled.", "labelledAt");
}

/**
 * Creates version `version` of `itemId` (a new item when itemId is omitted), valid from `at`.
 * The "expected equals production" flag is derived here from the copy and the label, so
 * every version (accepted, edited, restored) carries it and no caller can set it.
 */
export async function insertItemVersion(
  tx: Tx,
  content: ItemContent,
  label: HumanLabel,
  at: Date,
  identity: { itemId?: string; version?: number } = {},
) {
  assertHumanLabel(label);
  return await tx.evalItem.create({
    data: {
      itemId: identity.itemId ?? crypto.randomUUID(),
      version: identity.version ?? 1,
      caseId: content.caseId,
      sourceId: content.sourceId,
      batchId: content.batchId,
      input: content.input,
      productionOutput: content.productionOutput ?? undefined,
      expectedOutput: label.expectedOutput,
      category: label.category,
      tags: content.tags,
      notes: content.notes,
      minedReasons: content.minedReasons,
      redactionVersion: content.redactionVersion,
      endUserHash: content.endUserHash,
      origin: content.origin ?? "MINED",
      expectedEqualsProduction: expectedEqualsProduction(content.minedReasons, label.expectedOutput, content.productionOutput),
      reviewerId: label.reviewerId,
      labelledAt: label.labelledAt,
      validFrom: at,
    },
  });
}

/**
 * Locks and returns the current (open) version of an item. With `expectedVersion`, a
 * newer current version means someone else edited first: 409, nothing overwritten.
 */
export async function lockCurrentVersion(tx: Tx, itemId: string, expectedVersion?: number) {
  const rows = await tx.$queryRaw<{ id: string; version: number }[]>`
    SELECT id, version FROM "EvalItem" WHERE "itemId" = ${itemId}::uuid AND "validTo" IS NULL FOR UPDATE`;
  const current = rows[0];
  if (!current) {
    const exists = await tx.evalItem.count({ where: { itemId } });
    throw exists ? new EvalSetError(409, "This item is retired; it can no longer be edited.") : new EvalSetError(404, "No such eval item.");
  }
  if (expectedVersion !== undefined && current.version !== expectedVersion) {
    throw new EvalSetError(409, `Someone saved version ${current.version} of this item after you opened version ${expectedVersion}. Nothing was saved; reload to see it.`);
  }
  return await tx.evalItem.findUniqueOrThrow({ where: { id: current.id } });
}

/** New label for an existing item: closes the current version at `at` and opens the next one. */
export async function supersedeItem(
  tx: Tx,
  itemId: string,
  change: { expectedOutput: string; category: Category; tags?: string[]; notes?: string | null },
  reviewerId: string,
  at: Date,
  expectedVersion?: number,
) {
  const current = await lockCurrentVersion(tx, itemId, expectedVersion);
  await tx.evalItem.update({ where: { id: current.id }, data: { validTo: at } });
  return await insertItemVersion(
    tx,
    itemContent(current, { tags: change.tags ?? current.tags, notes: change.notes === undefined ? current.notes : change.notes }),
    { expectedOutput: change.expectedOutput, category: change.category, reviewerId, labelledAt: at },
    at,
    { itemId, version: current.version + 1 },
  );
}

/** Retires an item at `at`: its current version closes with the reason, and stays in history. */
export async function retireItemVersion(tx: Tx, itemId: string, reason: string, at: Date, expectedVersion?: number) {
  if (!reason.trim()) throw new EvalSetError(400, "Retiring an item needs a reason.", "reason");
  const current = await lockCurrentVersion(tx, itemId, expectedVersion);
  return await tx.evalItem.update({ where: { id: current.id }, data: { validTo: at, retiredReason: reason.trim() } });
}
