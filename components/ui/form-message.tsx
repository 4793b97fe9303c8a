import type { ActionResult } from "@/lib/errors/answers";

/** The outcome of a form action: a status line for success, an alert for failure. */
export function FormMessage({ state }: { state: ActionResult<unknown> | null }) {
  if (!state) return null;
  if (state.ok) {
    return state.message ? (
      <p role="status" className="text-sm text-emerald-700">
        {state.message}
      </p>
    ) : null;
  }
  return (
    <p role="alert" className="text-sm text-red-700">
      {state.error}
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
