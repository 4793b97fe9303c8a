import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/guard";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  await requirePagePermission("dashboard:view");
  return (
    <>
      <PageHeader title="Dashboard" description="Eval-set growth, weekly cadence and the review funnel." />
      <EmptyState title="Nothing to chart yet">Growth and funnel charts appear once cases are triaged.</EmptyState>
    </>
  );
}
