import { buttonClass } from "@/components/ui/button";

const FORMATS = [
  ["jsonl", "JSONL"],
  ["csv", "CSV"],
  ["promptfoo", "promptfoo tests"],
  ["openai-evals", "OpenAI evals"],
] as const;

/** One download link per export format, carrying the page's current filters. */
export function ExportLinks({ query }: { query: string }) {
  return (
    <div role="group" aria-label="Download" className="mt-4 flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-600">Download:</span>
      {FORMATS.map(([format, label]) => (
        <a
          key={format}
          href={`/api/v1/eval-set/export?format=${format}${query ? `&${query}` : ""}`}
          download
          className={buttonClass({ variant: "secondary", size: "sm" })}
        >
          Download {label}
        </a>
      ))}
    </div>
  );
}
