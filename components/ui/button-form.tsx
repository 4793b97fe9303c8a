"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/errors/answers";
import { Button, type ButtonProps } from "./button";
import { FormMessage } from "./form-message";

type Action = (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;

/**
 * A form that is one button (Revoke, Delete): it posts `fields` as hidden inputs to a
 * form action and shows the outcome next to the button.
 */
export function ButtonForm({
  action,
  fields,
  children,
  ...button
}: { action: Action; fields: Record<string, string>; children: ReactNode } & Pick<ButtonProps, "variant" | "size" | "aria-label">) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="flex items-center gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" disabled={pending} {...button}>
        {children}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
