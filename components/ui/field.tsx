import { cloneElement, useId, type ComponentProps, type ReactElement, type ReactNode } from "react";
import { cx } from "./class-names";
import { FieldError } from "./form-message";

/** The props Field sets on its control. */
interface ControlProps {
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}

/**
 * A labelled form control with an optional hint and the field's first error. The label
 * wraps the control, so its accessible name is the label alone; the hint and the error
 * sit outside it and are linked with aria-describedby, and an error sets aria-invalid.
 * `compact` is the smaller style of the filter forms. Free of client hooks (useId works
 * in server components), so server-rendered forms use it as well.
 */
export function Field({
  label,
  hint,
  errors,
  compact = false,
  className,
  children,
}: {
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  compact?: boolean;
  className?: string;
  children: ReactElement<ControlProps>;
}) {
  const id = useId();
  const invalid = Boolean(errors?.length);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = invalid ? `${id}-error` : undefined;
  const describedBy = cx(children.props["aria-describedby"], errorId, hintId) || undefined;
  return (
    <div className={cx("flex flex-col gap-1", className)}>
      <label className={cx("flex flex-col gap-1 font-medium", compact ? "text-xs text-slate-700" : "text-sm")}>
        {label}
        {cloneElement(children, { "aria-invalid": invalid || undefined, "aria-describedby": describedBy })}
      </label>
      {hint ? (
        <span id={hintId} className="text-xs text-slate-500">
          {hint}
        </span>
      ) : null}
      <FieldError id={errorId} errors={errors} />
    </div>
  );
}

/**
 * The classes every text control shares; `compact` for filter rows and table rows. The
 * focus ring comes from globals.css (:focus-visible); an invalid control (aria-invalid,
 * set by Field) gets a red border, so the highlighted field is seen, not only announced.
 */
function controlClass(compact: boolean | undefined, className: string | undefined): string {
  return cx(
    "min-w-0 rounded-md border border-slate-300 bg-white text-sm font-normal focus:border-slate-500",
    "aria-[invalid=true]:border-red-600 aria-[invalid=true]:bg-red-50/40",
    compact ? "px-2 py-1.5" : "px-3 py-2",
    className,
  );
}

type ControlStyle = { compact?: boolean };

/** A text input in the app's style; every input prop passes through. */
export function Input({ compact, className, ...props }: ComponentProps<"input"> & ControlStyle) {
  return <input className={controlClass(compact, className)} {...props} />;
}

/** A select in the app's style; every select prop passes through. */
export function Select({ compact, className, ...props }: ComponentProps<"select"> & ControlStyle) {
  return <select className={controlClass(compact, className)} {...props} />;
}

/** A textarea in the app's style; every textarea prop passes through. */
export function Textarea({ compact, className, ...props }: ComponentProps<"textarea"> & ControlStyle) {
  return <textarea className={controlClass(compact, className)} {...props} />;
}

/** A checkbox with its label to the right. */
export function Checkbox({ label, className, ...props }: Omit<ComponentProps<"input">, "type"> & { label: ReactNode }) {
  return (
    <label className={cx("flex items-center gap-2 text-sm font-medium", className)}>
      <input type="checkbox" {...props} /> {label}
    </label>
  );
}

/** A choice of a Select: a plain string is its own value and label. */
export type Choice = string | { value: string; label: string };

/** The options of a Select, after an optional empty first option (`placeholder`, such as "Any"). */
export function Options({ placeholder, choices }: { placeholder?: string; choices: readonly Choice[] }) {
  return (
    <>
      {placeholder === undefined ? null : <option value="">{placeholder}</option>}
      {choices.map((choice) => {
        const { value, label } = typeof choice === "string" ? { value: choice, label: choice } : choice;
        return (
          <option key={value} value={value}>
            {label}
          </option>
        );
      })}
    </>
  );
}
