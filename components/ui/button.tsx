import type { ComponentProps } from "react";
import { cx } from "./class-names";

const VARIANTS = {
  primary: "bg-slate-900 text-white hover:bg-slate-700",
  secondary: "border border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
  danger: "bg-red-700 text-white hover:bg-red-600",
  dangerOutline: "border border-red-300 bg-white text-red-700 hover:bg-red-50",
  success: "bg-emerald-700 text-white hover:bg-emerald-600",
  successOutline: "border border-emerald-300 bg-white text-emerald-700 hover:bg-emerald-50",
  warning: "bg-amber-700 text-white hover:bg-amber-600",
} as const;

const SIZES = {
  md: "px-4 py-2 text-sm",
  sm: "px-3 py-1.5 text-sm",
  xs: "px-2 py-1 text-xs",
} as const;

export type ButtonVariant = keyof typeof VARIANTS;
export type ButtonSize = keyof typeof SIZES;

/**
 * The classes of a button, for the few links that look like one (a download, "Go to
 * your start page"); `className` adds layout classes such as `shrink-0`.
 */
export function buttonClass({ variant = "primary", size = "md", className }: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}): string {
  return cx("rounded-md font-medium disabled:cursor-not-allowed disabled:opacity-60", VARIANTS[variant], SIZES[size], className);
}

export type ButtonProps = ComponentProps<"button"> & { variant?: ButtonVariant; size?: ButtonSize };

/**
 * A `<button>` in one of the app's styles. Every button prop (ref included) passes
 * through; `type` defaults to "button" so a button inside a form submits only when it
 * says so.
 */
export function Button({ variant, size, className, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={buttonClass({ variant, size, className })} {...props} />;
}
