import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/guard";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Retention" };

export default async function RetentionPage() {
  await requirePagePermission("retention:read");
  return <PageHeader title="Retention" description="How long each source's production logs are kept, what is deleted when, and what is kept." />;
}
