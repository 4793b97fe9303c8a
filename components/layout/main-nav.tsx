"use client";

import Link, { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useState, type ReactNode } from "react";
import type { NavItem } from "@/lib/auth/navigation";
import { cx } from "@/components/ui/class-names";

/** True when `pathname` is the item's page or one below it. */
export function isCurrent(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** A dot that pulses while the link's page loads: feedback the moment a link is clicked. */
export function LoadingDot() {
  const { pending } = useLinkStatus();
  return <span aria-hidden className={cx("ml-1.5 inline-block size-1.5 rounded-full bg-sky-500", pending ? "animate-pulse" : "invisible")} />;
}

function NavLinks({ items, pathname }: { items: NavItem[]; pathname: string }) {
  return (
    <ul className="flex flex-col gap-1 md:flex-row md:items-center">
      {items.map((item) => {
        const current = [item.href, ...(item.also ?? [])].some((href) => isCurrent(pathname, href));
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current ? "page" : undefined}
              className={cx(
                "flex items-center rounded-md px-3 py-1.5 text-sm",
                current ? "bg-slate-100 font-medium text-slate-900" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
                "max-md:py-2.5",
              )}
            >
              {item.label}
              <LoadingDot />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The main navigation: links in the header from the md breakpoint; below it they (and
 * the account with Sign out) fold behind a Menu button and open as a list under the
 * header. One copy of each, laid out per breakpoint. The current page is marked with
 * aria-current; the menu closes on every navigation and on Escape.
 */
export function MainNav({ items, account }: { items: NavItem[]; account: ReactNode }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [openedAt, setOpenedAt] = useState(pathname);
  const panelId = useId();
  // Close the menu once the page it led to is shown (adjusted during render, not in an effect).
  if (open && openedAt !== pathname) {
    setOpen(false);
    setOpenedAt(pathname);
  }
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && setOpen(false);
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);
  return (
    <>
      <button
        type="button"
        className="ml-auto rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 max-md:order-1 md:hidden"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!open);
          setOpenedAt(pathname);
        }}
      >
        {open ? "Close menu" : "Menu"}
      </button>
      <nav id={panelId} aria-label="Main" className={cx(open ? "block" : "hidden", "basis-full border-t border-slate-200 pt-2 max-md:order-2 md:block md:flex-1 md:basis-auto md:border-0 md:pt-0")}>
        <NavLinks items={items} pathname={pathname} />
      </nav>
      <div className={cx(open ? "flex" : "hidden", "basis-full flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-3 pt-3 text-sm max-md:order-3 md:flex md:basis-auto md:border-0 md:px-0 md:pt-0")}>{account}</div>
    </>
  );
}
