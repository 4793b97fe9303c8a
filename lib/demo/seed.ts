import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { defaultMiningRules } from "@/lib/mining/schemas";
import { refreshDashboardMetrics } from "@/lib/metrics/refresh";
import { DEMO_ACCOUNTS } from "@/lib/demo/accounts";
import { seedDemoCases } from "@/lib/demo/cases";
import { seedDemoHistory } from "@/lib/demo/history";
import { seedDemoGuidelines } from "@/lib/demo/guidelines";
import { seedDemoApprovals } from "@/lib/demo/approvals";

export { DEMO_ACCOUNTS };

const RETENTION_DAYS = 30;

/**
 * Seeds demo users, a demo source with the default mining rules (and the custom rule its
 * demo cases were mined by), twelve weeks of history, the lead's labelling guidelines,
 * this week's pending cases, and a second source whose accepted cases wait for a second
 * review, when the database has no users yet. Returns whether it seeded.
 */
export async function seedDemoData(): Promise<boolean> {
  if ((await db.user.count()) > 0) return false;
  const users = [];
  for (const account of DEMO_ACCOUNTS) {
    users.push(
      await db.user.create({
        data: { email: account.email, name: account.name, role: account.role, passwordHash: await hashPassword(account.password) },
      }),
    );
  }
  const rules: Prisma.MiningRuleCreateWithoutSourceInput[] = [
    ...defaultMiningRules().map((rule) => ({ ...rule, config: rule.config as Prisma.InputJsonObject })),
    { kind: "CUSTOM", name: "jailbreak-attempt", config: { path: "tags", op: "contains", value: "jailbreak" } },
  ];
  const source = await db.source.upsert({
    where: { name: "support-assistant" },
    update: {},
    create: {
      name: "support-assistant",
      description: "Demo: the customer-support chat assistant.",
      sampleRate: 0.2,
      maxSampleRate: 0.25,
      retentionDays: RETENTION_DAYS,
      retentionPolicy: "Sampled support conversations are kept 30 days for eval mining, then deleted. Accepted eval items keep their redacted copy.",
      miningRules: { create: rules },
    },
  });
  // The history is Sam's and Kai's: the first reviewer (the one the README and the browser
  // tests sign in as) starts with an empty "Recently triaged".
  const [, sam, kai] = users.filter((u) => u.role === "REVIEWER");
  const lead = users.find((u) => u.role === "LEAD")!;
  // In the order things happened: the audit log lists entries newest id first.
  const now = new Date();
  // The lead wrote the guides before the history's first week was triaged.
  await seedDemoGuidelines(lead, new Date(now.getTime() - 13 * 7 * 86_400_000));
  await seedDemoHistory({ id: source.id, retentionDays: RETENTION_DAYS }, { reviewerIds: [sam.id, kai.id], leadId: lead.id }, now);
  await seedDemoApprovals({ lead, reviewers: [sam, kai] }, now);
  await seedDemoCases(source.id, lead);
  // The dashboard reads rollups: fill them now rather than after the worker's first refresh.
  await refreshDashboardMetrics();
  return true;
}
