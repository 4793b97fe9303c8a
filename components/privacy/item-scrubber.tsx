"use client";

import { useCallback, useRef, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import type { FormAction } from "@/components/ui/action-outcome";
import { RedactPanel } from "@/components/triage/redact-panel";

/**
 * An eval item's conversation with "Redact selection" for admins: a leak found after the
 * decision is scrubbed from the item's every version, its case and the case's logs.
 */
export function ItemScrubber({ itemId, action, children }: { itemId: string; action: FormAction<{ placeholder: string }>; children: ReactNode }) {
  const scope = useRef<HTMLDivElement>(null);
  const router = useRouter();
  const onRedacted = useCallback(() => router.refresh(), [router]);
  return (
    <div className="space-y-3">
      <div ref={scope}>{children}</div>
      <RedactPanel target={{ field: "itemId", id: itemId }} action={action} scope={scope} onRedacted={onRedacted} />
    </div>
  );
}
