import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors/domain-error";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import type { Role } from "@/lib/generated/prisma/enums";
import type { CreateUserInput } from "./schemas";

export class UserRuleError extends DomainError {
  constructor(message: string, status: 404 | 409 = 409) {
    super(message, status);
  }
}

export const USER_LIST_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  lastLoginAt: true,
  createdAt: true,
} as const;

export async function listUsers() {
  return await db.user.findMany({ select: USER_LIST_SELECT, orderBy: [{ active: "desc" }, { email: "asc" }] });
}

/** Creates a user with an argon2id-hashed password; a taken email is a 409. */
export async function createUser(input: CreateUserInput, actor: AuditActor) {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new UserRuleError("A user with that email already exists.");
  const passwordHash = await hashPassword(input.password);
  return await db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash },
      select: USER_LIST_SELECT,
    });
    await recordAudit({ actor, action: "user.create", targetType: "User", targetId: user.id, details: { email: user.email, role: user.role } }, tx);
    return user;
  });
}

// An install must always keep one active admin, or nobody could manage users again.
async function assertNotLastAdmin(tx: Pick<typeof db, "user">, userId: string) {
  const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true, active: true } });
  if (!target) throw new UserRuleError("No such user.", 404);
  if (target.role !== "ADMIN" || !target.active) return target;
  const admins = await tx.user.count({ where: { role: "ADMIN", active: true } });
  if (admins <= 1) throw new UserRuleError("This is the last active admin; make someone else an admin first.");
  return target;
}

/** Changes a user's role; effective on their next request. */
export async function changeUserRole(userId: string, role: Role, actor: AuditActor) {
  await db.$transaction(async (tx) => {
    const before = role === "ADMIN" ? await tx.user.findUnique({ where: { id: userId }, select: { role: true } }) : await assertNotLastAdmin(tx, userId);
    if (!before) throw new UserRuleError("No such user.", 404);
    if (before.role === role) return;
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit({ actor, action: "user.role_change", targetType: "User", targetId: userId, details: { from: before.role, to: role } }, tx);
  });
}

/** Deactivates (locks out on the next request) or reactivates a user. */
export async function setUserActive(userId: string, active: boolean, actor: AuditActor) {
  if (!active && actor.id === userId) throw new UserRuleError("You can't deactivate your own account.");
  await db.$transaction(async (tx) => {
    const before = active ? await tx.user.findUnique({ where: { id: userId }, select: { active: true } }) : await assertNotLastAdmin(tx, userId);
    if (!before) throw new UserRuleError("No such user.", 404);
    if (before.active === active) return;
    await tx.user.update({ where: { id: userId }, data: { active, deactivatedAt: active ? null : new Date() } });
    await recordAudit({ actor, action: active ? "user.reactivate" : "user.deactivate", targetType: "User", targetId: userId }, tx);
  });
}
