import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import { ENTITY_TYPES, type EntityType } from "@/lib/redaction";
import { TriageError } from "./errors";

type Tx = Prisma.TransactionClient;

/** Who scrubs: the reviewer holding or having decided the case, or anyone with privacy:manage. */
export interface Scrubber {
  id: string;
  email: string;
  role: Role;
}

const PLACEHOLDER_ONLY = /^<[A-Z_]+_\d+>$/;

/**
 * Deep copy of `value` with every occurrence of `text` replaced, in strings and in object
 * keys alike: a leak can sit in a role, an id or a metadata key as well as in text.
 */
export function replaceInJson(value: unknown, text: string, placeholder: string): { value: unknown; count: number } {
  let count = 0;
  const replace = (s: string) => {
    const parts = s.split(text);
    count += parts.length - 1;
    return parts.join(placeholder);
  };
  const walk = (node: unknown): unknown => {
    if (typeof node === "string") return replace(node);
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === "object") return Object.fromEntries(Object.entries(node).map(([k, v]) => [replace(k), walk(v)]));
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

/** Locks the case if this person may scrub it now; 404 or 409 otherwise. */
async function lockScrubbableCase(tx: Tx, caseId: string, actor: Scrubber): Promise<void> {
  const anyCase = can(actor.role, "privacy:manage");
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Case" WHERE id = ${caseId}::uuid
      AND (${anyCase}::boolean OR ("claimedById" = ${actor.id}::uuid AND status = 'PENDING' AND "leaseExpiresAt" > now()) OR "decidedById" = ${actor.id}::uuid)
    FOR UPDATE`;
  if (rows[0]) return;
  if ((await tx.case.count({ where: { id: caseId } })) === 0) throw new TriageError(404, "No such case.");
  throw new TriageError(409, "You no longer hold this case, so you can't redact it here. Nothing was changed.");
}

/** Rewrites every source log the case stands for (its first record and folded near-duplicates). */
async function scrubCaseLogs(tx: Tx, caseId: string, firstLogId: string | null, text: string, type: EntityType) {
  const linked = await tx.caseLog.findMany({ where: { caseId }, select: { sourceLogId: true } });
  const ids = [...new Set([...linked.map((l) => l.sourceLogId), ...(firstLogId ? [firstLogId] : [])])];
  let occurrences = 0;
  let logs = 0;
  for (const log of await tx.sourceLog.findMany({ where: { id: { in: ids } } })) {
    const placeholder = `<${type}_${nextPlaceholderNumber([log.input, log.output, log.metadata, log.model], type)}>`;
    const onLog = rewrite(log, ["input", "output", "metadata", "model"], text, placeholder);
    if (onLog.count === 0) continue;
    const counts = { ...((log.entityCounts as Record<string, number>) ?? {}) };
    counts[type] = (counts[type] ?? 0) + onLog.count;
    await tx.sourceLog.update({ where: { id: log.id }, data: { ...(onLog.data as Prisma.SourceLogUpdateInput), entityCounts: counts } });
    occurrences += onLog.count;
    logs += 1;
  }
  return { occurrences, logs };
}

/** Rewrites every version of the eval items copied from the case (or of one item). */
async function scrubItemVersions(tx: Tx, where: Prisma.EvalItemWhereInput, text: string, placeholder: string): Promise<number> {
  let versions = 0;
  for (const item of await tx.evalItem.findMany({ where })) {
    const onItem = rewrite(item, ["input", "productionOutput", "expectedOutput", "notes", "tags"], text, placeholder);
    if (onItem.count === 0) continue;
    versions += 1;
    await tx.evalItem.update({ where: { id: item.id }, data: onItem.data as Prisma.EvalItemUpdateInput });
  }
  return versions;
}

/**
 * "Redact selection": replaces the selected text with a typed placeholder everywhere the
 * case's data lives, in one transaction: the case, every source log it stands for (near-
 * duplicates included, while retention keeps them) and every version of its eval items.
 * The old text is not kept anywhere, so it cannot be un-redacted; the audit log records
 * who, when, the type and the counts, never the text. Allowed to the reviewer holding the
 * case, the one who decided it, and admins (privacy:manage) at any time after.
 */
export async function redactSelection(caseId: string, actor: Scrubber, selection: { text: string; type: string }) {
  const text = selection.text.trim();
  checkSelection(text, selection.type);
  const type = selection.type;
  return await db.$transaction(async (tx) => {
    await lockScrubbableCase(tx, caseId, actor);
    const found = await tx.case.findUniqueOrThrow({ where: { id: caseId } });
    const casePlaceholder = `<${type}_${nextPlaceholderNumber([found.input, found.output, found.metadata, found.expectedOutput, found.notes], type)}>`;
    const onCase = rewrite(found, ["input", "output", "metadata", "expectedOutput", "notes", "tags"], text, casePlaceholder);
    const onLogs = await scrubCaseLogs(tx, caseId, found.sourceLogId, text, type);
    const itemVersions = await scrubItemVersions(tx, { caseId }, text, casePlaceholder);
    if (onCase.count + onLogs.occurrences + itemVersions === 0) throw new TriageError(400, "The selected text is not in this case (it may already be redacted).", "text");
    await tx.case.update({ where: { id: caseId }, data: { ...(onCase.data as Prisma.CaseUpdateInput), scrubbedAt: new Date() } });
    const result = { placeholder: casePlaceholder, caseOccurrences: onCase.count, sourceLogOccurrences: onLogs.occurrences, sourceLogs: onLogs.logs, evalItemVersions: itemVersions };
    await recordAudit({ actor: { id: actor.id, label: `user:${actor.email}` }, action: "case.redacted", targetType: "Case", targetId: caseId, details: { entityType: type, ...result } }, tx);
    return result;
  });
}

/**
 * Scrubs an eval item: through its case when the case still exists (so every copy is
 * reached), else every version of the item. Admins only (privacy:manage), at any time.
 */
export async function redactEvalItemSelection(itemId: string, actor: Scrubber, selection: { text: string; type: string }) {
  if (!can(actor.role, "privacy:manage")) throw new TriageError(409, "Only an admin can scrub an eval item outside triage.");
  const item = await db.evalItem.findFirst({ where: { itemId }, orderBy: { version: "desc" }, select: { caseId: true } });
  if (!item) throw new TriageError(404, "No such eval item.");
  if (item.caseId) return await redactSelection(item.caseId, actor, selection);
  const text = selection.text.trim();
  checkSelection(text, selection.type);
  const type = selection.type;
  return await db.$transaction(async (tx) => {
    const versions = await tx.evalItem.findMany({ where: { itemId } });
    const placeholder = `<${type}_${nextPlaceholderNumber(versions.map((v) => [v.input, v.productionOutput, v.expectedOutput, v.notes]), type)}>`;
    const itemVersions = await scrubItemVersions(tx, { itemId }, text, placeholder);
    if (itemVersions === 0) throw new TriageError(400, "The selected text is not in this item (it may already be redacted).", "text");
    const result = { placeholder, caseOccurrences: 0, sourceLogOccurrences: 0, sourceLogs: 0, evalItemVersions: itemVersions };
    await recordAudit({ actor: { id: actor.id, label: `user:${actor.email}` }, action: "evalitem.redacted", targetType: "EvalItem", targetId: itemId, details: { entityType: type, ...result } }, tx);
    return result;
  });
}
