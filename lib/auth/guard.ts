import "server-only";
import { forbidden, redirect } from "next/navigation";
import { z } from "zod";
import { DomainError } from "@/lib/errors/domain-error";
import { errorActionResult, SIGNED_OUT, type ActionResult } from "@/lib/errors/answers";
import { can, type Permission } from "./permissions";
import { getCurrentUser, type CurrentUser } from "./session";

/**
 * For pages: the signed-in user holding `permission`. Not signed in (or deactivated)
 * goes to /login; signed in without the permission renders the 403 page.
 */
export async function requirePagePermission(permission: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (!can(user.role, permission)) forbidden();
  return user;
}


/** Thrown inside an action body to return a clean message (for rules no domain error covers). */
export class ActionError extends DomainError {}

/**
 * Builds a server action usable with `useActionState`: loads the user, checks the
 * permission, validates the form with zod, then runs the body. Authorisation can't
 * be forgotten because there is no other way to build an action.
 */
export function authedAction<S extends z.ZodType, T = undefined>(
  permission: Permission,
  schema: S,
  body: (args: { input: z.infer<S>; user: CurrentUser }) => Promise<ActionResult<T>>,
) {
  return async (_previous: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> => {
    const user = await getCurrentUser();
    // A deactivated account still holding a cookie gets here past the proxy: same answer as
    // an expired session, so the form keeps what was typed and offers to sign in again.
    if (!user) return SIGNED_OUT;
    if (!can(user.role, permission)) return { ok: false, error: "You don't have permission to do that." };
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      return { ok: false, error: "Please correct the highlighted fields.", fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
    }
    try {
      return await body({ input: parsed.data, user });
    } catch (error) {
      // Broken domain rules become the form's message (and the field's, when one is to blame).
      return errorActionResult(error, `action for ${permission}`);
    }
  };
}

/**
 * Builds a server function called with plain arguments (not a form): same checks as
 * `authedAction`, but failures throw (Next hides the message from the browser in
 * production), so callers catch and show a generic error.
 */
export function authedCall<S extends z.ZodType, R>(
  permission: Permission,
  schema: S,
  body: (args: { input: z.infer<S>; user: CurrentUser }) => Promise<R>,
) {
  return async (raw: z.input<S>): Promise<R> => {
    const user = await getCurrentUser();
    if (!user || !can(user.role, permission)) throw new Error("Not permitted.");
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw new Error("Invalid input.");
    return await body({ input: parsed.data, user });
  };
}
