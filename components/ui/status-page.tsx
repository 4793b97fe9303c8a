import Link from "next/link";
import type { ReactNode } from "react";
import { Landmark } from "@/components/layout/main-landmark";
import { buttonClass } from "./button";
import { cx } from "./class-names";

/**
 * A full-page status (not found, forbidden): the status line, a heading, an optional
 * explanation and the way back to the user's start page. Inside the signed-in layout it
 * fills the content area (the layout owns <main>); on its own it fills the screen.
 */
export function StatusPage({ status, title, tone = "neutral", children }: { status: string; title: string; tone?: "neutral" | "warning"; children?: ReactNode }) {
  return (
    <Landmark className="mx-auto flex max-w-md flex-col items-center justify-center gap-4 px-4 py-16 text-center" standaloneClassName="min-h-screen">
      <p className={cx("text-sm font-semibold tracking-wide uppercase", tone === "warning" ? "text-amber-700" : "text-slate-500")}>{status}</p>
      <h1 className="text-2xl font-semibold">{title}</h1>
      {children ? <p className="text-slate-600">{children}</p> : null}
      <Link href="/" className={buttonClass()}>
        Go to your start page
      </Link>
    </Landmark>
  );
}
