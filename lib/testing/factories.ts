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
