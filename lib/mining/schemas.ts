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

export interface RuleDefinition {
  kind: "FAILURE" | "LOW_CONFIDENCE" | "ESCALATION" | "NEGATIVE_FEEDBACK" | "CUSTOM";
  name: string;
  config: Record<string, unknown>;
  enabled: boolean;
}

/** The four rules every new source starts with: failure, confidence < 0.5, escalation, negative feedback. */
export function defaultMiningRules(): RuleDefinition[] {
  return [
    { kind: "FAILURE", name: "failure", config: {}, enabled: true },
    { kind: "LOW_CONFIDENCE", name: "low_confidence", config: { threshold: 0.5 }, enabled: true },
    { kind: "ESCALATION", name: "escalation", config: { tag: "escalated" }, enabled: true },
    { kind: "NEGATIVE_FEEDBACK", name: "negative_feedback", config: { threshold: 0 }, enabled: true },
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
          : z.object({});
  const parsed = schema.safeParse(config ?? {});
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((i) => `${i.path.join(".") || "config"}: ${i.message}`).join("; ") };
  return { ok: true, config: parsed.data as Record<string, unknown> };
}
