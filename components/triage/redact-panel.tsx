"use client";

import { useActionState, useEffect, useRef, useState, type RefObject } from "react";
import type { ActionResult } from "@/lib/auth/guard";
import { ENTITY_TYPES } from "@/lib/redaction/types";
import { FormMessage } from "@/components/ui/form-message";

type RedactAction = (previous: ActionResult<{ placeholder: string }> | null, form: FormData) => Promise<ActionResult<{ placeholder: string }>>;

/**
 * Redaction audit by selection: select leaked text in the transcript, pick its type,
 * redact. The selection is read from the page (never sent anywhere but the action),
 * and `onRedacted` lets the form scrub the same text from fields being edited.
 */
export function RedactPanel({
  caseId,
  action,
  scope,
  onRedacted,
}: {
  caseId: string;
  action: RedactAction;
  scope: RefObject<HTMLElement | null>;
  onRedacted: (text: string, placeholder: string) => void;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const [selected, setSelected] = useState("");
  const submitted = useRef("");

  useEffect(() => {
    function onSelectionChange() {
      const selection = document.getSelection();
      const text = selection?.toString().trim() ?? "";
      if (text && selection?.anchorNode && scope.current?.contains(selection.anchorNode)) setSelected(text);
    }
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, [scope]);

  useEffect(() => {
    if (state?.ok && state.data && submitted.current) {
      onRedacted(submitted.current, state.data.placeholder);
      submitted.current = "";
      setSelected("");
    }
  }, [state, onRedacted]);

  return (
    <form
      action={formAction}
      onSubmit={() => (submitted.current = selected)}
      aria-label="Redact selection"
      className="flex flex-wrap items-end gap-2 rounded-xl border border-amber-200 bg-amber-50 p-3 text-sm"
    >
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="text" value={selected} />
      <p className="min-w-0 flex-1 text-slate-700">
        {selected ? (
          <>
            Selected: <span className="font-medium">{selected.length > 60 ? `${selected.slice(0, 59)}…` : selected}</span>
          </>
        ) : (
          "Spot personal data the redactor missed? Select it in the conversation, then redact it here."
        )}
      </p>
      <label className="flex flex-col gap-1 font-medium">
        Entity type
        <select name="type" defaultValue="PERSON" className="rounded-md border border-slate-300 bg-white px-2 py-1.5 font-normal">
          {ENTITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {type.replaceAll("_", " ").toLowerCase()}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={!selected || pending} className="rounded-md bg-amber-700 px-3 py-1.5 font-medium text-white disabled:opacity-50">
        Redact selection
      </button>
      <div className="basis-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
