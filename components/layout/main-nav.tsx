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
function LoadingDot() {
  const { pending } = useLinkStatus();
  return <span aria-hidden className={cx("ml-1.5 inline-block size-1.5 rounded-full bg-sky-500", pending ? "animate-pulse" : "invisible")} />;
}

function NavLinks({ items, pathname, vertical }: { items: NavItem[]; pathname: string; vertical: boolean }) {
  return (
    <ul className={cx("flex gap-1", vertical ? "flex-col" : "items-center")}>
      {items.map((item) => {
        const current = isCurrent(pathname, item.href);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current ? "page" : undefined}
              className={cx(
                "flex items-center rounded-md px-3 py-1.5 text-sm",
                current ? "bg-slate-100 font-medium text-slate-900" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
                vertical && "py-2.5",
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
 * The main navigation: links in the header from the md breakpoint, behind a Menu button
 * below it (the account and Sign out move into the menu too). The current page is marked
 * with aria-current; the menu closes on every navigation.
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
      <nav aria-label="Main" className="hidden flex-1 md:block">
        <NavLinks items={items} pathname={pathname} vertical={false} />
      </nav>
      <div className="hidden items-center gap-3 text-sm md:flex">{account}</div>
      <button
        type="button"
        className="ml-auto rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 md:hidden"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!open);
          setOpenedAt(pathname);
        }}
      >
        {open ? "Close menu" : "Menu"}
      </button>
      <div id={panelId} hidden={!open} className="basis-full border-t border-slate-200 pt-2 md:hidden">
        <nav aria-label="Main">
          <NavLinks items={items} pathname={pathname} vertical />
        </nav>
        <div className="mt-2 flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-3 pt-3 text-sm">{account}</div>
      </div>
    </>
  );
}
