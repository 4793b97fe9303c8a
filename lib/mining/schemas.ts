import { z } from "zod";

/**
 * The shape of MiningRule.config per kind. One schema, used by the admin forms, the
 * CLI and the miner, so a rule the UI saves is a rule the miner understands.
 *
 *   FAILURE            {}                       error set, span status ERROR, finish reason error/content_filter
 *   LOW_CONFIDENCE     { threshold: 0.5 }       metadata.confidence < threshold
 *   ESCALATION         { tag: "escalated" }     metadata.escalated === true or the tag in metadata.tags
 *   NEGATIVE_FEEDBACK  { threshold: 0 }         metadata.feedback.score <= threshold
 *   CUSTOM             { path, op, value }      a metadata path (dots: "feedback.comment", "tags")
 *                                               compared with equals | contains | lt | gt
 *   BASELINE           { share: 0.02 }          a hash-deterministic share of every sampled record
 *                                               (lib/mining/baseline.ts), so healthy traffic is mined too
 *   DRIFT              { weeks: 4 }             the record's fingerprint is far from every fingerprint of
 *                                               the source's sampled traffic in the last `weeks` weeks
 *                                               (lib/mining/traffic.ts)
 */
export const CUSTOM_OPERATORS = ["equals", "contains", "lt", "gt"] as const;

export const thresholdConfigSchema = z.object({ threshold: z.number().finite() });
export const escalationConfigSchema = z.object({ tag: z.string().trim().min(1).max(64).optional() });
export const customConfigSchema = z.object({
  path: z
    .string()
    .trim()
    .min(1, { error: "Enter a metadata path, e.g. feedback.comment or tags." })
    .max(200)
    .regex(/^[A-Za-z0-9_$-]+(\.[A-Za-z0-9_$-]+)*$/, { error: "Use dot-separated field names, e.g. route.name." }),
  op: z.enum(CUSTOM_OPERATORS),
  value: z.union([z.string().max(500), z.number().finite(), z.boolean()]),
});
export type CustomConfig = z.infer<typeof customConfigSchema>;
export const baselineConfigSchema = z.object({
  share: z.number({ error: "Enter a share between 0 and 1." }).finite().min(0, { error: "The share must be at least 0." }).max(1, { error: "The share must be at most 1." }),
});
export const driftConfigSchema = z.object({
  weeks: z.number({ error: "Enter a whole number of weeks." }).int({ error: "Enter a whole number of weeks." }).min(1, { error: "Look back at least 1 week." }).max(12, { error: "Look back at most 12 weeks." }),
});

/** Defaults of the two traffic rules: 2% of sampled records; drift against the last 4 weeks. */
export const DEFAULT_BASELINE_SHARE = 0.02;
export const DEFAULT_DRIFT_WEEKS = 4;

export interface RuleDefinition {
  kind: "FAILURE" | "LOW_CONFIDENCE" | "ESCALATION" | "NEGATIVE_FEEDBACK" | "CUSTOM" | "BASELINE" | "DRIFT";
  name: string;
  config: Record<string, unknown>;
  enabled: boolean;
}

/**
 * The rules every new source starts with: failure, confidence < 0.5, escalation, negative
 * feedback, and the two that mine healthy traffic on purpose: baseline (2%) and drift.
 */
export function defaultMiningRules(): RuleDefinition[] {
  return [
    { kind: "FAILURE", name: "failure", config: {}, enabled: true },
    { kind: "LOW_CONFIDENCE", name: "low_confidence", config: { threshold: 0.5 }, enabled: true },
    { kind: "ESCALATION", name: "escalation", config: { tag: "escalated" }, enabled: true },
    { kind: "NEGATIVE_FEEDBACK", name: "negative_feedback", config: { threshold: 0 }, enabled: true },
    { kind: "BASELINE", name: "baseline", config: { share: DEFAULT_BASELINE_SHARE }, enabled: true },
    { kind: "DRIFT", name: "drift", config: { weeks: DEFAULT_DRIFT_WEEKS }, enabled: true },
  ];
}

/** Validates a rule's config for its kind; returns the parsed config or an error message. */
export function parseRuleConfig(kind: RuleDefinition["kind"], config: unknown): { ok: true; config: Record<string, unknown> } | { ok: false; error: string } {
  const schema =
    kind === "LOW_CONFIDENCE" || kind === "NEGATIVE_FEEDBACK"
      ? thresholdConfigSchema
      : kind === "ESCALATION"
        ? escalationConfigSchema
        : kind === "CUSTOM"
          ? customConfigSchema
          : kind === "BASELINE"
            ? baselineConfigSchema
            : kind === "DRIFT"
              ? driftConfigSchema
              : z.object({});
  const parsed = schema.safeParse(config ?? {});
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((i) => `${i.path.join(".") || "config"}: ${i.message}`).join("; ") };
  return { ok: true, config: parsed.data as Record<string, unknown> };
}
