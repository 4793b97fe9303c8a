import type { ReactNode } from "react";
import type { ActionResult } from "@/lib/errors/answers";
import { Button } from "./button";
import { cx } from "./class-names";
import { FormMessage } from "./form-message";

/**
 * A form's footer: the submit button (disabled while the action runs), the action's
 * outcome beside it, then anything else (a link to what was just created).
 */
export function FormActions({
  submitLabel,
  pending,
  state,
  className,
  children,
}: {
  submitLabel: ReactNode;
  pending: boolean;
  state: ActionResult<unknown> | null;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <div className={cx("flex flex-wrap items-center gap-3", className)}>
      <Button type="submit" disabled={pending}>
        {submitLabel}
      </Button>
      <FormMessage state={state} />
      {children}
    </div>
  );
}
