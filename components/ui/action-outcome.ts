import { SIGNED_OUT, type ActionResult } from "@/lib/errors/answers";

/** A form action as `useActionState` calls it. */
export type FormAction<T = undefined> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

export const UNREACHABLE_MESSAGE = "The server couldn't be reached, so nothing was saved. Check your connection and try again.";

/**
 * The failure to show when an action threw instead of answering. A request made after
 * the session expired is redirected to the login page before it reaches the action, and
 * the browser then sees a response it can't read: that is a signed-out failure, told
 * apart from a network problem by asking whether the session still exists.
 */
export function thrownFailure(signedIn: boolean): ActionResult<never> {
  return signedIn ? { ok: false, error: UNREACHABLE_MESSAGE } : SIGNED_OUT;
}

/**
 * "Please correct the highlighted fields" only makes sense when the form highlights one
 * of them. When every field to blame is one the form doesn't show (an id, a version),
 * the failure says what the field errors say instead.
 */
export function explainFailure<T>(result: ActionResult<T>, shownFields: readonly string[]): ActionResult<T> {
  if (result.ok || !result.fieldErrors) return result;
  const blamed = Object.entries(result.fieldErrors).filter(([, messages]) => messages?.length);
  if (blamed.length === 0 || blamed.some(([field]) => shownFields.includes(field))) return result;
  return { ...result, error: blamed.map(([, messages]) => messages![0]).join(" ") };
}

/** Whether the browser still holds a session: next-auth's session endpoint answers `{}` without one. */
export async function stillSignedIn(): Promise<boolean> {
  try {
    const response = await fetch("/api/auth/session", { cache: "no-store" });
    if (!response.ok) return true;
    const body = (await response.json()) as { user?: unknown } | null;
    return Boolean(body?.user);
  } catch {
    // Unknown (offline): don't claim the session ended.
    return true;
  }
}
