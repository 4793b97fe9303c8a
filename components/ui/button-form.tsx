"use client";

import type { ReactNode } from "react";
import type { FormAction } from "./action-outcome";
import { Button, type ButtonProps } from "./button";
import { FormMessage } from "./form-message";
import { useToast } from "./toast";
import { useFormAction } from "./use-form-action";

/**
 * A form that is one button (Show skipped cases, Start review): it posts `fields` as
 * hidden inputs to a form action and shows the outcome next to the button, or in a
 * toast (`toast`) when the page changes under it after a success.
 */
export function ButtonForm<T>({
  action,
  fields,
  toast: toastOnSuccess = false,
  children,
  ...button
}: { action: FormAction<T>; fields: Record<string, string>; toast?: boolean; children: ReactNode } & Pick<ButtonProps, "variant" | "size" | "aria-label">) {
  const toast = useToast();
  const { state, pending, form } = useFormAction(action, {
    fields: [],
    onSuccess: (result) => {
      if (toastOnSuccess && result.message) toast({ message: result.message });
    },
  });
  return (
    <form {...form} className="flex flex-wrap items-center gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" disabled={pending} {...button}>
        {children}
      </Button>
      <FormMessage state={toastOnSuccess && state?.ok ? null : state} />
    </form>
  );
}
