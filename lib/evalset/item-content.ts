import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseOrigin } from "@/lib/generated/prisma/enums";
import { REDACTION_VERSION } from "@/lib/redaction";

type Tx = Prisma.TransactionClient;

/** The sanitised copy and provenance an eval item holds (its label is separate: HumanLabel). */
export interface ItemContent {
  caseId: string | null;
  sourceId: string | null;
  batchId: string | null;
  input: Prisma.InputJsonValue;
  productionOutput: Prisma.InputJsonValue | null;
  minedReasons: string[];
  redactionVersion: string;
  /** Keyed hash of the end user the case came from (erasure finds the item by it). */
  endUserHash: string | null;
  /** Mined (the default), synthetic or hand-written: the item keeps its case's origin. */
  origin?: CaseOrigin;
  tags: string[];
  notes: string | null;
}

/** Where an item's copy comes from: its case when accepted, its previous version when relabelled. */
interface Origin {
  caseId: string | null;
  sourceId: string | null;
  batchId: string | null;
  input: unknown;
  productionOutput: unknown;
  minedReasons: string[];
  redactionVersion: string;
  endUserHash: string | null;
  origin?: CaseOrigin;
}

/**
 * The one rule for what an eval item copies: the already-redacted conversation, the
 * production answer, why it was mined, which redaction produced it, where it came from
 * and its origin (mined, or added by a lead). Nothing else of the case (claims, discard
 * notes, metadata) reaches the eval set.
 */
export function itemContent(origin: Origin, label: { tags: string[]; notes: string | null }): ItemContent {
  return {
    caseId: origin.caseId,
    sourceId: origin.sourceId,
    batchId: origin.batchId,
    input: origin.input as Prisma.InputJsonValue,
    productionOutput: (origin.productionOutput ?? null) as Prisma.InputJsonValue | null,
    minedReasons: origin.minedReasons,
    redactionVersion: origin.redactionVersion,
    endUserHash: origin.endUserHash,
    origin: origin.origin ?? "MINED",
    tags: label.tags,
    notes: label.notes,
  };
}

/** An accepted case's content: read inside the accepting transaction, after its lock. */
export async function itemContentOfCase(tx: Tx, caseId: string, label: { tags: string[]; notes: string | null }): Promise<ItemContent> {
  const found = await tx.case.findUniqueOrThrow({
    where: { id: caseId },
    select: { id: true, sourceId: true, batchId: true, input: true, output: true, minedReasons: true, metadata: true, endUserHash: true, origin: true, sourceLog: { select: { redactionVersion: true } } },
  });
  // The log may be purged already; the case's metadata then remembers the version.
  const metadataVersion = (found.metadata as { redactionVersion?: unknown } | null)?.redactionVersion;
  const redactionVersion = found.sourceLog?.redactionVersion ?? (typeof metadataVersion === "string" ? metadataVersion : REDACTION_VERSION);
  return itemContent({ ...found, caseId: found.id, productionOutput: found.output, redactionVersion }, label);
}
