import { DEMO_ACCOUNTS } from "@/lib/demo/accounts";

export type RoleName = "REVIEWER" | "LEAD" | "ADMIN";

export function account(role: RoleName) {
  return DEMO_ACCOUNTS.find((a) => a.role === role)!;
}

// scripts/e2e.ts gives each run its own folder, so parallel runs never share sessions.
export const storageStatePath = (role: RoleName) => `${process.env.E2E_AUTH_DIR ?? "e2e/.auth"}/${role.toLowerCase()}.json`;

/** Extra accounts scripts/e2e.ts seeds, each used by exactly one test that changes it. */
export const DISPOSABLE_ACCOUNTS = {
  deactivate: { email: "leaver@e2e.local", name: "Lee Leaver", role: "REVIEWER" as const, password: "leaver-password-123" },
  promote: { email: "promoted@e2e.local", name: "Pat Promoted", role: "REVIEWER" as const, password: "promoted-password-1" },
};
