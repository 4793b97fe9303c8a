import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/guard";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Audit log" };

export default async function Page() {
  await requirePagePermission("audit:read");
  return <PageHeader title="Audit log" description="Every administrative change and every retention purge, append-only." />;
}
