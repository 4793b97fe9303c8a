/**
 * What people read for each enum value, in one place: forms, tables, charts, exports
 * and audit messages all say "Edge case" or "PII leak" the same way. Type-only imports,
 * so client components can use it.
 */
import type { BatchStatus, Category, DiscardReason, Role } from "@/lib/generated/prisma/enums";

export const CATEGORY_LABEL: Record<Category, string> = {
  HAPPY_PATH: "Happy path",
  EDGE_CASE: "Edge case",
  ADVERSARIAL: "Adversarial",
  DRIFT: "Drift",
};

export const DISCARD_REASON_LABEL: Record<DiscardReason, string> = {
  NOT_USEFUL: "Not useful",
  DUPLICATE: "Duplicate",
  PII_LEAK: "PII leak",
  BAD_DATA: "Bad data",
  OTHER: "Other",
};

export const ROLE_LABEL: Record<Role, string> = { REVIEWER: "Reviewer", LEAD: "Lead", ADMIN: "Admin" };

/** Roles as select options, least to most privileged. */
export const ROLE_CHOICES = (["REVIEWER", "LEAD", "ADMIN"] as const).map((value) => ({ value, label: ROLE_LABEL[value] }));

export const BATCH_STATUS_LABEL: Record<BatchStatus, string> = { OPEN: "open", IN_REVIEW: "in review", CLOSED: "closed" };

const MINING_REASON_LABEL: Record<string, string> = {
  failure: "Failure",
  low_confidence: "Low confidence",
  escalation: "Escalation",
  negative_feedback: "Negative feedback",
};

/** A case's mined reason: a built-in rule's name, or "custom:<rule name>" for an admin's rule. */
export function miningReasonLabel(reason: string): string {
  return MINING_REASON_LABEL[reason] ?? (reason.startsWith("custom:") ? `Custom: ${reason.slice("custom:".length)}` : reason);
}
