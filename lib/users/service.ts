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

const LAST_ADMIN = "This is the last active admin; make someone else an admin first.";

/**
 * The database keeps at least one active admin (trigger "User_keep_active_admin_*"),
 * also when two admins are demoted or deactivated at the same moment; its refusal
 * becomes this rule's message.
 */
function isLastAdminRefusal(error: unknown): boolean {
  let current = error;
  for (let depth = 0; current && depth < 6; depth++) {
    const message = (current as { message?: unknown }).message;
    if (typeof message === "string" && message.includes("User_active_admin")) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** The user's role and active flag, row-locked so the audit entry records what really changed. */
async function lockUser(tx: Tx, userId: string): Promise<{ role: Role; active: boolean }> {
  const [row] = await tx.$queryRaw<{ role: Role; active: boolean }[]>`SELECT "role", "active" FROM "User" WHERE "id" = ${userId}::uuid FOR UPDATE`;
  if (!row) throw new UserRuleError("No such user.", 404);
  return row;
}

async function keepingAnAdmin(change: () => Promise<void>): Promise<void> {
  try {
    await change();
  } catch (error) {
    if (isLastAdminRefusal(error)) throw new UserRuleError(LAST_ADMIN);
    throw error;
  }
}

/** Changes a user's role; effective on their next request. */
export async function changeUserRole(userId: string, role: Role, actor: AuditActor) {
  await keepingAnAdmin(() =>
    db.$transaction(async (tx) => {
      const before = await lockUser(tx, userId);
      if (before.role === role) return;
      await tx.user.update({ where: { id: userId }, data: { role } });
      await recordAudit({ actor, action: "user.role_change", targetType: "User", targetId: userId, details: { from: before.role, to: role } }, tx);
    }),
  );
}

/** Deactivates (locks out on the next request) or reactivates a user. */
export async function setUserActive(userId: string, active: boolean, actor: AuditActor) {
  if (!active && actor.id === userId) throw new UserRuleError("You can't deactivate your own account.");
  await keepingAnAdmin(() =>
    db.$transaction(async (tx) => {
      const before = await lockUser(tx, userId);
      if (before.active === active) return;
      await tx.user.update({ where: { id: userId }, data: { active, deactivatedAt: active ? null : new Date() } });
      await recordAudit({ actor, action: active ? "user.reactivate" : "user.deactivate", targetType: "User", targetId: userId }, tx);
    }),
  );
}
