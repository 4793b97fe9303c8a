"use client";

import { useActionState, useEffect, useRef, startTransition, type FormEvent } from "react";
import type { ActionResult } from "@/lib/errors/answers";
import { explainFailure, stillSignedIn, thrownFailure, type FormAction } from "./action-outcome";

interface Options<T> {
  /** The names of the fields this form highlights (passes errors to); see explainFailure. */
  fields: readonly string[];
  /** Runs when the action succeeds, with the submitted form (to clear fields, close a dialog, toast). */
  onSuccess?: (result: Extract<ActionResult<T>, { ok: true }>, form: FormData) => void;
}

/**
 * `useActionState` for the app's forms. Spread `form` on the <form>:
 *
 * - the submission never resets the form: React resets a form after every form action,
 *   which wipes uncontrolled fields and (a React quirk) sets controlled radios back to
 *   their first state, so a failed submission would lose or misstate what was chosen;
 * - a thrown action (the session ended, the network dropped) becomes a failure the form
 *   shows instead of an error page;
 * - after a failure the first invalid field takes the focus.
 */
export function useFormAction<T = unknown>(action: FormAction<T>, options: Options<T>) {
  const formRef = useRef<HTMLFormElement>(null);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const [state, formAction, pending] = useActionState(async (previous: ActionResult<T> | null, form: FormData): Promise<ActionResult<T>> => {
    let result: ActionResult<T>;
    try {
      result = await action(previous, form);
    } catch {
      result = thrownFailure(await stillSignedIn());
    }
    result = explainFailure(result, latest.current.fields);
    if (result.ok) latest.current.onSuccess?.(result, form);
    return result;
  }, null);

  useEffect(() => {
    if (!state || state.ok) return;
    // An invalid group (a radiogroup) hands the focus to its first control.
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    const control = invalid?.matches("input, select, textarea, button") ? invalid : invalid?.querySelector<HTMLElement>("input, select, textarea, button");
    control?.focus();
  }, [state]);

  // Submitting through onSubmit (with the pressed button's name and value) rather than
  // letting React run the form action is what skips React's form reset; `action` stays
  // for submissions made before hydration, which React replays once it is ready.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(data));
  };

  // `formAction` alone (for <form action>) would bring React's reset back; prefer `form`.
  return { state, pending, formRef, formAction, form: { ref: formRef, action: formAction, onSubmit } };
}
