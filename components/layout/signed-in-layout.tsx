import "server-only";
import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { AppShell } from "./app-shell";
import { getCurrentUser } from "@/lib/auth/session";
import { navigationFor } from "@/lib/auth/navigation";

/** Shared by the (app) and (admin) route groups: signed-in users only, nav by role. */
export async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return (
    <AppShell user={user} nav={navigationFor(user.role)}>
      {children}
    </AppShell>
  );
}
