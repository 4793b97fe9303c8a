import Link from "next/link";
import type { ReactNode } from "react";
import type { NavItem } from "@/lib/auth/navigation";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ROLE_LABEL } from "@/lib/core/labels";
import type { Role } from "@/lib/generated/prisma/enums";
import { ToastProvider } from "@/components/ui/toast";
import { AppMain } from "./main-landmark";
import { MainNav } from "./main-nav";

/** Every signed-in page: skip link, header (brand, navigation, account), the page's main, toasts. */
export function AppShell({
  user,
  nav,
  children,
}: {
  user: { name: string; email: string; role: Role };
  nav: NavItem[];
  children: ReactNode;
}) {
  const account = (
    <>
      <span className="min-w-0 truncate text-slate-600" title={user.email}>
        {user.name} · <span className="font-medium">{ROLE_LABEL[user.role]}</span>
      </span>
      <SignOutButton />
    </>
  );
  return (
    <ToastProvider>
      <div className="min-h-screen">
        <a href="#main" className="sr-only rounded-md bg-white px-3 py-2 text-sm font-medium focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50">
          Skip to content
        </a>
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
            <Link href="/" className="font-semibold tracking-tight">
              Evalmine
            </Link>
            <MainNav items={nav} account={account} />
          </div>
        </header>
        <AppMain className="mx-auto max-w-7xl px-4 py-6 sm:px-6 sm:py-8">{children}</AppMain>
      </div>
    </ToastProvider>
  );
}
