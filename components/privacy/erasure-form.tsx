"use client";

import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/errors/answers";
import type { ErasureReceipt } from "@/lib/privacy/erasure";
import { formatCount } from "@/lib/core/format";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

type Action = (previous: ActionResult<ErasureReceipt> | null, form: FormData) => Promise<ActionResult<ErasureReceipt>>;

function ReceiptList({ receipt }: { receipt: ErasureReceipt }) {
  const rows: Array<[string, number]> = [
    ["Source logs", receipt.sourceLogs],
    ["Pending or discarded cases", receipt.cases],
    ["Accepted eval items (retired, text erased)", receipt.evalItems],
    ["Accepted cases", receipt.acceptedCases],
  ];
  return (
    <dl aria-label={receipt.dryRun ? "What an erasure would remove" : "What was erased"} className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
      {rows.map(([label, n]) => (
        <div key={label} className="contents">
          <dt className="text-slate-600">{label}</dt>
          <dd className="font-medium tabular-nums">{formatCount(n)}</dd>
        </div>
      ))}
      <dt className="text-slate-600">On the opt-out list before</dt>
      <dd className="font-medium">{receipt.alreadyOptedOut ? "yes" : "no"}</dd>
    </dl>
  );
}

/**
 * Erasure in two steps: a dry run counts what would go, then the destructive button
 * appears for that same id, saying it cannot be undone. The typed id is kept on errors.
 */
export function ErasureForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, null);
  const [userId, setUserId] = useState("");
  const [previewedFor, setPreviewedFor] = useState<string | null>(null);
  const receipt = state?.ok ? state.data : undefined;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const previewed = receipt?.dryRun && previewedFor === userId;
  return (
    <form action={formAction} aria-label="Erase an end user" className="grid max-w-2xl gap-4 rounded-xl border border-slate-200 bg-white p-5">
      <Field label="End-user id" hint="As your app sends it; Evalmine never stored it, only its keyed hash." errors={errors?.userId}>
        <Input name="userId" required autoComplete="off" value={userId} onChange={(e) => setUserId(e.target.value)} />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" name="dryRun" value="true" variant="secondary" disabled={pending || userId.trim() === ""} onClick={() => setPreviewedFor(userId)}>
          Preview (dry run)
        </Button>
        {previewed ? (
          <Button type="submit" variant="danger" disabled={pending}>
            Erase this end user (cannot be undone)
          </Button>
        ) : null}
        <FormMessage state={state} />
      </div>
      {receipt ? <ReceiptList receipt={receipt} /> : null}
    </form>
  );
}
