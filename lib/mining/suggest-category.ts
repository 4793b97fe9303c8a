import type { Category } from "@/lib/generated/prisma/enums";
import type { StoredMetadata } from "@/lib/core/chat";

/**
 * The suggested category of a mined case, a hint for the reviewer (who decides):
 *
 * 1. ADVERSARIAL: the user text has prompt-injection or jailbreak cues ("ignore previous
 *    instructions", "DAN", "developer mode", "reveal your system prompt"...), or the
 *    model's answer was cut by a content filter.
 * 2. DRIFT: the drift rule fired (the content is far from the source's recent sampled
 *    traffic, lib/mining/traffic.ts).
 * 3. EDGE_CASE: the record was mined for a failure, low confidence or an escalation.
 * 4. DRIFT: far (SimHash distance > DRIFT_DISTANCE) from every open case and eval item
 *    of the source, once there is something to compare with.
 * 5. HAPPY_PATH otherwise (e.g. negative feedback on an ordinary request, or a healthy
 *    record the baseline rule mined).
 */
const ADVERSARIAL_CUES: RegExp[] = [
  /\bignore (all |any |the )?(previous|prior|above|earlier) (instructions|rules|prompts?)\b/i,
  /\bdisregard (all |any |the )?(previous|prior|above|your) (instructions|rules|guidelines)\b/i,
  /\b(reveal|print|show|repeat|leak) (me )?(your|the) (system|hidden|initial) (prompt|instructions)\b/i,
  /\b(jailbreak|jailbroken|developer mode|god mode)\b/i,
  /\bdo anything now\b|\bDAN\b/,
  /\bpretend (you are|to be) (an? )?(unfiltered|uncensored|evil)\b/i,
  /\bwithout (any )?(restrictions|filters|safety)\b/i,
  /\byou are no longer bound\b/i,
  /<\/?(system|im_start|im_end)>|\[\/?INST\]/i,
];

/** Whether text carries a prompt-injection or jailbreak cue. */
export function hasAdversarialCue(text: string): boolean {
  return ADVERSARIAL_CUES.some((cue) => cue.test(text));
}

export interface CategoryEvidence {
  userText: string;
  reasons: string[];
  metadata: StoredMetadata;
  /** SimHash distance to the nearest case or eval item (or a function computing it); null when there is nothing to compare with. */
  nearestDistance: number | null | (() => number | null);
  driftDistance: number;
}

/** Picks ADVERSARIAL, EDGE_CASE, DRIFT or HAPPY_PATH by the rules above. */
export function suggestCategory(evidence: CategoryEvidence): Category {
  if (hasAdversarialCue(evidence.userText)) return "ADVERSARIAL";
  if (String(evidence.metadata.finishReason ?? "").toLowerCase() === "content_filter") return "ADVERSARIAL";
  if (evidence.reasons.includes("drift")) return "DRIFT";
  if (evidence.reasons.some((r) => r === "failure" || r === "low_confidence" || r === "escalation")) return "EDGE_CASE";
  // Last, as it may cost a scan of the source's fingerprints.
  const nearest = typeof evidence.nearestDistance === "function" ? evidence.nearestDistance() : evidence.nearestDistance;
  if (nearest !== null && nearest > evidence.driftDistance) return "DRIFT";
  return "HAPPY_PATH";
}
