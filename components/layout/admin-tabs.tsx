"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { NavItem } from "@/lib/auth/navigation";
import { cx } from "@/components/ui/class-names";
import { isCurrent, LoadingDot } from "./main-nav";

/**
 * The admin area's tabs. On a narrow screen they wrap onto a second row rather than scroll
 * sideways: a strip cut off at the edge hid that Redaction and Erasure exist at all.
 */
export function AdminTabs({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Admin" className="mb-6">
      <ul className="flex flex-wrap gap-x-1 border-b border-slate-200 whitespace-nowrap">
        {items.map((item) => {
          const active = isCurrent(pathname, item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={cx("-mb-px flex items-center border-b-2 px-3 py-2 text-sm", active ? "border-slate-900 font-medium text-slate-900" : "border-transparent text-slate-600 hover:text-slate-900")}
              >
                {item.label}
                <LoadingDot />
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
