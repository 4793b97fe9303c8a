import { DomainError } from "./domain-error";
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "@/lib/db/errors";

/**
 * The one place where a failure becomes an answer: a JSON problem for route handlers,
 * an `ActionResult` for server actions. Both read the same classification, so a rule
 * broken in the domain reads the same in the browser form and in the API.
 * No "server-only" import: ingest code and the benches load this outside Next.
 */

/** What a form action returns to `useActionState`. */
export type ActionResult<T = undefined> =
  | { ok: true; message?: string; data?: T }
  | ActionFailure;

/**
 * `code: "signed-out"` marks a failure because the session ended, so a form can offer
 * "Sign in again" (with a way back) and keep what was typed.
 */
export type ActionFailure = { ok: false; error: string; fieldErrors?: Record<string, string[] | undefined>; code?: "signed-out" };

export const SIGNED_OUT_MESSAGE = "Your session has ended. Sign in again to continue; what you typed is kept.";

/** The failure an action answers when its caller's session has ended (or the account was deactivated). */
export const SIGNED_OUT: ActionFailure = { ok: false, error: SIGNED_OUT_MESSAGE, code: "signed-out" };

interface Answer {
  status: number;
  message: string;
  field?: string;
  headers?: Record<string, string>;
}

/**
 * What the server log may say about an unexpected error: its name and code, and its
 * message unless the error can quote data (Prisma's messages repeat the query's values,
 * a database error's detail the row's), so no log line carries a producer's text.
 */
export function loggableError(error: unknown): string[] {
  const e = (error ?? {}) as { name?: unknown; code?: unknown; message?: unknown };
  const name = typeof e.name === "string" ? e.name : "Error";
  const code = typeof e.code === "string" ? `code ${e.code}` : "";
  const quotesData = /^Prisma|^DriverAdapter|^DatabaseError$/.test(name) || (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code));
  const message = quotesData || typeof e.message !== "string" ? "(message withheld: it may quote data)" : e.message;
  return [name, code, message].filter(Boolean);
}

/**
 * Domain errors keep their status and message; an unreachable database is temporary
 * (503 + Retry-After, so producers retry instead of giving up); anything else is a bug:
 * logged server-side by name and message only (never data), answered without internals.
 */
function classify(error: unknown, where: string): Answer {
  if (error instanceof DomainError) return { status: error.status, message: error.message, field: error.field, headers: error.headers };
  if (isDatabaseUnavailable(error)) {
    console.error(`${where}: database unavailable; answered 503`);
    return { status: 503, message: "The database is unavailable; nothing was changed. Retry in a moment.", headers: { "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) } };
  }
  console.error(`${where} failed:`, ...loggableError(error));
  return { status: 500, message: "Something went wrong; nothing was changed. The server log has the details." };
}

/** A JSON error body `{ error, ...extra }` with its status (and headers such as Retry-After). */
export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}, headers?: HeadersInit): Response {
  return Response.json({ error, ...extra }, { status, headers });
}

/** Any failure as an HTTP problem response; `where` names the route for the server log. */
export function errorResponse(error: unknown, where: string): Response {
  const answer = classify(error, where);
  return jsonError(answer.status, answer.message, answer.field ? { field: answer.field } : {}, answer.headers);
}

/** Any failure as a form action's result; a field to blame gets the message too. */
export function errorActionResult(error: unknown, where: string): ActionFailure {
  const answer = classify(error, where);
  return { ok: false, error: answer.message, ...(answer.field ? { fieldErrors: { [answer.field]: [answer.message] } } : {}) };
}
