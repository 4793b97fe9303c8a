import { describe, expect, it } from "vitest";
import { authenticate, BACKOFF_MAX_MS, backoffMs, FREE_FAILURES_PER_EMAIL, LOGIN_ATTEMPT_RETENTION_MS, MAX_FAILURES_PER_IP, pruneLoginAttempts } from "./login";
import { makeUser } from "@/lib/testing/factories";
import { db } from "@/lib/db";

const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

/** `count` wrong passwords for `email`, each a full backoff cap after the previous (never throttled); returns the time of the last. */
async function failures(email: string, ip: string | null, count: number, start: Date): Promise<Date> {
  let time = start;
  for (let i = 0; i < count; i++) {
    time = at(start, i * BACKOFF_MAX_MS);
    expect(await authenticate(email, `wrong-${i}`, ip, time)).toEqual({ ok: false, reason: "invalid" });
  }
  return time;
}

describe("authenticate", () => {
  it("signs in with the right password and records the attempt", async () => {
    const user = await makeUser("LEAD");
    const result = await authenticate(user.email.toUpperCase(), user.password, "10.0.0.1");
    expect(result).toEqual({ ok: true, user: { id: user.id, email: user.email, name: user.name, role: "LEAD" } });
    const attempts = await db.loginAttempt.findMany({ where: { email: user.email } });
    expect(attempts.map((a) => [a.success, a.ip])).toEqual([[true, "10.0.0.1"]]);
  });

  it("answers the same for a wrong password, an unknown email and a deactivated user", async () => {
    const user = await makeUser("REVIEWER");
    const inactive = await makeUser("REVIEWER", { active: false });
    const wrong = await authenticate(user.email, "not-the-password", null);
    const unknown = await authenticate("nobody-here@test.local", "whatever-password", null);
    const deactivated = await authenticate(inactive.email, inactive.password, null);
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
    expect(deactivated).toEqual(wrong);
  });

  it("refuses an overlong email or password before any work, recording nothing", async () => {
    const long = `${"a".repeat(300)}@test.local`;
    expect(await authenticate(long, "whatever-password", "10.9.9.9")).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate("someone@test.local", "p".repeat(10_000), "10.9.9.9")).toEqual({ ok: false, reason: "invalid" });
    expect(await db.loginAttempt.count({ where: { ip: "10.9.9.9" } })).toBe(0);
  });
});

describe("sign-in throttling", () => {
  const T0 = new Date("2026-12-01T09:00:00Z");

  it("a parallel burst of guesses gets no more than the free failures; the rest are refused unchecked", async () => {
    const user = await makeUser("REVIEWER");
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => authenticate(user.email, `burst-${i}`, null, T0)));
    const reasons = results.map((r) => (r.ok ? "signed in" : r.reason));
    expect(reasons.filter((r) => r === "invalid")).toHaveLength(FREE_FAILURES_PER_EMAIL);
    expect(reasons.filter((r) => r === "throttled")).toHaveLength(20 - FREE_FAILURES_PER_EMAIL);
    expect(await db.loginAttempt.count({ where: { email: user.email } })).toBe(FREE_FAILURES_PER_EMAIL);
  });

  it("after the free failures each attempt waits longer (even with the right password), and never longer than the cap", async () => {
    const user = await makeUser("REVIEWER");
    for (let i = 0; i < FREE_FAILURES_PER_EMAIL; i++) await authenticate(user.email, `wrong-${i}`, null, at(T0, i));
    const last = at(T0, FREE_FAILURES_PER_EMAIL - 1);
    expect(await authenticate(user.email, user.password, null, at(last, backoffMs(FREE_FAILURES_PER_EMAIL) - 1))).toMatchObject({ ok: false, reason: "throttled" });
    // Once the wait is over one more guess is allowed, and the next wait is twice as long.
    const sixth = at(last, backoffMs(FREE_FAILURES_PER_EMAIL));
    expect(await authenticate(user.email, "wrong-again", null, sixth)).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(user.email, user.password, null, at(sixth, backoffMs(FREE_FAILURES_PER_EMAIL + 1) - 1))).toEqual({ ok: false, reason: "throttled", retryAfterMs: 1 });
    expect((await authenticate(user.email, user.password, null, at(sixth, backoffMs(FREE_FAILURES_PER_EMAIL + 1)))).ok).toBe(true);
    expect(backoffMs(FREE_FAILURES_PER_EMAIL + 40)).toBe(BACKOFF_MAX_MS);
  });

  it("throttles an unknown email the same way", async () => {
    const ghost = "ghost-user@test.local";
    for (let i = 0; i < FREE_FAILURES_PER_EMAIL; i++) await authenticate(ghost, `wrong-${i}`, null, T0);
    expect(await authenticate(ghost, "anything-at-all", null, T0)).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("strangers' failures do not slow the owner down at an address they signed in from before", async () => {
    const admin = await makeUser("ADMIN");
    expect((await authenticate(admin.email, admin.password, "192.0.2.10", T0)).ok).toBe(true);
    const attackStart = at(T0, 60_000);
    for (let i = 0; i < 12; i++) await authenticate(admin.email, `guess-${i}`, `203.0.113.${i + 1}`, attackStart);
    expect(await authenticate(admin.email, admin.password, "198.51.100.77", attackStart)).toMatchObject({ ok: false, reason: "throttled" });
    expect((await authenticate(admin.email, admin.password, "192.0.2.10", attackStart)).ok).toBe(true);
  });

  it("an address that fails too often is refused for every email, other addresses are not", async () => {
    const user = await makeUser("REVIEWER");
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) await authenticate(`spray-${i}@test.local`, "password-guess", "203.0.113.200", at(T0, i));
    expect(await authenticate(user.email, user.password, "203.0.113.200", at(T0, 60_000))).toMatchObject({ ok: false, reason: "throttled" });
    expect((await authenticate(user.email, user.password, "203.0.113.201", at(T0, 60_000))).ok).toBe(true);
  });

  it("lets the throttle lapse after the wait, however many failures came before", async () => {
    const user = await makeUser("REVIEWER");
    const last = await failures(user.email, null, FREE_FAILURES_PER_EMAIL + 3, T0);
    expect((await authenticate(user.email, user.password, null, at(last, BACKOFF_MAX_MS))).ok).toBe(true);
  });
});

describe("pruneLoginAttempts", () => {
  it("deletes attempts past the retention period and keeps newer ones", async () => {
    const now = new Date("2027-03-01T00:00:00Z");
    const old = await db.loginAttempt.create({ data: { email: "old@test.local", success: false, createdAt: new Date(now.getTime() - LOGIN_ATTEMPT_RETENTION_MS - 1) } });
    const recent = await db.loginAttempt.create({ data: { email: "recent@test.local", success: false, createdAt: new Date(now.getTime() - LOGIN_ATTEMPT_RETENTION_MS + 60_000) } });
    expect(await pruneLoginAttempts(now)).toBeGreaterThanOrEqual(1);
    expect(await db.loginAttempt.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await db.loginAttempt.findUnique({ where: { id: recent.id } })).not.toBeNull();
  });
});
