import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "./button";
import { cx } from "./class-names";

/**
 * A full-page status (not found, forbidden): the status line, a heading, an optional
 * explanation and the way back to the user's start page.
 */
export function StatusPage({ status, title, tone = "neutral", children }: { status: string; title: string; tone?: "neutral" | "warning"; children?: ReactNode }) {
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col items-center justify-center gap-4 p-8 text-center">
      <p className={cx("text-sm font-semibold tracking-wide uppercase", tone === "warning" ? "text-amber-700" : "text-slate-500")}>{status}</p>
      <h1 className="text-2xl font-semibold">{title}</h1>
      {children ? <p className="text-slate-600">{children}</p> : null}
      <Link href="/" className={buttonClass()}>
        Go to your start page
      </Link>
    </main>
  );
}
