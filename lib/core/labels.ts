/**
 * What people read for each enum value, in one place: forms, tables, charts, exports
 * and audit messages all say "Edge case" or "PII leak" the same way. Type-only imports,
 * so client components can use it.
 */
import type { BatchStatus, CaseOrigin, Category, DiscardReason, ReviewOutcome, Role } from "@/lib/generated/prisma/enums";

export const CATEGORY_LABEL: Record<Category, string> = {
  HAPPY_PATH: "Happy path",
  EDGE_CASE: "Edge case",
  ADVERSARIAL: "Adversarial",
  DRIFT: "Drift",
};

export const CASE_ORIGIN_LABEL: Record<CaseOrigin, string> = {
  MINED: "Mined",
  SYNTHETIC: "Synthetic",
  HAND_WRITTEN: "Hand-written",
};

export const DISCARD_REASON_LABEL: Record<DiscardReason, string> = {
  NOT_USEFUL: "Not useful",
  DUPLICATE: "Duplicate",
  PII_LEAK: "PII leak",
  BAD_DATA: "Bad data",
  OTHER: "Other",
};

/** What a second reviewer did with an accepted case. */
export const REVIEW_OUTCOME_LABEL: Record<ReviewOutcome, string> = { APPROVED: "Approved", SENT_BACK: "Sent back" };

export const ROLE_LABEL: Record<Role, string> = { REVIEWER: "Reviewer", LEAD: "Lead", ADMIN: "Admin" };

/** Roles as select options, least to most privileged. */
export const ROLE_CHOICES = (["REVIEWER", "LEAD", "ADMIN"] as const).map((value) => ({ value, label: ROLE_LABEL[value] }));

export const BATCH_STATUS_LABEL: Record<BatchStatus, string> = { OPEN: "open", IN_REVIEW: "in review", CLOSED: "closed" };

const MINING_REASON_LABEL: Record<string, string> = {
  failure: "Failure",
  low_confidence: "Low confidence",
  escalation: "Escalation",
  negative_feedback: "Negative feedback",
  drift: "Drift",
  baseline: "Baseline",
};

/** A case's mined reason: a built-in rule's name, or "custom:<rule name>" for an admin's rule. */
export function miningReasonLabel(reason: string): string {
  return MINING_REASON_LABEL[reason] ?? (reason.startsWith("custom:") ? `Custom: ${reason.slice("custom:".length)}` : reason);
}

/**
 * Redaction entity types as people read them, for the redact-selection picker (the
 * placeholders in the text keep the engine's names, <US_SSN_1>). Keyed by string: lib/core
 * imports nothing from the engine.
 */
const ENTITY_TYPE_LABEL: Record<string, string> = {
  PERSON: "Person",
  EMAIL_ADDRESS: "Email address",
  PHONE_NUMBER: "Phone number",
  CREDIT_CARD: "Credit card number",
  IBAN_CODE: "IBAN",
  US_SSN: "US Social Security number",
  IP_ADDRESS: "IP address",
  LOCATION: "Location",
  DATE_TIME: "Date or time",
  URL: "URL",
  US_DRIVER_LICENSE: "US driver's license",
  MAC_ADDRESS: "MAC address",
  CRYPTO: "Crypto wallet address",
  SECRET: "Secret (password, key, token)",
  ID: "ID number",
  PASSPORT: "Passport number",
  MEDICAL_LICENSE: "Medical license number",
  US_BANK_NUMBER: "US bank account number",
  ABA_ROUTING_NUMBER: "ABA routing number",
  US_ITIN: "US ITIN",
  IN_PAN: "India PAN",
  IN_AADHAAR: "India Aadhaar number",
  IN_VOTER: "India voter ID",
  UK_NHS: "UK NHS number",
  UK_NINO: "UK National Insurance number",
};

/** An entity type's label; an unknown type shows as the engine names it. */
export function entityTypeLabel(type: string): string {
  return ENTITY_TYPE_LABEL[type] ?? type;
}

/** The one name style for audit targets, whatever spelling the writer used ("case", "ApiKey", "evalitem"). */
const AUDIT_TARGET_LABEL: Record<string, string> = {
  apikey: "API key",
  batch: "Batch",
  case: "Case",
  enduser: "End user",
  evalitem: "Eval item",
  guideline: "Guideline",
  miningrule: "Mining rule",
  retentionrun: "Retention run",
  source: "Source",
  teamsetting: "Team setting",
  user: "User",
};

/**
 * The kind of an audit target, whatever its spelling: writers have used "Source" and "source",
 * "evalitem" and "EvalItem", and the log is append-only, so readers compare kinds, not spellings.
 */
export function auditTargetKind(targetType: string): string {
  return targetType.replace(/[^a-z]/gi, "").toLowerCase();
}

/** An audit entry's target type as people read it: "API key", "Eval item". */
export function auditTargetLabel(targetType: string): string {
  return AUDIT_TARGET_LABEL[auditTargetKind(targetType)] ?? sentence(targetType);
}

const AUDIT_ACTION_LABEL: Record<string, string> = {
  "apikey.create": "API key created",
  "apikey.revoke": "API key revoked",
  "batch.close": "Week closed",
  "batch.review": "Week review started",
  "case.accepted": "Case accepted",
  "case.added": "Case added by hand",
  "case.approved": "Case approved",
  "case.awaiting_approval": "Case sent for second review",
  "case.sent_back": "Case sent back",
  "cases.assigned": "Cases assigned",
  "cases.unassigned": "Assignments released",
  "case.deleted_personal_data": "Case deleted (personal data)",
  "case.discarded": "Case discarded",
  "case.redacted": "Case redacted",
  "case.revised": "Decision revised",
  "cases.imported": "Cases imported",
  "enduser.erased": "End user erased",
  "enduser.erasure_dry_run": "End user erasure (dry run)",
  "evalitem.edited": "Eval item relabelled",
  "evalitem.redacted": "Eval item redacted",
  "evalitem.restored": "Eval item restored",
  "evalitem.retired": "Eval item retired",
  "guideline.update": "Labelling guideline changed",
  "mining_rule.create": "Mining rule added",
  "mining_rule.delete": "Mining rule deleted",
  "mining_rules.update": "Mining rules changed",
  "retention.purge": "Retention purge",
  "retention.purge_dry_run": "Retention purge (dry run)",
  "settings.assignment_stale_hours": "Assignment hand-back changed",
  "settings.weekly_target": "Overall weekly target set",
  "source.create": "Source created",
  "source.retention_change": "Retention changed",
  "source.second_review": "Second review changed",
  "source.update": "Source changed",
  "source.weekly_target": "Source weekly target set",
  "user.create": "User created",
  "user.deactivate": "User deactivated",
  "user.reactivate": "User reactivated",
  "user.role_change": "Role changed",
};

/** An audit action as people read it: "source.retention_change" is "Retention changed". */
export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABEL[action] ?? sentence(action);
}

/** "mining_rule.create" -> "Mining rule create": the fallback for a name with no label yet. */
function sentence(value: string): string {
  const words = value.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/[._-]+/g, " ").trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
