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
