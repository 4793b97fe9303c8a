import type { Role } from "@/lib/generated/prisma/enums";
import { can, type Permission } from "./permissions";

export interface NavItem {
  href: string;
  label: string;
  permission: Permission;
  /** Other paths the item stands for, so it shows as current there too (pages reached from it). */
  also?: readonly string[];
}

/** Every page of the app with the permission that opens it; the nav shows only what the role can use. */
export const NAV_ITEMS: readonly NavItem[] = [
  // Leads add cases from the queue ("Add cases" lands them in it).
  { href: "/queue", label: "Queue", permission: "queue:view", also: ["/cases"] },
  { href: "/eval-set", label: "Eval set", permission: "evalset:read" },
  // Everyone who triages reads the team's guides; leads edit them on the same page.
  { href: "/guidelines", label: "Guidelines", permission: "queue:view" },
  { href: "/dashboard", label: "Dashboard", permission: "dashboard:view" },
  { href: "/retention", label: "Retention", permission: "retention:read" },
  { href: "/admin", label: "Admin", permission: "settings:manage" },
];

/** The admin area's own tabs (all admin-only), shown on every /admin page. */
export const ADMIN_NAV_ITEMS: readonly NavItem[] = [
  { href: "/admin/users", label: "Users", permission: "users:manage" },
  { href: "/admin/sources", label: "Sources", permission: "sources:manage" },
  { href: "/admin/retention", label: "Retention", permission: "settings:manage" },
  { href: "/admin/audit", label: "Audit log", permission: "audit:read" },
  { href: "/admin/redaction", label: "Redaction", permission: "redaction:preview" },
  { href: "/admin/erasure", label: "Erasure", permission: "privacy:manage" },
];

export function navigationFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => can(role, item.permission));
}

/** Where a role lands after signing in. */
export function homeFor(role: Role): string {
  return role === "LEAD" ? "/dashboard" : role === "ADMIN" ? "/admin/users" : "/queue";
}
