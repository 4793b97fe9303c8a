"use client";

import { useId } from "react";
import { CopyButton } from "./copy-button";

/** A block of code or configuration with a Copy button; `label` names it (for the button and screen readers). */
export function CodeBlock({ label, code }: { label: string; code: string }) {
  const id = useId();
  return (
    <div className="relative rounded-md border border-slate-200 bg-slate-50">
      <div className="absolute right-2 top-2">
        <CopyButton value={code} label={label} fallbackId={id} />
      </div>
      <pre id={id} aria-label={label} className="overflow-x-auto whitespace-pre p-3 pr-24 font-mono text-xs text-slate-800">
        {code}
      </pre>
    </div>
  );
}
