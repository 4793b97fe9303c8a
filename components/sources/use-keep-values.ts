"use client";

import { useTransition, type FormEvent } from "react";

/**
 * Submits a form to a useActionState action WITHOUT React's automatic form reset:
 * a settings form that failed validation must keep what the admin typed (React resets
 * uncontrolled fields after every `<form action>` submission).
 */
export function useKeepValuesSubmit(formAction: (data: FormData) => void) {
  const [, startTransition] = useTransition();
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
}
