import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/guard";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Retention settings" };

export default async function Page() {
  await requirePagePermission("settings:manage");
  return <PageHeader title="Retention settings" description="Retention period and policy per source; purges run hourly and are audited." />;
}
