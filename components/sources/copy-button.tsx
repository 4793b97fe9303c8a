"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * Copies `value` to the clipboard and says so. Where the clipboard API is refused (an
 * insecure origin), the text of the element `fallbackId` is selected instead, so a
 * Ctrl-C still copies it.
 */
export function CopyButton({ value, label, fallbackId }: { value: string; label: string; fallbackId?: string }) {
  const [copied, setCopied] = useState<"yes" | "select" | null>(null);
  return (
    <Button
      size="xs"
      variant="secondary"
      aria-label={`Copy ${label}`}
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(value);
          setCopied("yes");
        } catch {
          const element = fallbackId ? document.getElementById(fallbackId) : null;
          if (element) window.getSelection()?.selectAllChildren(element);
          setCopied("select");
        }
        window.setTimeout(() => setCopied(null), 2_500);
      }}
    >
      <span aria-live="polite">{copied === "yes" ? "Copied" : copied === "select" ? "Selected: press Ctrl-C" : "Copy"}</span>
    </Button>
  );
}
