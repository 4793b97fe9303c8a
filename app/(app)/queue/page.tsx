import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/guard";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Queue" };

export default async function QueuePage() {
  await requirePagePermission("queue:view");
  return (
    <>
      <PageHeader title="Triage queue" description="Claim the next mined case, write the expected output, categorise it, accept or discard." />
      <EmptyState title="No cases waiting">Mined production cases appear here once ingestion runs.</EmptyState>
    </>
  );
}
