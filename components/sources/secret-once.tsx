import type { ReactNode } from "react";
import { CopyButton } from "./copy-button";

/**
 * A one-time secret (a new API key) with a Copy button, and what to do with it (`children`:
 * the endpoint and a ready snippet). Only its hash is stored, so it can't be shown again.
 */
export function SecretOnce({ label, value, children }: { label: string; value: string; children?: ReactNode }) {
  return (
    <div className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
      <div>
        <p className="font-medium">{label} (shown once; store it in your secret manager now)</p>
        <div className="mt-1 flex flex-wrap items-center gap-2">
          <code id={`secret-${value.slice(0, 11)}`} aria-label={label} className="block break-all font-mono text-xs">
            {value}
          </code>
          <CopyButton value={value} label={label} fallbackId={`secret-${value.slice(0, 11)}`} />
        </div>
      </div>
      {children}
    </div>
  );
}
