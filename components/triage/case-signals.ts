import type { StoredMetadata } from "@/lib/core/chat";
import { formatCount } from "@/lib/core/format";
import { miningReasonLabel } from "@/lib/core/labels";

/** One reason to look at a case, as a callout: what happened, in words, with the user's own words quoted. */
export interface Signal {
  tone: "danger" | "warning" | "info";
  title: string;
  detail?: string;
  quote?: string;
}

/** A metadata fact as a labelled line ("Latency: 1,420 ms"), never raw JSON. */
export interface Fact {
  label: string;
  value: string;
}

const num = (value: unknown): number | null => (typeof value === "number" && Number.isFinite(value) ? value : null);
const text = (value: unknown): string | null => (typeof value === "string" && value.trim() ? value.trim() : null);

function feedbackOf(metadata: StoredMetadata): { score: number | null; comment: string | null } | null {
  const feedback = metadata.feedback;
  if (!feedback || typeof feedback !== "object") return null;
  const score = num(feedback.score);
  const comment = text(feedback.comment);
  return score === null && comment === null ? null : { score, comment };
}

/** "thumbs down (-1)", "thumbs up (+1)", "score 4". */
export function describeScore(score: number): string {
  if (score === -1) return "thumbs down (−1)";
  if (score === 1) return "thumbs up (+1)";
  if (score === 0) return "neutral (0)";
  return `score ${score}`;
}

function feedbackDetail(feedback: { score: number | null }): string {
  return feedback.score === null ? "The user left a comment." : `The user rated the answer ${describeScore(feedback.score)}.`;
}

/** Why the case was mined, one callout per reason, plus the user's feedback when no reason already shows it. */
export function caseSignals(minedReasons: string[], metadata: StoredMetadata): Signal[] {
  const feedback = feedbackOf(metadata);
  const signals: Signal[] = minedReasons.map((reason) => {
    const title = miningReasonLabel(reason);
    switch (reason) {
      case "failure": {
        const error = text(metadata.error);
        return { tone: "danger", title, detail: error ? `The call failed: ${error}` : "The call failed (error status)." };
      }
      case "low_confidence": {
        const confidence = num(metadata.confidence);
        return { tone: "warning", title, detail: confidence === null ? "The model reported low confidence." : `The model's confidence was ${confidence.toFixed(2)}.` };
      }
      case "escalation":
        return { tone: "warning", title, detail: "The conversation was handed to a human." };
      case "negative_feedback":
        return { tone: "warning", title, detail: feedback ? feedbackDetail(feedback) : "The user rated the answer down.", quote: feedback?.comment ?? undefined };
      default:
        return { tone: "info", title, detail: reason.startsWith("custom:") ? "Matched a mining rule an admin added for this source." : undefined };
    }
  });
  if (feedback && !minedReasons.includes("negative_feedback")) signals.push({ tone: "info", title: "User feedback", detail: feedbackDetail(feedback), quote: feedback.comment ?? undefined });
  return signals;
}

const SPAN_STATUS: Record<string, string> = { OK: "OK", ERROR: "Error", UNSET: "Unset" };

/** "latencyMs" -> "Latency ms", "finish_reason" -> "Finish reason". */
export function humaniseKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function plainValue(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return Number.isInteger(value) ? formatCount(value) : String(value);
  if (Array.isArray(value)) return value.map(plainValue).join(", ");
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .map(([key, inner]) => `${humaniseKey(key).toLowerCase()} ${plainValue(inner)}`)
      .join(" · ");
  }
  return String(value);
}

/**
 * The record's metadata as labelled lines. What the callouts already say (feedback, the
 * error of a failure) is left out; known keys get their unit, unknown ones a readable label.
 */
export function metadataFacts(metadata: StoredMetadata, minedReasons: string[]): Fact[] {
  const facts: Fact[] = [];
  for (const [key, value] of Object.entries(metadata)) {
    if (value === null || value === undefined || value === "") continue;
    switch (key) {
      case "feedback":
        continue;
      case "error":
        if (minedReasons.includes("failure")) continue;
        facts.push({ label: "Error", value: plainValue(value) });
        continue;
      case "latencyMs":
        facts.push({ label: "Latency", value: num(value) === null ? plainValue(value) : `${formatCount(Math.round(value as number))} ms` });
        continue;
      case "confidence":
        facts.push({ label: "Confidence", value: num(value) === null ? plainValue(value) : (value as number).toFixed(2) });
        continue;
      case "escalated":
        facts.push({ label: "Escalated to a human", value: plainValue(value) });
        continue;
      case "spanStatus":
        facts.push({ label: "Span status", value: SPAN_STATUS[String(value)] ?? plainValue(value) });
        continue;
      case "finishReason":
        facts.push({ label: "Finish reason", value: humaniseKey(String(value)).toLowerCase() });
        continue;
      case "tags":
        facts.push({ label: "Producer tags", value: plainValue(value) });
        continue;
      case "usage": {
        const usage = value as { inputTokens?: unknown; outputTokens?: unknown };
        const parts = [num(usage.inputTokens) === null ? null : `${formatCount(usage.inputTokens as number)} in`, num(usage.outputTokens) === null ? null : `${formatCount(usage.outputTokens as number)} out`].filter(Boolean);
        facts.push({ label: "Tokens", value: parts.length ? parts.join(" · ") : plainValue(value) });
        continue;
      }
      default:
        facts.push({ label: humaniseKey(key), value: plainValue(value) });
    }
  }
  return facts;
}
