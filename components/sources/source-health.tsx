import Link from "next/link";
import { formatCount, formatDateTime } from "@/lib/core/format";
import { HEALTH_WINDOW_HOURS, conventionLabel, formatLabel, type HealthReason, type HealthRow, type SourceHealth } from "@/lib/sources/health";
import { DataTable, type Column } from "@/components/ui/data-table";
import { cx } from "@/components/ui/class-names";

const count = (n: number) => (n ? formatCount(n) : <span className="text-slate-400">0</span>);

const COLUMNS: Column<HealthRow>[] = [
  { header: "Format", cell: (r) => formatLabel(r.format), rowHeader: true },
  { header: "Convention", cell: (r) => conventionLabel(r.convention) },
  { header: "Stored", align: "right", cell: (r) => count(r.stored) },
  { header: "Sampled out", align: "right", cell: (r) => count(r.sampledOut) },
  { header: "Duplicate", align: "right", cell: (r) => count(r.duplicate) },
  { header: "Opted out", align: "right", cell: (r) => count(r.optedOut) },
  { header: "Rejected", align: "right", cell: (r) => count(r.rejected) },
  { header: "Ignored spans", align: "right", cell: (r) => count(r.ignored) },
];

function Step({ done, title, children }: { done: boolean; title: string; children: React.ReactNode }) {
  return (
    <li className="flex gap-3">
      <span aria-hidden className={cx("mt-0.5 flex size-5 shrink-0 items-center justify-center rounded-full text-xs", done ? "bg-emerald-600 text-white" : "border border-slate-300 text-slate-400")}>
        {done ? "✓" : ""}
      </span>
      <div>
        <p className="font-medium">
          {title} <span className="sr-only">{done ? "(done)" : "(to do)"}</span>
        </p>
        <div className="text-slate-600">{children}</div>
      </div>
    </li>
  );
}

function Reasons({ title, reasons }: { title: string; reasons: HealthReason[] }) {
  if (reasons.length === 0) return null;
  return (
    <div>
      <h3 className="mb-1 text-sm font-medium">{title}</h3>
      <ul aria-label={title} className="space-y-1 text-sm">
        {reasons.map((r) => (
          <li key={`${r.format}|${r.convention}|${r.reason}`} className="flex gap-3">
            <span className="w-16 shrink-0 text-right tabular-nums">{formatCount(r.count)}</span>
            <span>
              <code className="break-words font-mono text-xs">{r.reason}</code> <span className="text-slate-500">({formatLabel(r.format)}, {conventionLabel(r.convention)})</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * "Source health": when something last arrived, the way from a new source to its first
 * case in the queue, and the last 24 hours per format and convention with the reasons for
 * rejected records and ignored spans.
 */
export function SourceHealthPanel({ health, sampleRate }: { health: SourceHealth; sampleRate: number }) {
  const { steps } = health;
  const received = health.lastReceivedAt !== null;
  return (
    <div className="space-y-5 rounded-xl border border-slate-200 bg-white p-5 text-sm">
      <p>
        <span className="font-medium">Last record received:</span> {health.lastReceivedAt ? `${formatDateTime(health.lastReceivedAt)} UTC` : "nothing yet"}
        {health.lastStoredAt ? <span className="text-slate-600"> · last stored {formatDateTime(health.lastStoredAt)} UTC</span> : null}
      </p>
      <ol aria-label="From a new source to the first case" className="space-y-3">
        <Step done={steps.activeIngestKeys > 0} title="An ingest key">
          {steps.activeIngestKeys > 0 ? `${steps.activeIngestKeys} active.` : "Create one under API keys below; it is shown once."}
        </Step>
        <Step done={received} title="Your app sends its model calls">
          {received ? "Records arrive." : "Pick your library under Connect your app, set the OTLP variables with your key and run your app."}
        </Step>
        <Step done={steps.logs > 0} title="Records are stored">
          {steps.logs > 0
            ? `${formatCount(steps.logs)} sampled logs, redacted.`
            : received
              ? `Nothing stored yet: see below whether records were sampled out (the sample rate is ${sampleRate}), rejected or ignored.`
              : "Each record is sampled, redacted and stored."}
        </Step>
        <Step done={steps.cases > 0} title="A case is mined into the queue">
          {steps.cases > 0 ? (
            <>
              {formatCount(steps.cases)} cases, {formatCount(steps.pendingCases)} waiting.{" "}
              <Link href="/queue" className="underline">
                Open the queue
              </Link>
            </>
          ) : (
            "A case appears when a mining rule fires: a failure, low confidence, an escalation, negative feedback, the baseline share or a drift."
          )}
        </Step>
      </ol>
      <h3 className="text-sm font-medium">Last {HEALTH_WINDOW_HOURS} hours, by format and convention</h3>
      <DataTable
        variant="plain"
        caption={`Records in the last ${HEALTH_WINDOW_HOURS} hours`}
        columns={COLUMNS}
        rows={health.rows}
        rowKey={(r) => `${r.format}|${r.convention}`}
        empty={`Nothing received in the last ${HEALTH_WINDOW_HOURS} hours.`}
      />
      <Reasons title="Rejected, by reason" reasons={health.rejected} />
      <Reasons title="Ignored spans, by reason" reasons={health.ignored} />
    </div>
  );
}
