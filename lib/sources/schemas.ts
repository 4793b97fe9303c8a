import { z } from "zod";
import { CUSTOM_OPERATORS, DEFAULT_BASELINE_SHARE, DEFAULT_DRIFT_WEEKS } from "@/lib/mining/schemas";
import type { ApiScope } from "@/lib/auth/permissions";

/**
 * Source settings as admins enter them (forms send strings; the CLI passes numbers).
 * One base schema; create adds retention (set once here, edited later on
 * /admin/retention by the retention capability), update leaves retention alone.
 */
const rate = (label: string) =>
  z.coerce
    .number({ error: `${label} must be a number between 0 and 1.` })
    .min(0, { error: `${label} must be at least 0.` })
    .max(1, { error: `${label} must be at most 1.` });

/**
 * A new source keeps 0.5% of its records under a 1% cap: enough for a weekly eval batch
 * from most production assistants, while storing as little end-user text as possible. The
 * schema default, the create form, the CLI and this schema agree on these two numbers.
 */
export const DEFAULT_SAMPLE_RATE = 0.005;
export const DEFAULT_MAX_SAMPLE_RATE = 0.01;

/** An empty or missing rate on create takes the default (a blank field is not 0). */
const rateOrDefault = (label: string, fallback: number) => z.preprocess((v) => (v === undefined || v === null || v === "" ? fallback : v), rate(label));

const checkbox = z
  .union([z.boolean(), z.enum(["on", "true", "false", ""])])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

const baseFields = {
  name: z
    .string()
    .trim()
    .min(1, { error: "Enter a name." })
    .max(80, { error: "Use at most 80 characters." })
    .regex(/^[\w .:-]+$/, { error: "Use letters, digits, spaces and . _ : - only." }),
  description: z.string().trim().max(500).optional().transform((v) => v || null),
  sampleRate: rate("Sample rate"),
  maxSampleRate: rate("Maximum sample rate"),
  pullFolder: z
    .string()
    .trim()
    .max(1000)
    .optional()
    .transform((v) => v || null)
    .refine((v) => v === null || v.startsWith("/"), { error: "Use an absolute path, e.g. /var/log/assistant." }),
  active: checkbox,
};

/** Invariant 3: the server refuses a sample rate above the maximum, as a field error on sampleRate. */
function capRate<T extends { sampleRate: number; maxSampleRate: number }>(value: T, ctx: z.RefinementCtx) {
  if (value.sampleRate > value.maxSampleRate) {
    ctx.addIssue({ code: "custom", path: ["sampleRate"], message: `The sample rate can't exceed the maximum sample rate (${value.maxSampleRate}).` });
  }
}

export const retentionDaysSchema = z.coerce
  .number({ error: "Retention days must be a whole number." })
  .int({ error: "Retention days must be a whole number." })
  .min(1, { error: "Keep logs at least 1 day." })
  .max(3650, { error: "Keep logs at most 3650 days." });

export const createSourceSchema = z
  .object({
    ...baseFields,
    sampleRate: rateOrDefault("Sample rate", DEFAULT_SAMPLE_RATE),
    maxSampleRate: rateOrDefault("Maximum sample rate", DEFAULT_MAX_SAMPLE_RATE),
    retentionDays: retentionDaysSchema,
    retentionPolicy: z.string().trim().min(1, { error: "Describe the retention policy (what is kept, for how long, why)." }).max(2000),
  })
  .superRefine(capRate);
export type CreateSourceInput = z.infer<typeof createSourceSchema>;

export const updateSourceSchema = z.object({ sourceId: z.uuid(), ...baseFields }).superRefine(capRate);
export type UpdateSourceInput = z.infer<typeof updateSourceSchema>;

/** The scopes a source's key may hold: sending its logs, reading its eval items. */
export const SOURCE_KEY_SCOPES = ["ingest", "evalset:read"] as const satisfies readonly ApiScope[];
export const apiScopeSchema = z.enum(SOURCE_KEY_SCOPES, { error: `Pick a scope: ${SOURCE_KEY_SCOPES.join(" or ")}.` });

export const createApiKeySchema = z.object({
  sourceId: z.uuid(),
  name: z.string().trim().min(1, { error: "Name the key, e.g. production." }).max(80),
  scope: apiScopeSchema.default("ingest"),
});
export const revokeApiKeySchema = z.object({ sourceId: z.uuid(), keyId: z.uuid() });

/** The built-in rules' settings, as one form (the traffic rules' values default when absent). */
export const builtInRulesSchema = z.object({
  sourceId: z.uuid(),
  failureEnabled: checkbox,
  lowConfidenceEnabled: checkbox,
  lowConfidenceThreshold: z.coerce.number({ error: "Enter a number." }).min(0).max(1),
  escalationEnabled: checkbox,
  escalationTag: z.string().trim().min(1, { error: "Enter a tag." }).max(64),
  negativeFeedbackEnabled: checkbox,
  negativeFeedbackThreshold: z.coerce.number({ error: "Enter a number." }).min(-1000).max(1000),
  baselineEnabled: checkbox,
  baselineShare: z.preprocess(
    (v) => (v === undefined || v === "" ? DEFAULT_BASELINE_SHARE : v),
    z.coerce.number({ error: "Enter a share between 0 and 1, e.g. 0.02." }).min(0, { error: "The share must be at least 0." }).max(1, { error: "The share must be at most 1." }),
  ),
  driftEnabled: checkbox,
  driftWeeks: z.preprocess(
    (v) => (v === undefined || v === "" ? DEFAULT_DRIFT_WEEKS : v),
    z.coerce.number({ error: "Enter a whole number of weeks." }).int({ error: "Enter a whole number of weeks." }).min(1, { error: "Look back at least 1 week." }).max(12, { error: "Look back at most 12 weeks." }),
  ),
});
export type BuiltInRulesInput = z.infer<typeof builtInRulesSchema>;

export const addCustomRuleSchema = z.object({
  sourceId: z.uuid(),
  name: z.string().trim().min(1, { error: "Name the rule." }).max(60).regex(/^[\w .-]+$/, { error: "Use letters, digits, spaces and . _ - only." }),
  path: z
    .string()
    .trim()
    .min(1, { error: "Enter a metadata path, e.g. route or feedback.comment." })
    .max(200)
    .regex(/^[A-Za-z0-9_$-]+(\.[A-Za-z0-9_$-]+)*$/, { error: "Use dot-separated field names, e.g. route.name." }),
  op: z.enum(CUSTOM_OPERATORS, { error: "Pick an operator." }),
  value: z.string().trim().min(1, { error: "Enter a value." }).max(500),
});
export type AddCustomRuleInput = z.infer<typeof addCustomRuleSchema>;

export const ruleIdSchema = z.object({ sourceId: z.uuid(), ruleId: z.uuid() });
