"use client";

/**
 * Admin redaction preview: paste text, see every detected entity highlighted with its
 * type, and the redacted result. The analysis runs on the server: the page passes an
 * admin-only server action as `analyze` (this component never imports the engine).
 */
import { useId, useState, useTransition } from "react";
import type { PreviewResult } from "@/lib/redaction/preview-types";
import { Field, Textarea } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export interface RedactionPreviewProps {
  analyze: (text: string) => Promise<PreviewResult>;
}

// One colour per entity family, so a glance tells names from numbers from secrets.
const TYPE_STYLES: Record<string, string> = {
  PERSON: "bg-amber-100 text-amber-900 ring-amber-300",
  LOCATION: "bg-emerald-100 text-emerald-900 ring-emerald-300",
  EMAIL_ADDRESS: "bg-sky-100 text-sky-900 ring-sky-300",
  PHONE_NUMBER: "bg-sky-100 text-sky-900 ring-sky-300",
  SECRET: "bg-red-100 text-red-900 ring-red-300",
};
const DEFAULT_STYLE = "bg-violet-100 text-violet-900 ring-violet-300";

/** Client form that previews redaction through the `analyze` server call. */
export function RedactionPreview({ analyze }: RedactionPreviewProps) {
  const id = useId();
  const [text, setText] = useState("");
  const [result, setResult] = useState<PreviewResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    startTransition(async () => {
      try {
        setResult(await analyze(text));
      } catch {
        // The server returns no detail on purpose (it may not echo the text back).
        setError("Redaction failed. Please try again.");
      }
    });
  }

  return (
    <div className="flex flex-col gap-6">
      <form onSubmit={onSubmit} className="flex flex-col gap-3">
        <Field label="Text to redact">
          <Textarea value={text} onChange={(e) => setText(e.target.value)} rows={8} className="font-mono" />
        </Field>
        <div>
          <Button type="submit" disabled={pending || text.length === 0}>
            {pending ? "Redacting…" : "Redact"}
          </Button>
        </div>
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
      </form>

      {result && (
        <div className="flex flex-col gap-6">
          <section aria-labelledby={`${id}-entities`} className="flex flex-col gap-2">
            <h2 id={`${id}-entities`} className="text-base font-semibold text-slate-900">
              Detected entities ({result.segments.filter((s) => s.kind === "entity").length})
            </h2>
            <p className="whitespace-pre-wrap break-words rounded-md border border-slate-200 bg-white p-3 font-mono text-sm leading-7">
              {result.segments.map((segment, i) =>
                segment.kind === "text" ? (
                  <span key={i}>{segment.text}</span>
                ) : (
                  <mark
                    key={i}
                    title={`${segment.type} (score ${segment.score.toFixed(2)})`}
                    className={`rounded px-1 ring-1 ${TYPE_STYLES[segment.type] ?? DEFAULT_STYLE}`}
                  >
                    {segment.text}
                    <span className="ml-1 align-super text-[0.65rem] font-semibold uppercase tracking-wide">{segment.type}</span>
                  </mark>
                ),
              )}
            </p>
            {result.truncated && <p className="text-sm text-amber-800">The text exceeded the size limit and was truncated.</p>}
          </section>
          <section aria-labelledby={`${id}-redacted`} className="flex flex-col gap-2">
            <h2 id={`${id}-redacted`} className="text-base font-semibold text-slate-900">
              Redacted result
            </h2>
            <pre aria-label="Redacted result" className="whitespace-pre-wrap break-words rounded-md border border-slate-200 bg-slate-50 p-3 font-mono text-sm">
              {result.redacted}
            </pre>
            <p className="text-xs text-slate-500">Redaction version {result.redactionVersion}</p>
          </section>
        </div>
      )}
    </div>
  );
}
