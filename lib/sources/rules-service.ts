import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import type { AddCustomRuleInput, BuiltInRulesInput } from "./schemas";
import { SourceRuleError } from "./service";

type Tx = Prisma.TransactionClient;

type BuiltInKind = "FAILURE" | "LOW_CONFIDENCE" | "ESCALATION" | "NEGATIVE_FEEDBACK" | "BASELINE" | "DRIFT";

async function upsertBuiltIn(tx: Tx, sourceId: string, kind: BuiltInKind, enabled: boolean, config: Prisma.InputJsonObject) {
  const existing = await tx.miningRule.findFirst({ where: { sourceId, kind }, orderBy: { createdAt: "asc" } });
  if (existing) await tx.miningRule.update({ where: { id: existing.id }, data: { enabled, config } });
  else await tx.miningRule.create({ data: { sourceId, kind, name: kind.toLowerCase(), enabled, config } });
}

/** Saves the built-in rules of a source (enabled flags, thresholds, baseline share, drift weeks); audited. */
export async function saveBuiltInRules(input: BuiltInRulesInput, actor: AuditActor) {
  await db.$transaction(async (tx) => {
    const source = await tx.source.findUnique({ where: { id: input.sourceId }, select: { id: true } });
    if (!source) throw new SourceRuleError("That source no longer exists.");
    await upsertBuiltIn(tx, input.sourceId, "FAILURE", input.failureEnabled, {});
    await upsertBuiltIn(tx, input.sourceId, "LOW_CONFIDENCE", input.lowConfidenceEnabled, { threshold: input.lowConfidenceThreshold });
    await upsertBuiltIn(tx, input.sourceId, "ESCALATION", input.escalationEnabled, { tag: input.escalationTag });
    await upsertBuiltIn(tx, input.sourceId, "NEGATIVE_FEEDBACK", input.negativeFeedbackEnabled, { threshold: input.negativeFeedbackThreshold });
    await upsertBuiltIn(tx, input.sourceId, "BASELINE", input.baselineEnabled, { share: input.baselineShare });
    await upsertBuiltIn(tx, input.sourceId, "DRIFT", input.driftEnabled, { weeks: input.driftWeeks });
    const { sourceId, ...settings } = input;
    await recordAudit({ actor, action: "mining_rules.update", targetType: "Source", targetId: sourceId, details: settings }, tx);
  });
}

/** Adds a custom rule: metadata path, operator, value (numbers for < and >). */
export async function addCustomRule(input: AddCustomRuleInput, actor: AuditActor) {
  let value: string | number = input.value;
  if (input.op === "lt" || input.op === "gt") {
    value = Number(input.value);
    if (!Number.isFinite(value)) throw new SourceRuleError("< and > compare numbers: enter a number.", "value");
  }
  return await db.$transaction(async (tx) => {
    const source = await tx.source.findUnique({ where: { id: input.sourceId }, select: { id: true } });
    if (!source) throw new SourceRuleError("That source no longer exists.");
    const taken = await tx.miningRule.findFirst({ where: { sourceId: input.sourceId, kind: "CUSTOM", name: input.name }, select: { id: true } });
    if (taken) throw new SourceRuleError(`This source already has a rule named "${input.name}".`, "name");
    const rule = await tx.miningRule.create({ data: { sourceId: input.sourceId, kind: "CUSTOM", name: input.name, config: { path: input.path, op: input.op, value } } });
    await recordAudit({ actor, action: "mining_rule.create", targetType: "MiningRule", targetId: rule.id, details: { sourceId: input.sourceId, name: input.name, path: input.path, op: input.op, value } }, tx);
    return rule;
  });
}

/** Deletes a custom rule (built-in rules are disabled, not deleted). */
export async function deleteCustomRule(sourceId: string, ruleId: string, actor: AuditActor) {
  await db.$transaction(async (tx) => {
    const rule = await tx.miningRule.findFirst({ where: { id: ruleId, sourceId } });
    if (!rule) throw new SourceRuleError("That rule no longer exists.");
    if (rule.kind !== "CUSTOM") throw new SourceRuleError("Built-in rules can be disabled, not deleted.");
    await tx.miningRule.delete({ where: { id: ruleId } });
    await recordAudit({ actor, action: "mining_rule.delete", targetType: "MiningRule", targetId: ruleId, details: { sourceId, name: rule.name, config: rule.config as Prisma.InputJsonValue } }, tx);
  });
}
