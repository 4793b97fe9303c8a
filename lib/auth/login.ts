import { db } from "@/lib/db";
import { dummyPasswordHash, verifyPassword } from "./password";
import type { Role } from "@/lib/generated/prisma/enums";

/** Failures within the window after which further attempts are refused. */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;

export type LoginResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role } }
  | { ok: false; reason: "invalid" | "throttled" };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

async function isThrottled(email: string, ip: string | null, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  // Only failures after the last success count, so a user who finally gets it right starts afresh.
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { email, success: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const from = lastSuccess && lastSuccess.createdAt > since ? lastSuccess.createdAt : since;
  const [byEmail, byIp] = await Promise.all([
    db.loginAttempt.count({ where: { email, success: false, createdAt: { gt: from } } }),
    ip ? db.loginAttempt.count({ where: { ip, success: false, createdAt: { gt: since } } }) : Promise.resolve(0),
  ]);
  return byEmail >= MAX_FAILURES_PER_EMAIL || byIp >= MAX_FAILURES_PER_IP;
}

/**
 * Checks an email and password. The answer is the same whether or not the email
 * exists (and costs the same time), and throttling is keyed by the email as typed
 * and by client IP, so it reveals nothing about which accounts exist either.
 */
export async function authenticate(rawEmail: string, password: string, ip: string | null, now = new Date()): Promise<LoginResult> {
  const email = normaliseEmail(rawEmail);
  if (!email || !password) return { ok: false, reason: "invalid" };
  if (await isThrottled(email, ip, now)) return { ok: false, reason: "throttled" };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  const success = Boolean(user && user.active && valid);
  await db.loginAttempt.create({ data: { email, ip, success, createdAt: now } });
  if (!success || !user) return { ok: false, reason: "invalid" };
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
