"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/auth/guard";
import { userActor } from "@/lib/audit/record";
import { changeRoleSchema, createUserSchema, setActiveSchema } from "@/lib/users/schemas";
import { changeUserRole, createUser, setUserActive } from "@/lib/users/service";

export const createUserAction = authedAction("users:manage", createUserSchema, async ({ input, user }) => {
  const created = await createUser(input, userActor(user));
  revalidatePath("/admin/users");
  return { ok: true, message: `Created ${created.email}.` };
});

export const changeRoleAction = authedAction("users:manage", changeRoleSchema, async ({ input, user }) => {
  await changeUserRole(input.userId, input.role, userActor(user));
  revalidatePath("/admin/users");
  return { ok: true, message: "Role updated." };
});

export const setActiveAction = authedAction("users:manage", setActiveSchema, async ({ input, user }) => {
  await setUserActive(input.userId, input.active, userActor(user));
  revalidatePath("/admin/users");
  return { ok: true, message: input.active ? "User reactivated." : "User deactivated." };
});
