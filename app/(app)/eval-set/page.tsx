import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/guard";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Eval set" };

export default async function EvalSetPage() {
  await requirePagePermission("evalset:read");
  return (
    <>
      <PageHeader title="Eval set" description="Every case a reviewer accepted, with its labelled expected output." />
      <EmptyState title="The eval set is empty">Accepted cases from the triage queue appear here.</EmptyState>
    </>
  );
}
