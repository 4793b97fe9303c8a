import { db } from "@/lib/db";
import { dummyPasswordHash, verifyPassword } from "./password";
import { MAX_EMAIL_LENGTH, MAX_PASSWORD_LENGTH } from "./limits";
import type { Role } from "@/lib/generated/prisma/enums";

/** Per client address: this many failures within the window refuse further attempts from it. */
export const IP_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_IP = 30;
/**
 * Per email: this many failures (since the last success, within a day) are free; after
 * that each attempt waits BACKOFF_BASE_MS, doubled per further failure, after the last
 * one, up to BACKOFF_MAX_MS. It slows guessing down without ever locking an account:
 * the wait never exceeds the cap, and refused attempts are not counted.
 */
export const FREE_FAILURES_PER_EMAIL = 5;
export const EMAIL_WINDOW_MS = 24 * 60 * 60 * 1000;
export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_MAX_MS = 15 * 60 * 1000;
/**
 * An address the account signed in from within this period is "known": there only the
 * failures from that address slow the account down, so strangers elsewhere cannot keep
 * its owner (say the only admin) out. Attempts are kept this long, then pruned.
 */
const KNOWN_ADDRESS_MS = 30 * 24 * 60 * 60 * 1000;
export const LOGIN_ATTEMPT_RETENTION_MS = KNOWN_ADDRESS_MS;

export type LoginResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMs: number };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** How long the email must wait after its last counted failure, given how many there were. */
export function backoffMs(failures: number): number {
  if (failures < FREE_FAILURES_PER_EMAIL) return 0;
  return Math.min(BACKOFF_BASE_MS * 2 ** (failures - FREE_FAILURES_PER_EMAIL), BACKOFF_MAX_MS);
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

async function throttleWait(tx: Tx, email: string, ip: string | null, now: Date): Promise<number> {
  if (ip) {
    const [byIp] = await tx.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "LoginAttempt"
       WHERE "ip" = ${ip} AND NOT "success" AND "createdAt" > ${new Date(now.getTime() - IP_WINDOW_MS)}`;
    if (byIp.n >= MAX_FAILURES_PER_IP) return IP_WINDOW_MS;
  }
  // Only failures after the last success count, so a user who finally gets it right starts afresh.
  const [state] = await tx.$queryRaw<{ since: Date; known: boolean }[]>`
    SELECT GREATEST(${new Date(now.getTime() - EMAIL_WINDOW_MS)}::timestamp,
                    (SELECT max("createdAt") FROM "LoginAttempt" WHERE "email" = ${email} AND "success")) AS "since",
           EXISTS (SELECT 1 FROM "LoginAttempt" WHERE "email" = ${email} AND "ip" = ${ip} AND "success"
                     AND "createdAt" > ${new Date(now.getTime() - KNOWN_ADDRESS_MS)}) AS "known"`;
  const [failures] = await tx.$queryRaw<{ n: number; last: Date | null }[]>`
    SELECT count(*)::int AS n, max("createdAt") AS "last" FROM "LoginAttempt"
     WHERE "email" = ${email} AND NOT "success" AND "createdAt" > ${state.since}
       AND (NOT ${state.known} OR "ip" = ${ip})`;
  if (!failures.last) return 0;
  return Math.max(0, failures.last.getTime() + backoffMs(failures.n) - now.getTime());
}

/**
 * Checks the throttle and, if the attempt may go ahead, records it as a failure, in one
 * transaction holding a lock per email and per address: parallel attempts queue here,
 * so a burst gets exactly as many guesses as a sequence would. Returns the attempt's id,
 * or how long to wait.
 */
async function reserveAttempt(email: string, ip: string | null, now: Date): Promise<{ id: bigint } | { waitMs: number }> {
  return await db.$transaction(
    async (tx) => {
      // Always email before address, so two attempts never wait on each other's second lock.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`login:email:${email}`}, 0))`;
      if (ip) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`login:ip:${ip}`}, 0))`;
      const waitMs = await throttleWait(tx, email, ip, now);
      if (waitMs > 0) return { waitMs };
      const row = await tx.loginAttempt.create({ data: { email, ip, success: false, createdAt: now }, select: { id: true } });
      return { id: row.id };
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
}

/**
 * Checks an email and password. The answer is the same whether or not the email
 * exists (and costs the same time), and throttling is keyed by the email as typed
 * and by client address, so it reveals nothing about which accounts exist either.
 */
export async function authenticate(rawEmail: string, password: string, ip: string | null, now = new Date()): Promise<LoginResult> {
  const email = normaliseEmail(rawEmail);
  // Nothing that long can be an account or its password; refuse it before any work.
  if (!email || !password || email.length > MAX_EMAIL_LENGTH || password.length > MAX_PASSWORD_LENGTH) return { ok: false, reason: "invalid" };
  const reserved = await reserveAttempt(email, ip, now);
  if ("waitMs" in reserved) return { ok: false, reason: "throttled", retryAfterMs: reserved.waitMs };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !user.active || !valid) return { ok: false, reason: "invalid" };
  await db.$transaction([
    db.loginAttempt.update({ where: { id: reserved.id }, data: { success: true } }),
    db.user.update({ where: { id: user.id }, data: { lastLoginAt: now } }),
  ]);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

/** Deletes sign-in attempts older than the retention period (run by the hourly retention job). */
export async function pruneLoginAttempts(now = new Date()): Promise<number> {
  const { count } = await db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - LOGIN_ATTEMPT_RETENTION_MS) } } });
  return count;
}
