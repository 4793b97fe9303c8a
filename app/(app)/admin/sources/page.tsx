import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/guard";
import { listSources } from "@/lib/sources/service";
import { formatCount } from "@/lib/core/format";
import { PageHeader } from "@/components/ui/page-header";
import { CreateSourceForm } from "@/components/sources/create-source-form";
import { createSourceAction } from "./actions";

export const metadata: Metadata = { title: "Sources" };

const percent = (rate: number) => `${Math.round(rate * 1000) / 10}%`;

export default async function SourcesPage() {
  await requirePagePermission("sources:manage");
  const sources = await listSources();
  return (
    <>
      <PageHeader title="Sources" description="Where production logs come from: sampling caps, retention, mining rules, pull folders and API keys." />
      <CreateSourceForm action={createSourceAction} />
      <table className="mt-8 w-full overflow-hidden rounded-xl border border-slate-200 bg-white text-sm">
        <caption className="sr-only">Sources</caption>
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th className="px-4 py-2 font-medium">Name</th>
            <th className="px-4 py-2 font-medium">Sample rate (cap)</th>
            <th className="px-4 py-2 font-medium">Retention</th>
            <th className="px-4 py-2 font-medium">Status</th>
            <th className="px-4 py-2 font-medium">Logs</th>
            <th className="px-4 py-2 font-medium">Cases</th>
            <th className="px-4 py-2 font-medium">Active keys</th>
          </tr>
        </thead>
        <tbody>
          {sources.length === 0 ? (
            <tr>
              <td colSpan={7} className="px-4 py-6 text-center text-slate-500">
                No sources yet. Create one above, or run <code>npm run source:create</code>.
              </td>
            </tr>
          ) : null}
          {sources.map((source) => (
            <tr key={source.id} className="border-t border-slate-100">
              <td className="px-4 py-2">
                <Link href={`/admin/sources/${source.id}`} className="font-medium underline">
                  {source.name}
                </Link>
              </td>
              <td className="px-4 py-2">
                {percent(source.sampleRate)} ({percent(source.maxSampleRate)})
              </td>
              <td className="px-4 py-2">{source.retentionDays ? `${source.retentionDays} days` : <span className="text-red-700">not set: cannot ingest</span>}</td>
              <td className="px-4 py-2">{source.active ? "Active" : <span className="text-slate-500">Inactive</span>}</td>
              <td className="px-4 py-2">{formatCount(source._count.logs)}</td>
              <td className="px-4 py-2">{formatCount(source._count.cases)}</td>
              <td className="px-4 py-2">{source._count.apiKeys}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
