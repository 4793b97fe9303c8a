import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";

export const roleSchema = z.enum(["REVIEWER", "LEAD", "ADMIN"]);

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter a valid email address." }));

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: `Use at least ${MIN_PASSWORD_LENGTH} characters.` })
  .max(256, { error: "Use at most 256 characters." });

export const createUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, { error: "Enter a name." }).max(120),
  role: roleSchema,
  password: passwordSchema,
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const changeRoleSchema = z.object({ userId: z.uuid(), role: roleSchema });
export const setActiveSchema = z.object({ userId: z.uuid(), active: z.enum(["true", "false"]).transform((v) => v === "true") });
