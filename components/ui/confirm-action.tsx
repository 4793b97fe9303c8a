"use client";

import { useState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/errors/answers";
import type { FormAction } from "./action-outcome";
import { Button, type ButtonSize, type ButtonVariant } from "./button";
import { Dialog } from "./dialog";
import { FormMessage } from "./form-message";
import { useFormAction } from "./use-form-action";
import { useToast } from "./toast";

type FieldErrors = Record<string, string[] | undefined> | undefined;

interface ConfirmProps<T> {
  title: string;
  /** What will happen, in numbers and names ("Lee can no longer sign in..."). */
  impact: ReactNode;
  confirmLabel: string;
  confirmVariant?: ButtonVariant;
  action: FormAction<T>;
  /** Hidden fields posted with the confirmation (ids). */
  fields: Record<string, string>;
  /** Visible controls inside the dialog (a reason), given the field errors of the last try. */
  controls?: (errors: FieldErrors) => ReactNode;
  /** The names of those controls, for the focus and the message after a failure. */
  controlNames?: readonly string[];
  onDone?: (result: Extract<ActionResult<T>, { ok: true }>) => void;
}

function ConfirmForm<T>({ impact, confirmLabel, confirmVariant = "danger", action, fields, controls, controlNames = [], onDone, onCancel }: Omit<ConfirmProps<T>, "title"> & { onCancel: () => void }) {
  const { state, pending, form } = useFormAction(action, { fields: controlNames, onSuccess: (result) => onDone?.(result) });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form {...form} className="space-y-4">
      <div className="text-sm text-slate-700">{impact}</div>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {controls?.(errors)}
      <FormMessage state={state && !state.ok ? state : null} />
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" size="sm" onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" variant={confirmVariant} size="sm" disabled={pending}>
          {pending ? "Working…" : confirmLabel}
        </Button>
      </div>
    </form>
  );
}

/**
 * A destructive or far-reaching action behind a confirmation that spells out its impact.
 * The dialog stays open until the action succeeds (a failure shows inside it, with what
 * was typed kept); the outcome is then announced in a toast.
 */
export function ConfirmAction<T>({
  trigger,
  ...props
}: ConfirmProps<T> & { trigger: { label: ReactNode; variant?: ButtonVariant; size?: ButtonSize; "aria-label"?: string; disabled?: boolean } }) {
  const [open, setOpen] = useState(false);
  const toast = useToast();
  const { label, ...button } = trigger;
  return (
    <>
      <Button size="sm" variant="secondary" {...button} onClick={() => setOpen(true)} aria-haspopup="dialog">
        {label}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={props.title}>
        <ConfirmForm
          {...props}
          onCancel={() => setOpen(false)}
          onDone={(result) => {
            setOpen(false);
            if (result.message) toast({ message: result.message });
            props.onDone?.(result);
          }}
        />
      </Dialog>
    </>
  );
}
