import type { StoredMetadata } from "@/lib/core/chat";
import type { CustomConfig, RuleDefinition } from "./schemas";
import { isFailureFinishReason } from "./finish-reason";

/** Queue priority per reason (lower is reviewed sooner); a case takes the lowest of its reasons. */
export const REASON_PRIORITY: Record<string, number> = {
  failure: 10,
  escalation: 20,
  negative_feedback: 50,
  low_confidence: 50,
  drift: 90,
  // Healthy traffic mined on purpose: reviewed after everything that looks wrong.
  baseline: 200,
};
export const CUSTOM_PRIORITY = 100;

/**
 * What the traffic rules need beyond the record's metadata, supplied by the caller:
 * the record's baseline point (lib/mining/baseline.ts) and whether its content is far
 * from the source's recent traffic (lib/mining/traffic.ts, computed only when asked).
 */
export interface TrafficSignals {
  baselinePoint?: number;
  drifted?: () => boolean;
}

export interface MiningVerdict {
  /** Reasons in rule order, e.g. ["failure", "custom:refund route"]. */
  reasons: string[];
  priority: number;
}

/** Reads a dotted path ("feedback.score") from metadata; undefined when absent. */
export function readMetadataPath(metadata: StoredMetadata, path: string): unknown {
  let value: unknown = metadata;
  for (const part of path.split(".")) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Whether the record failed: an error, a span with status ERROR, or an error/content_filter finish reason (any spelling). */
export function isFailure(metadata: StoredMetadata): boolean {
  if (typeof metadata.error === "string" ? metadata.error !== "" : Boolean(metadata.error)) return true;
  if (metadata.spanStatus === "ERROR") return true;
  return typeof metadata.finishReason === "string" && isFailureFinishReason(metadata.finishReason);
}

function matchesCustom(metadata: StoredMetadata, config: CustomConfig): boolean {
  const actual = readMetadataPath(metadata, config.path);
  if (actual === undefined || actual === null) return false;
  switch (config.op) {
    case "equals":
      // Form input arrives as text: "true" equals true and "3" equals 3.
      return String(actual) === String(config.value);
    case "contains":
      if (Array.isArray(actual)) return actual.some((item) => String(item) === String(config.value));
      return typeof actual === "string" && actual.toLowerCase().includes(String(config.value).toLowerCase());
    case "lt":
    case "gt": {
      const left = typeof actual === "number" ? actual : Number(actual);
      const right = Number(config.value);
      if (!Number.isFinite(left) || !Number.isFinite(right) || (typeof actual === "string" && actual.trim() === "")) return false;
      return config.op === "lt" ? left < right : left > right;
    }
  }
}

function ruleFires(rule: RuleDefinition, metadata: StoredMetadata, signals: TrafficSignals): boolean {
  const config = rule.config;
  switch (rule.kind) {
    case "FAILURE":
      return isFailure(metadata);
    case "LOW_CONFIDENCE":
      return typeof metadata.confidence === "number" && metadata.confidence < Number(config.threshold ?? 0.5);
    case "ESCALATION": {
      if (metadata.escalated === true) return true;
      const tag = typeof config.tag === "string" ? config.tag.toLowerCase() : "escalated";
      return Array.isArray(metadata.tags) && metadata.tags.some((t) => typeof t === "string" && t.toLowerCase() === tag);
    }
    case "NEGATIVE_FEEDBACK": {
      const score = metadata.feedback?.score;
      return typeof score === "number" && score <= Number(config.threshold ?? 0);
    }
    case "CUSTOM":
      return matchesCustom(metadata, config as unknown as CustomConfig);
    case "BASELINE":
      return signals.baselinePoint !== undefined && signals.baselinePoint < Number(config.share ?? 0);
    case "DRIFT":
      return signals.drifted?.() ?? false;
  }
}

function reasonOf(rule: RuleDefinition): string {
  if (rule.kind === "CUSTOM") return `custom:${rule.name}`;
  return rule.kind.toLowerCase();
}

/** Runs a source's enabled rules over one (redacted) record; no reasons means "not mined". */
export function evaluateMiningRules(rules: RuleDefinition[], metadata: StoredMetadata, signals: TrafficSignals = {}): MiningVerdict {
  const reasons: string[] = [];
  let priority = Number.POSITIVE_INFINITY;
  for (const rule of rules) {
    if (!rule.enabled || !ruleFires(rule, metadata, signals)) continue;
    const reason = reasonOf(rule);
    if (reasons.includes(reason)) continue;
    reasons.push(reason);
    priority = Math.min(priority, REASON_PRIORITY[reason] ?? CUSTOM_PRIORITY);
  }
  return { reasons, priority: reasons.length ? priority : CUSTOM_PRIORITY };
}
