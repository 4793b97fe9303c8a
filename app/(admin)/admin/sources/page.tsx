import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/guard";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Sources" };

export default async function Page() {
  await requirePagePermission("sources:manage");
  return <PageHeader title="Sources" description="Sources, sampling caps, retention periods, mining rules and API keys." />;
}
