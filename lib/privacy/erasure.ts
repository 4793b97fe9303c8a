import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors/domain-error";
import { keyedHash } from "./keyed-hash";

type Tx = Prisma.TransactionClient;

/** What an erasure did (or, dry, would do): counts only, never the id. */
export interface ErasureReceipt {
  dryRun: boolean;
  /** Source logs of the user deleted. */
  sourceLogs: number;
  /** Pending and discarded cases made from the user's records, deleted. */
  cases: number;
  /** Accepted eval items retired with reason "erasure", their text gone from every version. */
  evalItems: number;
  /** Accepted cases whose text went with their eval items. */
  acceptedCases: number;
  /** Whether the user was already on the opt-out list. */
  alreadyOptedOut: boolean;
}

/** What replaces an erased eval item's text in every version (the columns are NOT NULL). */
export const ERASED_TEXT = "[erased]";

const MAX_USER_ID_LENGTH = 256;

/** Checks an end-user id before hashing; errors never repeat it. */
export function checkEndUserId(userId: string): void {
  if (userId.trim() === "" || userId.length > MAX_USER_ID_LENGTH) throw new DomainError(`The end-user id must be 1 to ${MAX_USER_ID_LENGTH} characters.`, 400, "userId");
}

async function targets(tx: Tx, hash: string, sourceId: string | undefined) {
  const inSource = sourceId ? { sourceId } : {};
  const [sourceLogs, openCases, acceptedCases, items, optOut] = await Promise.all([
    tx.sourceLog.count({ where: { endUserHash: hash, ...inSource } }),
    tx.case.findMany({ where: { endUserHash: hash, status: { not: "ACCEPTED" }, ...inSource }, select: { id: true } }),
    tx.case.findMany({ where: { endUserHash: hash, status: "ACCEPTED", ...inSource }, select: { id: true } }),
    tx.evalItem.findMany({ where: { endUserHash: hash, ...inSource }, distinct: ["itemId"], select: { itemId: true } }),
    tx.endUserOptOut.findUnique({ where: { endUserHash: hash } }),
  ]);
  return { sourceLogs, openCases, acceptedCases, items, alreadyOptedOut: optOut !== null };
}

/**
 * Erases one end user (GDPR art. 17): deletes their source logs and the cases not yet
 * accepted, retires their accepted eval items with reason "erasure" and replaces the text
 * of every version with ERASED_TEXT (the item keeps its reviewer and times, so the eval
 * set's history still adds up), deletes the accepted cases' text with them, and puts the
 * user on the opt-out list so later records are refused at ingest. One transaction; the
 * audit log gets a receipt with counts, never the id. `sourceId` limits it to one source
 * (an API key bound to a source); the opt-out list is global either way.
 */
export async function eraseEndUser(userId: string, actor: AuditActor, options: { dryRun?: boolean; sourceId?: string } = {}): Promise<ErasureReceipt> {
  checkEndUserId(userId);
  const hash = keyedHash("end-user", userId);
  const dryRun = options.dryRun ?? false;
  return await db.$transaction(
    async (tx) => {
      const found = await targets(tx, hash, options.sourceId);
      const receipt: ErasureReceipt = {
        dryRun,
        sourceLogs: found.sourceLogs,
        cases: found.openCases.length,
        evalItems: found.items.length,
        acceptedCases: found.acceptedCases.length,
        alreadyOptedOut: found.alreadyOptedOut,
      };
      if (!dryRun) {
        const now = new Date();
        const itemIds = found.items.map((i) => i.itemId);
        // Every version loses its text; the open one closes with the reason.
        await tx.evalItem.updateMany({ where: { itemId: { in: itemIds } }, data: { input: { messages: [] }, productionOutput: Prisma.DbNull, expectedOutput: ERASED_TEXT, notes: null, tags: [] } });
        await tx.evalItem.updateMany({ where: { itemId: { in: itemIds }, validTo: null }, data: { validTo: now, retiredReason: "erasure" } });
        await tx.case.deleteMany({ where: { id: { in: [...found.openCases, ...found.acceptedCases].map((c) => c.id) } } });
        await tx.sourceLog.deleteMany({ where: { endUserHash: hash, ...(options.sourceId ? { sourceId: options.sourceId } : {}) } });
        await tx.endUserOptOut.upsert({ where: { endUserHash: hash }, create: { endUserHash: hash, reason: "erasure" }, update: { reason: "erasure" } });
      }
      await recordAudit({ actor, action: dryRun ? "enduser.erasure_dry_run" : "enduser.erased", targetType: "EndUser", targetId: null, details: { ...receipt, ...(options.sourceId ? { sourceId: options.sourceId } : {}) } }, tx);
      return receipt;
    },
    { timeout: 120_000 },
  );
}
