import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getEvalItemHistory } from "@/lib/evalset/queries";
import { CATEGORY_LABEL } from "@/lib/core/labels";
import type { ChatMessage } from "@/lib/core/chat";
import { formatDateTimeSeconds } from "@/lib/core/format";
import { PageHeader } from "@/components/ui/page-header";
import { Transcript } from "@/components/triage/transcript";
import { ItemEditor } from "@/components/evalset/item-editor";
import { editItemAction, retireItemAction } from "../actions";

export const metadata: Metadata = { title: "Eval item" };

export default async function EvalItemPage({ params }: { params: Promise<{ itemId: string }> }) {
  const user = await requirePagePermission("evalset:read");
  const { itemId } = await params;
  const history = /^[0-9a-f-]{36}$/i.test(itemId) ? await getEvalItemHistory(itemId) : null;
  if (!history) notFound();
  const { current, versions } = history;
  const retired = current.validTo !== null;
  const messages = ((current.input as { messages?: ChatMessage[] }).messages ?? []) as ChatMessage[];
  return (
    <>
      <PageHeader
        title={`Eval item · version ${current.version}${retired ? " (retired)" : ""}`}
        description={CATEGORY_LABEL[current.category]}
        actions={<Link href="/eval-set" className="text-sm text-slate-700 underline">Back to the eval set</Link>}
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-4">
          <section aria-labelledby="expected-heading" className="rounded-xl border border-slate-200 bg-white p-4">
            <h2 id="expected-heading" className="mb-1 text-sm font-semibold text-slate-700">Expected output</h2>
            <p className="whitespace-pre-wrap text-sm">{current.expectedOutput}</p>
            {current.notes ? <p className="mt-2 text-sm text-slate-600">Notes: {current.notes}</p> : null}
          </section>
          <Transcript messages={messages} output={(current.productionOutput ?? null) as ChatMessage | null} />
          {can(user.role, "evalset:edit") && !retired ? <ItemEditor item={current} edit={editItemAction} retire={retireItemAction} /> : null}
        </div>
        <aside className="space-y-4 text-sm">
          <section aria-labelledby="provenance-heading" className="rounded-xl border border-slate-200 bg-white p-4">
            <h2 id="provenance-heading" className="mb-2 font-semibold">Provenance</h2>
            <dl className="grid grid-cols-[8rem_1fr] gap-y-1">
              <dt className="text-slate-600">Source</dt>
              <dd>{current.source?.name ?? "deleted"}</dd>
              <dt className="text-slate-600">Mined because</dt>
              <dd>{current.minedReasons.join(", ") || "—"}</dd>
              <dt className="text-slate-600">Batch</dt>
              <dd>{current.batch?.isoWeek ?? "—"}</dd>
              <dt className="text-slate-600">Labelled by</dt>
              <dd>{current.reviewer.name}</dd>
              <dt className="text-slate-600">Accepted at</dt>
              <dd>{formatDateTimeSeconds(versions[versions.length - 1].labelledAt)} UTC</dd>
              <dt className="text-slate-600">Redaction</dt>
              <dd className="font-mono text-xs">{current.redactionVersion}</dd>
            </dl>
          </section>
          <section aria-labelledby="history-heading" className="rounded-xl border border-slate-200 bg-white p-4">
            <h2 id="history-heading" className="mb-2 font-semibold">History</h2>
            <ol className="space-y-2">
              {versions.map((v) => (
                <li key={v.id} className="border-t border-slate-100 pt-2 first:border-0 first:pt-0">
                  <p className="font-medium">
                    Version {v.version} · {CATEGORY_LABEL[v.category]}
                  </p>
                  <p className="text-xs text-slate-600">
                    {formatDateTimeSeconds(v.validFrom)} → {v.validTo ? formatDateTimeSeconds(v.validTo) : "now"} · {v.reviewer.name}
                  </p>
                  {v.retiredReason ? <p className="text-xs text-red-700">Retired: {v.retiredReason}</p> : null}
                </li>
              ))}
            </ol>
          </section>
        </aside>
      </div>
    </>
  );
}
