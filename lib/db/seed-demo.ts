import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Demo accounts for local development only: `npm run dev` seeds them into the
 * embedded database the first time and prints them. Production installs create
 * their first admin with `npm run user:create` instead.
 */
export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; name: string; role: Role; password: string }> = [
  { email: "reviewer@evalmine.local", name: "Riley Reviewer", role: "REVIEWER", password: "reviewer-demo-pass" },
  { email: "lead@evalmine.local", name: "Lee Lead", role: "LEAD", password: "lead-demo-password" },
  { email: "admin@evalmine.local", name: "Ada Admin", role: "ADMIN", password: "admin-demo-password" },
];

/** Seeds demo users and a demo source when the database has no users yet. Returns whether it seeded. */
export async function seedDemoData(): Promise<boolean> {
  if ((await db.user.count()) > 0) return false;
  for (const account of DEMO_ACCOUNTS) {
    await db.user.create({
      data: { email: account.email, name: account.name, role: account.role, passwordHash: await hashPassword(account.password) },
    });
  }
  await db.source.upsert({
    where: { name: "support-assistant" },
    update: {},
    create: {
      name: "support-assistant",
      description: "Demo: the customer-support chat assistant.",
      sampleRate: 0.2,
      maxSampleRate: 0.25,
      retentionDays: 30,
      retentionPolicy: "Sampled support conversations are kept 30 days for eval mining, then deleted. Accepted eval items keep their redacted copy.",
    },
  });
  return true;
}
