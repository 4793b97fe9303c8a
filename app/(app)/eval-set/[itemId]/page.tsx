import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getEvalItemHistory } from "@/lib/evalset/queries";
import { CASE_ORIGIN_LABEL, CATEGORY_LABEL, miningReasonLabel } from "@/lib/core/labels";
import type { ChatMessage } from "@/lib/core/chat";
import { formatDateTimeSeconds } from "@/lib/core/format";
import { PageHeader } from "@/components/ui/page-header";
import { cx } from "@/components/ui/class-names";
import { Transcript } from "@/components/triage/transcript";
import { ItemEditor, RestoreItem } from "@/components/evalset/item-editor";
import { VersionDiff } from "@/components/evalset/version-diff";
import { ItemScrubber } from "@/components/privacy/item-scrubber";
import { editItemAction, redactItemAction, restoreItemAction, retireItemAction } from "../actions";

export const metadata: Metadata = { title: "Eval item" };

export default async function EvalItemPage({ params, searchParams }: { params: Promise<{ itemId: string }>; searchParams: Promise<{ version?: string | string[] }> }) {
  const user = await requirePagePermission("evalset:read");
  const { itemId } = await params;
  const history = /^[0-9a-f-]{36}$/i.test(itemId) ? await getEvalItemHistory(itemId) : null;
  if (!history) notFound();
  const { current, versions } = history;
  const asked = Number((await searchParams).version);
  // ?version=N opens an older version; anything else shows the latest.
  const viewed = versions.find((v) => v.version === asked) ?? current;
  const previous = versions.find((v) => v.version === viewed.version - 1);
  const isLatest = viewed.id === current.id;
  const retired = current.validTo !== null;
  const canEdit = can(user.role, "evalset:edit");
  const canScrub = can(user.role, "privacy:manage");
  const messages = ((viewed.input as { messages?: ChatMessage[] }).messages ?? []) as ChatMessage[];
  return (
    <>
      <PageHeader
        title={`Eval item · version ${viewed.version}${isLatest && retired ? " (retired)" : ""}`}
        description={CATEGORY_LABEL[viewed.category]}
        actions={
          <Link href="/eval-set" className="text-sm text-slate-700 underline">
            Back to the eval set
          </Link>
        }
      />
      {!isLatest ? (
        <p role="status" className="mb-4 flex flex-wrap items-center justify-between gap-2 rounded-lg border border-sky-200 bg-sky-50 px-4 py-2 text-sm text-sky-900">
          You are looking at version {viewed.version} of {current.version}, valid {formatDateTimeSeconds(viewed.validFrom)} → {viewed.validTo ? formatDateTimeSeconds(viewed.validTo) : "now"} UTC.
          <Link href={`/eval-set/${itemId}`} className="font-medium underline">
            Show the latest version
          </Link>
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-4">
          <section aria-labelledby="expected-heading" className="rounded-xl border border-slate-200 bg-white p-4">
            <h2 id="expected-heading" className="mb-1 text-sm font-semibold text-slate-700">
              Expected output
            </h2>
            {viewed.expectedEqualsProduction ? (
              <p role="note" className="mb-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
                Expected = production: this case was mined as a failure and its expected output is the production output unchanged.
              </p>
            ) : null}
            <p className="text-sm whitespace-pre-wrap wrap-anywhere">{viewed.expectedOutput}</p>
            {viewed.notes ? <p className="mt-2 text-sm break-words text-slate-600">Notes: {viewed.notes}</p> : null}
            {viewed.tags.length ? <p className="mt-1 text-sm text-slate-600">Tags: {viewed.tags.join(", ")}</p> : null}
          </section>
          {previous ? <VersionDiff before={previous} after={viewed} /> : null}
          {canScrub ? (
            <ItemScrubber itemId={itemId} action={redactItemAction}>
              <Transcript messages={messages} output={(viewed.productionOutput ?? null) as ChatMessage | null} />
            </ItemScrubber>
          ) : (
            <Transcript messages={messages} output={(viewed.productionOutput ?? null) as ChatMessage | null} />
          )}
          {canEdit && isLatest && !retired ? <ItemEditor key={current.version} item={current} edit={editItemAction} retire={retireItemAction} /> : null}
          {canEdit && isLatest && retired ? <RestoreItem item={current} restore={restoreItemAction} /> : null}
        </div>
        <aside className="min-w-0 space-y-4 text-sm">
          <section aria-labelledby="provenance-heading" className="rounded-xl border border-slate-200 bg-white p-4">
            <h2 id="provenance-heading" className="mb-2 font-semibold">
              Provenance
            </h2>
            <dl className="grid grid-cols-[minmax(0,8rem)_minmax(0,1fr)] gap-y-1">
              <dt className="text-slate-600">Source</dt>
              <dd>{current.source?.name ?? "deleted"}</dd>
              <dt className="text-slate-600">Origin</dt>
              <dd>{CASE_ORIGIN_LABEL[current.origin]}</dd>
              <dt className="text-slate-600">Mined because</dt>
              <dd>{current.minedReasons.map(miningReasonLabel).join(", ") || "—"}</dd>
              <dt className="text-slate-600">Batch</dt>
              <dd>{current.batch?.isoWeek ?? "—"}</dd>
              {/* Who accepted the case and when (version 1), then who wrote the version on screen:
                  one name beside the other's time would credit an editor with the accept. */}
              <dt className="text-slate-600">Accepted by</dt>
              <dd>{versions[versions.length - 1].reviewer.name}</dd>
              <dt className="text-slate-600">Accepted at</dt>
              <dd>{formatDateTimeSeconds(versions[versions.length - 1].labelledAt)} UTC</dd>
              {viewed.version > 1 ? (
                <>
                  <dt className="text-slate-600">Version {viewed.version} by</dt>
                  <dd>
                    {viewed.reviewer.name}, {formatDateTimeSeconds(viewed.labelledAt)} UTC
                  </dd>
                </>
              ) : null}
              <dt className="text-slate-600">Redaction</dt>
              <dd className="font-mono text-xs break-all">{current.redactionVersion}</dd>
            </dl>
          </section>
          <section aria-labelledby="history-heading" className="rounded-xl border border-slate-200 bg-white p-4">
            <h2 id="history-heading" className="mb-2 font-semibold">
              History
            </h2>
            <ol className="space-y-2">
              {versions.map((v) => (
                <li key={v.id} className={cx("rounded-md border p-2", v.id === viewed.id ? "border-slate-900" : "border-transparent")}>
                  <Link href={v.id === current.id ? `/eval-set/${itemId}` : `/eval-set/${itemId}?version=${v.version}`} aria-current={v.id === viewed.id ? "page" : undefined} className="font-medium underline decoration-slate-300">
                    Version {v.version} · {CATEGORY_LABEL[v.category]}
                  </Link>
                  <p className="text-xs text-slate-600">
                    {formatDateTimeSeconds(v.validFrom)} → {v.validTo ? formatDateTimeSeconds(v.validTo) : "now"} · {v.reviewer.name}
                  </p>
                  {v.retiredReason ? <p className="text-xs break-words text-red-700">Retired: {v.retiredReason}</p> : null}
                </li>
              ))}
            </ol>
          </section>
        </aside>
      </div>
    </>
  );
}
