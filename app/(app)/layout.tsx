import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { AppShell } from "@/components/layout/app-shell";
import { getCurrentUser } from "@/lib/auth/session";
import { navigationFor } from "@/lib/auth/navigation";

export const dynamic = "force-dynamic";

/**
 * Every signed-in page, the admin area included: signed-in users only, navigation by
 * role. The proxy only redirects; each page still checks its own permission
 * (lib/auth/guard.ts), so hiding a link is never the check.
 */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return (
    <AppShell user={user} nav={navigationFor(user.role)}>
      {children}
    </AppShell>
  );
}
