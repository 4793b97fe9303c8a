import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { ENTITY_TYPES, type EntityType } from "@/lib/redaction";
import type { Reviewer } from "./decide";
import { TriageError } from "./errors";

// Structural keys of chat messages; their values are never user text, so never rewritten.
const STRUCTURAL_KEYS = new Set(["role", "type", "id", "tool_call_id"]);
const PLACEHOLDER_ONLY = /^<[A-Z_]+_\d+>$/;

/** Deep copy of `value` with every occurrence of `text` in its free-text strings replaced. */
export function replaceInJson(value: unknown, text: string, placeholder: string): { value: unknown; count: number } {
  let count = 0;
  const walk = (node: unknown, key?: string): unknown => {
    if (typeof node === "string") {
      if (key && STRUCTURAL_KEYS.has(key)) return node;
      const parts = node.split(text);
      count += parts.length - 1;
      return parts.join(placeholder);
    }
    if (Array.isArray(node)) return node.map((item) => walk(item));
    if (node && typeof node === "object") return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, k)]));
    return node;
  };
  return { value: walk(value), count };
}

/** The next free placeholder number of `type` across one record's fields (`<PERSON_3>` exists -> 4). */
export function nextPlaceholderNumber(fields: unknown[], type: EntityType): number {
  const pattern = new RegExp(`<${type}_(\\d+)>`, "g");
  let highest = 0;
  for (const match of JSON.stringify(fields).matchAll(pattern)) highest = Math.max(highest, Number(match[1]));
  return highest + 1;
}

/** Validates a selection; errors never repeat the selected text. */
export function checkSelection(text: string, type: string): asserts type is EntityType {
  if (!(ENTITY_TYPES as readonly string[]).includes(type)) throw new TriageError(400, "Pick an entity type for the redaction.", "type");
  if (text.trim().length < 2) throw new TriageError(400, "Select at least two characters to redact.", "text");
  if (text.length > 500) throw new TriageError(400, "Select at most 500 characters to redact.", "text");
  if (PLACEHOLDER_ONLY.test(text.trim())) throw new TriageError(400, "That is already a placeholder.", "text");
}

function rewrite<T extends Record<string, unknown>>(record: T, keys: (keyof T)[], text: string, placeholder: string) {
  let count = 0;
  const data: Partial<Record<keyof T, unknown>> = {};
  for (const key of keys) {
    if (record[key] === null || record[key] === undefined) continue;
    const replaced = replaceInJson(record[key], text, placeholder);
    if (replaced.count > 0) data[key] = replaced.value;
    count += replaced.count;
  }
  return { data, count };
}

/**
 * Redaction audit: replaces the selected text with a typed placeholder on the case, on
 * its source log (if retention has not deleted it) and on eval item copies made from the
 * case, in one transaction. The old text is not kept anywhere, so it cannot be
 * un-redacted; the audit log records who, when, the type and the case, never the text.
 * Allowed to the reviewer holding the case or the one who decided it.
 */
export async function redactSelection(caseId: string, reviewer: Reviewer, selection: { text: string; type: string }) {
  const text = selection.text.trim();
  checkSelection(text, selection.type);
  const type = selection.type;
  return await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Case" WHERE id = ${caseId}::uuid
        AND (("claimedById" = ${reviewer.id}::uuid AND status = 'PENDING' AND "leaseExpiresAt" > now()) OR "decidedById" = ${reviewer.id}::uuid)
      FOR UPDATE`;
    if (!rows[0]) {
      if ((await tx.case.count({ where: { id: caseId } })) === 0) throw new TriageError(404, "No such case.");
      throw new TriageError(409, "You no longer hold this case, so you can't redact it here. Nothing was changed.");
    }
    const found = await tx.case.findUniqueOrThrow({ where: { id: caseId } });
    const casePlaceholder = `<${type}_${nextPlaceholderNumber([found.input, found.output, found.metadata, found.expectedOutput, found.notes], type)}>`;
    const onCase = rewrite(found, ["input", "output", "metadata", "expectedOutput", "notes"], text, casePlaceholder);
    if (onCase.count === 0) throw new TriageError(400, "The selected text is not in this case (it may already be redacted).", "text");
    await tx.case.update({ where: { id: caseId }, data: onCase.data as Prisma.CaseUpdateInput });

    let logCount = 0;
    if (found.sourceLogId) {
      const log = await tx.sourceLog.findUnique({ where: { id: found.sourceLogId } });
      if (log) {
        const placeholder = `<${type}_${nextPlaceholderNumber([log.input, log.output, log.metadata], type)}>`;
        const onLog = rewrite(log, ["input", "output", "metadata"], text, placeholder);
        logCount = onLog.count;
        if (logCount > 0) {
          const counts = { ...((log.entityCounts as Record<string, number>) ?? {}) };
          counts[type] = (counts[type] ?? 0) + logCount;
          await tx.sourceLog.update({ where: { id: log.id }, data: { ...(onLog.data as Prisma.SourceLogUpdateInput), entityCounts: counts } });
        }
      }
    }

    // Eval items hold their own copy; a leak found after accepting must not survive there (in any version).
    let itemVersions = 0;
    for (const item of await tx.evalItem.findMany({ where: { caseId } })) {
      const onItem = rewrite(item, ["input", "productionOutput", "expectedOutput", "notes"], text, casePlaceholder);
      if (onItem.count === 0) continue;
      itemVersions += 1;
      await tx.evalItem.update({ where: { id: item.id }, data: onItem.data as Prisma.EvalItemUpdateInput });
    }

    await recordAudit(
      {
        actor: { id: reviewer.id, label: `user:${reviewer.email}` },
        action: "case.redacted",
        targetType: "case",
        targetId: caseId,
        details: { entityType: type, placeholder: casePlaceholder, caseOccurrences: onCase.count, sourceLogId: found.sourceLogId, sourceLogOccurrences: logCount, evalItemVersions: itemVersions },
      },
      tx,
    );
    return { placeholder: casePlaceholder, caseOccurrences: onCase.count, sourceLogOccurrences: logCount, evalItemVersions: itemVersions };
  });
}
