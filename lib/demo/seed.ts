import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_ACCOUNTS } from "@/lib/demo/accounts";
import { seedDemoCases } from "@/lib/demo/cases";

export { DEMO_ACCOUNTS };



/** Seeds demo users and a demo source when the database has no users yet. Returns whether it seeded. */
export async function seedDemoData(): Promise<boolean> {
  if ((await db.user.count()) > 0) return false;
  for (const account of DEMO_ACCOUNTS) {
    await db.user.create({
      data: { email: account.email, name: account.name, role: account.role, passwordHash: await hashPassword(account.password) },
    });
  }
  const source = await db.source.upsert({
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
  await seedDemoCases(source.id);
  return true;
}
