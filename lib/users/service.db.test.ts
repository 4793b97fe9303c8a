import { describe, expect, it } from "vitest";
import { changeUserRole, createUser, setUserActive, UserRuleError } from "./service";
import { makeUser } from "@/lib/testing/factories";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";

const actorFor = (user: { id: string; email: string }) => ({ id: user.id, label: `user:${user.email}` });

/** Makes `count` new admins the only active ones (every other admin is deactivated, which the rule allows while these remain). */
async function onlyActiveAdmins(count: number) {
  const admins = await Promise.all(Array.from({ length: count }, () => makeUser("ADMIN")));
  await db.user.updateMany({ where: { role: "ADMIN", id: { notIn: admins.map((a) => a.id) } }, data: { active: false } });
  return admins;
}

describe("user management", () => {
  it("creates a user with an argon2id hash and audits it, never storing the password", async () => {
    const admin = await makeUser("ADMIN");
    const created = await createUser({ email: "new.person@test.local", name: "New Person", role: "LEAD", password: "correct horse battery" }, actorFor(admin));
    const row = await db.user.findUniqueOrThrow({ where: { id: created.id }, omit: { passwordHash: false } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row.passwordHash, "correct horse battery")).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.create", targetId: created.id } });
    expect(audit.actorId).toBe(admin.id);
    expect(JSON.stringify(audit.details)).not.toContain("correct horse");
  });

  it("refuses a taken email with a 409-style error", async () => {
    const admin = await makeUser("ADMIN");
    await expect(createUser({ email: admin.email, name: "Dup", role: "REVIEWER", password: "long-enough-password" }, actorFor(admin))).rejects.toBeInstanceOf(UserRuleError);
  });

  it("changes a role and records old and new role", async () => {
    const admin = await makeUser("ADMIN");
    const reviewer = await makeUser("REVIEWER");
    await changeUserRole(reviewer.id, "LEAD", actorFor(admin));
    expect((await db.user.findUniqueOrThrow({ where: { id: reviewer.id } })).role).toBe("LEAD");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.role_change", targetId: reviewer.id } });
    expect(audit.details).toEqual({ from: "REVIEWER", to: "LEAD" });
  });

  it("never leaves the install without an active admin, and no one deactivates themselves", async () => {
    const admin = await onlyActiveAdmins(1).then(([only]) => only);
    await expect(changeUserRole(admin.id, "REVIEWER", { label: "system:test" })).rejects.toThrow(/last active admin/);
    await expect(setUserActive(admin.id, false, actorFor(admin))).rejects.toThrow(/your own account/);
    await expect(setUserActive(admin.id, false, { label: "system:test" })).rejects.toThrow(/last active admin/);
    // The database holds the rule for every path, raw SQL included.
    await expect(db.$executeRaw`UPDATE "User" SET "active" = false WHERE "id" = ${admin.id}::uuid`).rejects.toThrow(/User_active_admin/);
    await expect(db.$executeRaw`DELETE FROM "User" WHERE "id" = ${admin.id}::uuid`).rejects.toThrow(/User_active_admin/);
    expect(await db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
  });

  it("deactivates and reactivates, auditing both", async () => {
    const admin = await makeUser("ADMIN");
    const user = await makeUser("REVIEWER");
    await setUserActive(user.id, false, actorFor(admin));
    const off = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(off.active).toBe(false);
    expect(off.deactivatedAt).toBeInstanceOf(Date);
    await setUserActive(user.id, true, actorFor(admin));
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).active).toBe(true);
    const actions = (await db.auditLog.findMany({ where: { targetId: user.id }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["user.deactivate", "user.reactivate"]);
  });
});
