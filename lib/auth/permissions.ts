import type { Role } from "@/lib/generated/prisma/enums";

/**
 * The one role -> permission map. Server checks (lib/auth/guard.ts) and the UI (which
 * hides what a role can't use) both read it; nothing else decides who may do what.
 */
export const PERMISSIONS = [
  "queue:view",
  "case:triage",
  "evalset:read",
  "evalset:edit",
  "dashboard:view",
  "batch:manage",
  "retention:read",
  "users:manage",
  "sources:manage",
  "settings:manage",
  "audit:read",
  "redaction:preview",
  // Scrub any case or eval item after its decision, and erase an end user's data.
  "privacy:manage",
  // Write the labelling guidelines, and add or import cases by hand (curation).
  "curation:manage",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const REVIEWER: readonly Permission[] = ["queue:view", "case:triage", "evalset:read", "evalset:edit", "retention:read"];
const LEAD: readonly Permission[] = [...REVIEWER, "dashboard:view", "batch:manage", "curation:manage"];
// Admins hold everything but editing eval-set labels: curation stays with reviewers and leads.
const ADMIN: readonly Permission[] = PERMISSIONS.filter((permission) => permission !== "evalset:edit");

export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  REVIEWER: new Set(REVIEWER),
  LEAD: new Set(LEAD),
  ADMIN: new Set(ADMIN),
};

export const ROLES: readonly Role[] = ["REVIEWER", "LEAD", "ADMIN"];

/** True when the role holds the permission. */
export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}

/** API key scopes: what a machine credential may do (checked by the route wrapper). */
export const API_SCOPES = ["ingest", "evalset:read", "erasure"] as const;
export type ApiScope = (typeof API_SCOPES)[number];
