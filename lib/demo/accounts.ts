// Kept free of database imports so the Playwright specs can read it too.
type Role = "REVIEWER" | "LEAD" | "ADMIN";

/**
 * Demo accounts for local development only: `npm run dev` seeds them into the
 * embedded database the first time and prints them. Production installs create
 * their first admin with `npm run user:create` instead.
 */
export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; name: string; role: Role; password: string }> = [
  { email: "reviewer@evalmine.local", name: "Riley Reviewer", role: "REVIEWER", password: "reviewer-demo-pass" },
  // The demo history's two reviewers; the first reviewer above starts with a clean slate.
  { email: "sam@evalmine.local", name: "Sam Second", role: "REVIEWER", password: "sam-demo-password" },
  { email: "kai@evalmine.local", name: "Kai Keller", role: "REVIEWER", password: "kai-demo-password" },
  { email: "lead@evalmine.local", name: "Lee Lead", role: "LEAD", password: "lead-demo-password" },
  { email: "admin@evalmine.local", name: "Ada Admin", role: "ADMIN", password: "admin-demo-password" },
];
