import type { ReactNode } from "react";
import { AdminTabs } from "@/components/layout/admin-tabs";
import { ADMIN_NAV_ITEMS } from "@/lib/auth/navigation";

// Tabs only; each admin page checks its own permission (lib/auth/guard.ts).
export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <AdminTabs items={[...ADMIN_NAV_ITEMS]} />
      {children}
    </>
  );
}
