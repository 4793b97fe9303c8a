"use client";

import { createContext, useContext, type ReactNode } from "react";
import { cx } from "@/components/ui/class-names";

const InsideMain = createContext(false);

/** The signed-in pages' one <main>; the skip link targets it. */
export function AppMain({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <InsideMain.Provider value>
      <main id="main" tabIndex={-1} className={className}>
        {children}
      </main>
    </InsideMain.Provider>
  );
}

/**
 * <main> when the page has none yet, a <div> inside the app shell's: the 403 and 404
 * pages render either on their own or inside the signed-in layout, and a page has one
 * main landmark.
 */
export function Landmark({ className, standaloneClassName, children }: { className?: string; standaloneClassName?: string; children: ReactNode }) {
  const inside = useContext(InsideMain);
  return inside ? <div className={className}>{children}</div> : <main className={cx(className, standaloneClassName)}>{children}</main>;
}
