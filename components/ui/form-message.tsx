"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ActionResult } from "@/lib/errors/answers";
import { cx } from "./class-names";

/** "Sign in again", coming back to this page afterwards (the login page honours callbackUrl). */
export function SignInAgainLink({ className }: { className?: string }) {
  const pathname = usePathname();
  return (
    <Link href={`/login?callbackUrl=${encodeURIComponent(pathname)}`} className={cx("font-medium underline", className)}>
      Sign in again
    </Link>
  );
}

/**
 * The outcome of a form action: a status line for success, an alert for failure. A
 * failure because the session ended links to the login page and back here.
 */
export function FormMessage({ state, className }: { state: ActionResult<unknown> | null; className?: string }) {
  if (!state) return null;
  if (state.ok) {
    return state.message ? (
      <p role="status" className={cx("text-sm text-emerald-700", className)}>
        {state.message}
      </p>
    ) : null;
  }
  return (
    <p role="alert" className={cx("text-sm text-red-700", className)}>
      {state.error}
      {state.code === "signed-out" ? (
        <>
          {" "}
          <SignInAgainLink />
        </>
      ) : null}
    </p>
  );
}

/** A field's first validation error; `id` lets the control point at it with aria-describedby. */
export function FieldError({ id, errors }: { id?: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <span id={id} className="text-xs font-normal text-red-700">
      {errors[0]}
    </span>
  );
}
