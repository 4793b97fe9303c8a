import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLES } from "./permissions";
import { homeFor, navigationFor } from "./navigation";

// The intended access matrix, written out by hand so a change to the map is a deliberate change here too.
const EXPECTED: Record<(typeof PERMISSIONS)[number], string[]> = {
  "queue:view": ["REVIEWER", "LEAD", "ADMIN"],
  "case:triage": ["REVIEWER", "LEAD", "ADMIN"],
  "evalset:read": ["REVIEWER", "LEAD", "ADMIN"],
  "evalset:edit": ["REVIEWER", "LEAD"],
  "dashboard:view": ["LEAD", "ADMIN"],
  "batch:manage": ["LEAD", "ADMIN"],
  "retention:read": ["REVIEWER", "LEAD", "ADMIN"],
  "users:manage": ["ADMIN"],
  "sources:manage": ["ADMIN"],
  "settings:manage": ["ADMIN"],
  "audit:read": ["ADMIN"],
  "redaction:preview": ["ADMIN"],
  "privacy:manage": ["ADMIN"],
  "curation:manage": ["LEAD", "ADMIN"],
};

describe("role -> permission map", () => {
  it.each(PERMISSIONS.flatMap((p) => ROLES.map((r) => [p, r] as const)))("%s for %s", (permission, role) => {
    expect(can(role, permission)).toBe(EXPECTED[permission].includes(role));
  });

  it("navigation shows only what each role may open", () => {
    expect(navigationFor("REVIEWER").map((n) => n.label)).toEqual(["Queue", "Eval set", "Guidelines", "Retention"]);
    expect(navigationFor("LEAD").map((n) => n.label)).toEqual(["Queue", "Eval set", "Guidelines", "Dashboard", "Retention"]);
    expect(navigationFor("ADMIN").map((n) => n.label)).toEqual(["Queue", "Eval set", "Guidelines", "Dashboard", "Retention", "Admin"]);
    for (const role of ROLES) expect(navigationFor(role).map((n) => n.href).some((href) => homeFor(role).startsWith(href))).toBe(true);
  });
});
