import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/guard";
import { curationSources } from "@/lib/curation/queries";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { AddCaseForm } from "@/components/curation/add-case-form";
import { ImportCasesForm } from "@/components/curation/import-cases-form";
import { addCaseAction, importCasesAction } from "./actions";

export const metadata: Metadata = { title: "Add cases" };

export default async function AddCasesPage() {
  await requirePagePermission("curation:manage");
  const sources = await curationSources();
  return (
    <>
      <PageHeader
        title="Add cases"
        description="Most teams use both: mined cases show what production does, hand-written and synthetic ones cover what it hasn't met yet. Added cases are redacted like traffic and join this week's queue marked with their origin."
        actions={
          <Link href="/queue" className="text-sm text-slate-700 underline">
            Go to the queue
          </Link>
        }
      />
      {sources.length === 0 ? (
        <EmptyState title="No source yet">Cases belong to a source; an admin creates one first.</EmptyState>
      ) : (
        <div className="space-y-6">
          <AddCaseForm action={addCaseAction} sources={sources} />
          <ImportCasesForm action={importCasesAction} sources={sources} />
        </div>
      )}
    </>
  );
}
