import type { CaseView } from "@/lib/triage/queries";
import { CASE_ORIGIN_LABEL, CATEGORY_LABEL } from "@/lib/core/labels";
import { countOf } from "@/lib/core/format";
import { cx } from "@/components/ui/class-names";
import { caseSignals, metadataFacts, type Signal } from "./case-signals";

const TONE: Record<Signal["tone"], string> = {
  danger: "border-red-200 bg-red-50 text-red-900",
  warning: "border-amber-200 bg-amber-50 text-amber-900",
  info: "border-sky-200 bg-sky-50 text-sky-900",
};

/** Why the case was mined and what the user said about the answer, as callouts above the conversation. */
export function CaseSignals({ view }: { view: CaseView }) {
  const signals = caseSignals(view.minedReasons, view.metadata);
  if (signals.length === 0) return null;
  return (
    <section aria-label="Why this case was mined">
      <ul className="grid gap-2 sm:grid-cols-2">
        {signals.map((signal, index) => (
          <li key={`${signal.title}-${index}`} className={cx("rounded-lg border px-3 py-2 text-sm", TONE[signal.tone])}>
            <p className="font-semibold">{signal.title}</p>
            {signal.detail ? <p className="break-words">{signal.detail}</p> : null}
            {signal.quote ? <blockquote className="mt-1 border-l-2 border-current/30 pl-2 break-words italic">“{signal.quote}”</blockquote> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Where the case belongs and the record's metadata, as labelled lines. */
export function CaseFacts({ view }: { view: CaseView }) {
  const facts = [
    { label: "Origin", value: CASE_ORIGIN_LABEL[view.origin] },
    { label: "Suggested category", value: view.suggestedCategory ? CATEGORY_LABEL[view.suggestedCategory] : "none" },
    { label: "Near-duplicates", value: view.nearDuplicates > 1 ? `${countOf(view.nearDuplicates, "similar record")} in this group` : "none (unique)" },
    { label: "Batch", value: view.batchWeek },
    { label: "Source", value: view.sourceName },
    ...metadataFacts(view.metadata, view.minedReasons),
  ];
  return (
    <section aria-label="About this case" className="rounded-xl border border-slate-200 bg-white p-4 text-sm">
      <dl className="grid grid-cols-[minmax(0,9rem)_minmax(0,1fr)] gap-x-3 gap-y-1.5">
        {facts.map((fact) => (
          <div key={fact.label} className="contents">
            <dt className="text-slate-600">{fact.label}</dt>
            <dd className="break-words">{fact.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
