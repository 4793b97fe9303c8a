import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeIngestSource } from "@/lib/testing/ingest";
import { updateSourceSchema, builtInRulesSchema } from "./schemas";
import { revokeSourceApiKey, SourceRuleError, updateSource } from "./service";
import { addCustomRule, deleteCustomRule, saveBuiltInRules } from "./rules-service";

const actor = { label: "system:test" };

describe("source administration", () => {
  it("audits every change with old and new values, and never edits retention", async () => {
    const { source } = await makeIngestSource({ sampleRate: 0.1, maxSampleRate: 0.2, retentionDays: 9 });
    const input = updateSourceSchema.parse({ sourceId: source.id, name: source.name, sampleRate: "0.15", maxSampleRate: "0.2", active: "on", pullFolder: "/srv/logs" });
    const after = await updateSource(input, actor);
    expect(after).toMatchObject({ sampleRate: 0.15, pullFolder: "/srv/logs", retentionDays: 9 });
    const entry = await db.auditLog.findFirstOrThrow({ where: { targetId: source.id, action: "source.update" } });
    expect(entry.details).toEqual({ changes: { sampleRate: { from: 0.1, to: 0.15 }, pullFolder: { from: null, to: "/srv/logs" } } });
  });

  it("saves built-in rules and custom rules, refusing duplicate names and deleting built-ins", async () => {
    const { source } = await makeIngestSource();
    await saveBuiltInRules(
      builtInRulesSchema.parse({ sourceId: source.id, failureEnabled: "on", lowConfidenceThreshold: "0.3", escalationTag: "handoff", negativeFeedbackEnabled: "on", negativeFeedbackThreshold: "2" }),
      actor,
    );
    const rules = await db.miningRule.findMany({ where: { sourceId: source.id } });
    // The four problem rules and the two traffic rules (baseline, drift), absent fields at their defaults.
    expect(rules).toHaveLength(6);
    expect(rules.find((r) => r.kind === "BASELINE")).toMatchObject({ enabled: false, config: { share: 0.02 } });
    expect(rules.find((r) => r.kind === "DRIFT")).toMatchObject({ enabled: false, config: { weeks: 4 } });
    expect(rules.find((r) => r.kind === "LOW_CONFIDENCE")).toMatchObject({ enabled: false, config: { threshold: 0.3 } });
    expect(rules.find((r) => r.kind === "ESCALATION")).toMatchObject({ enabled: false, config: { tag: "handoff" } });
    const custom = await addCustomRule({ sourceId: source.id, name: "slow", path: "latencyMs", op: "gt", value: "5000" }, actor);
    expect(custom.config).toEqual({ path: "latencyMs", op: "gt", value: 5000 });
    await expect(addCustomRule({ sourceId: source.id, name: "slow", path: "x", op: "equals", value: "1" }, actor)).rejects.toBeInstanceOf(SourceRuleError);
    await expect(addCustomRule({ sourceId: source.id, name: "nan", path: "x", op: "lt", value: "abc" }, actor)).rejects.toMatchObject({ field: "value" });
    await expect(deleteCustomRule(source.id, rules[0].id, actor)).rejects.toThrow(/disabled, not deleted/);
    await deleteCustomRule(source.id, custom.id, actor);
    const actions = (await db.auditLog.findMany({ where: { OR: [{ targetId: source.id }, { targetId: custom.id }] }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["source.create", "mining_rules.update", "mining_rule.create", "mining_rule.delete"]);
  });

  it("revokes a key once and audits it", async () => {
    const { source } = await makeIngestSource();
    const key = await db.apiKey.findFirstOrThrow({ where: { sourceId: source.id } });
    await revokeSourceApiKey(source.id, key.id, actor);
    await revokeSourceApiKey(source.id, key.id, actor);
    expect(await db.auditLog.count({ where: { targetId: key.id, action: "apikey.revoke" } })).toBe(1);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).revokedAt).not.toBeNull();
  });
});
