import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { requirePagePermission } from "@/lib/auth/guard";
import { listSources } from "@/lib/sources/service";
import { appOrigin } from "@/lib/sources/setup-snippets";
import { formatCount } from "@/lib/core/format";
import { PageHeader } from "@/components/ui/page-header";
import { PageSection } from "@/components/ui/page-section";
import { DataTable, type Column } from "@/components/ui/data-table";
import { CreateSourceForm } from "@/components/sources/create-source-form";
import { createSourceAction } from "./actions";

export const metadata: Metadata = { title: "Sources" };

const percent = (rate: number) => `${Math.round(rate * 1000) / 10}%`;

const COLUMNS: Column<Awaited<ReturnType<typeof listSources>>[number]>[] = [
  {
    header: "Name",
    cell: (source) => (
      <Link href={`/admin/sources/${source.id}`} className="font-medium underline">
        {source.name}
      </Link>
    ),
  },
  { header: "Sample rate (cap)", cell: (source) => `${percent(source.sampleRate)} (${percent(source.maxSampleRate)})` },
  { header: "Retention", cell: (source) => (source.retentionDays ? `${source.retentionDays} days` : <span className="text-red-700">not set: cannot ingest</span>) },
  { header: "Status", cell: (source) => (source.active ? "Active" : <span className="text-slate-500">Inactive</span>) },
  { header: "Logs", cell: (source) => formatCount(source._count.logs) },
  { header: "Cases", cell: (source) => formatCount(source._count.cases) },
  { header: "Active keys", cell: (source) => source._count.apiKeys },
];

export default async function SourcesPage() {
  await requirePagePermission("sources:manage");
  const sources = await listSources();
  const origin = appOrigin(await headers());
  return (
    <>
      <PageHeader title="Sources" description="Where production logs come from: sampling caps, retention, mining rules, pull folders and API keys." />
      {/* The sources first, then the form to add one, each under its own heading (the form
          stood unnamed above the list). */}
      <PageSection title="All sources">
        <DataTable
          caption="Sources"
          columns={COLUMNS}
          rows={sources}
          rowKey={(source) => source.id}
          empty={
            <>
              No sources yet. Create one below, or run <code>npm run source:create</code>.
            </>
          }
        />
      </PageSection>
      <PageSection title="New source" className="mt-8">
        <CreateSourceForm action={createSourceAction} origin={origin} />
      </PageSection>
    </>
  );
}
