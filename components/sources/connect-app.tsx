"use client";

import { useId, useState, type KeyboardEvent } from "react";
import type { SetupSnippet } from "@/lib/sources/setup-snippets";
import { cx } from "@/components/ui/class-names";
import { CodeBlock } from "./code-block";

/**
 * "Connect your app": one tab per library (OTLP variables, OpenInference, OpenLLMetry, the
 * AI SDK, the Langfuse SDK, native curl), each with its copy-paste snippet. Arrow keys move
 * between tabs, as in any tablist.
 */
export function ConnectApp({ snippets }: { snippets: SetupSnippet[] }) {
  const [selected, setSelected] = useState(0);
  const id = useId();
  const snippet = snippets[selected];
  const move = (event: KeyboardEvent<HTMLButtonElement>) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = (selected + step + snippets.length) % snippets.length;
    setSelected(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };
  return (
    <div>
      <div role="tablist" aria-label="Libraries" className="flex flex-wrap gap-1 border-b border-slate-200">
        {snippets.map((s, i) => (
          <button
            key={s.id}
            id={`${id}-tab-${i}`}
            type="button"
            role="tab"
            aria-selected={i === selected}
            aria-controls={`${id}-panel`}
            tabIndex={i === selected ? 0 : -1}
            onClick={() => setSelected(i)}
            onKeyDown={move}
            className={cx("-mb-px rounded-t-md border px-3 py-1.5 text-sm", i === selected ? "border-slate-200 border-b-white bg-white font-medium" : "border-transparent text-slate-600 hover:text-slate-900")}
          >
            {s.title}
          </button>
        ))}
      </div>
      <div id={`${id}-panel`} role="tabpanel" aria-labelledby={`${id}-tab-${selected}`} className="space-y-2 pt-3">
        <p className="text-sm text-slate-700">{snippet.note}</p>
        <CodeBlock label={`${snippet.title} setup`} code={snippet.code} />
      </div>
    </div>
  );
}
