import Link from "next/link";
import type { ReactNode } from "react";
import type { NavItem } from "@/lib/auth/navigation";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ROLE_LABEL } from "@/lib/core/labels";
import type { Role } from "@/lib/generated/prisma/enums";


export function AppShell({
  user,
  nav,
  children,
}: {
  user: { name: string; email: string; role: Role };
  nav: NavItem[];
  children: ReactNode;
}) {
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center gap-6 px-6 py-3">
          <Link href="/" className="font-semibold tracking-tight">
            Evalmine
          </Link>
          <nav aria-label="Main" className="flex flex-1 gap-1">
            {nav.map((item) => (
              <Link key={item.href} href={item.href} className="rounded-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100">
                {item.label}
              </Link>
            ))}
          </nav>
          <div className="flex items-center gap-3 text-sm">
            <span className="text-slate-600" title={user.email}>
              {user.name} · <span className="font-medium">{ROLE_LABEL[user.role]}</span>
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-6 py-8">{children}</main>
    </div>
  );
}
