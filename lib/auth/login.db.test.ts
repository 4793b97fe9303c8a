import { describe, expect, it } from "vitest";
import { authenticate, MAX_FAILURES_PER_EMAIL } from "./login";
import { makeUser } from "@/lib/testing/factories";
import { db } from "@/lib/db";

describe("authenticate", () => {
  it("signs in with the right password and records the attempt", async () => {
    const user = await makeUser("LEAD");
    const result = await authenticate(user.email.toUpperCase(), user.password, "10.0.0.1");
    expect(result).toEqual({ ok: true, user: { id: user.id, email: user.email, name: user.name, role: "LEAD" } });
    const attempts = await db.loginAttempt.findMany({ where: { email: user.email } });
    expect(attempts.map((a) => a.success)).toEqual([true]);
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

  it("throttles an email after repeated failures, even with the right password, and known or not", async () => {
    const user = await makeUser("REVIEWER");
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      expect(await authenticate(user.email, `wrong-${i}`, null)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await authenticate(user.email, user.password, null)).toEqual({ ok: false, reason: "throttled" });

    const ghost = "ghost-user@test.local";
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) await authenticate(ghost, `wrong-${i}`, null);
    expect(await authenticate(ghost, "anything-at-all", null)).toEqual({ ok: false, reason: "throttled" });
  });

  it("lets the throttle expire after the window", async () => {
    const user = await makeUser("REVIEWER");
    const past = new Date(Date.now() - 20 * 60 * 1000);
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) await authenticate(user.email, `wrong-${i}`, null, past);
    expect((await authenticate(user.email, user.password, null)).ok).toBe(true);
  });
});
