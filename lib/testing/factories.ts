import crypto from "node:crypto";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/generated/prisma/enums";

/** A user with a unique email; the password is returned for login tests. */
export async function makeUser(role: Role = "REVIEWER", overrides: { active?: boolean; password?: string } = {}) {
  const password = overrides.password ?? `pw-${crypto.randomBytes(8).toString("hex")}`;
  const email = `${role.toLowerCase()}-${crypto.randomBytes(5).toString("hex")}@test.local`;
  const user = await db.user.create({
    data: { email, name: `Test ${role}`, role, active: overrides.active ?? true, passwordHash: await hashPassword(password) },
  });
  return { ...user, password };
}

/** A source with a retention period (so it may ingest) and a unique name. */
export async function makeSource(overrides: { sampleRate?: number; maxSampleRate?: number; retentionDays?: number; name?: string } = {}) {
  return await db.source.create({
    data: {
      name: overrides.name ?? `source-${crypto.randomBytes(5).toString("hex")}`,
      sampleRate: overrides.sampleRate ?? 0.5,
      maxSampleRate: overrides.maxSampleRate ?? 1,
      retentionDays: overrides.retentionDays ?? 30,
      retentionPolicy: "Test policy: deleted after the retention period.",
    },
  });
}

/**
 * A mined case in the batch of `minedAt`'s ISO week (or `batchId`), with a redacted-looking
 * conversation. Until ingestion creates cases, triage and eval-set tests start here.
 */
export async function makeCase(
  overrides: {
    sourceId?: string;
    batchId?: string;
    minedAt?: Date;
    priority?: number;
    minedReasons?: string[];
    groupKey?: string | null;
    userText?: string;
    outputText?: string | null;
    sourceLogId?: string | null;
  } = {},
) {
  const { batchForWeek } = await import("@/lib/batches/batch-for-week");
  const minedAt = overrides.minedAt ?? new Date();
  const sourceId = overrides.sourceId ?? (await makeSource()).id;
  const batchId = overrides.batchId ?? (await batchForWeek(minedAt)).id;
  const userText = overrides.userText ?? "Hi, I'm <PERSON_1>. My order never arrived.";
  const outputText = overrides.outputText === undefined ? "Sorry to hear that, <PERSON_1>. I have opened a ticket." : overrides.outputText;
  return await db.case.create({
    data: {
      sourceId,
      batchId,
      sourceLogId: overrides.sourceLogId ?? null,
      priority: overrides.priority ?? 50,
      minedReasons: overrides.minedReasons ?? ["negative_feedback"],
      input: { messages: [{ role: "system", content: "You are a support assistant." }, { role: "user", content: userText }] },
      output: outputText === null ? undefined : { role: "assistant", content: outputText },
      metadata: { latencyMs: 812, feedback: { score: -1 } },
      groupKey: overrides.groupKey === undefined ? crypto.randomBytes(6).toString("hex") : overrides.groupKey,
      minedAt,
    },
  });
}

/** The mined records a case stands for, itself included (its groupSize); 0 for no such case. */
export async function groupSizeOf(caseId: string): Promise<number> {
  const found = await db.case.findUnique({ where: { id: caseId }, select: { groupSize: true } });
  return found ? Math.max(1, found.groupSize) : 0;
}
