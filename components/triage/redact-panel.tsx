"use client";

import { useEffect, useRef, useState, type RefObject } from "react";
import { ENTITY_TYPES } from "@/lib/redaction/types";
import type { FormAction } from "@/components/ui/action-outcome";
import { FormMessage } from "@/components/ui/form-message";
import { Field, Options, Select } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";
import { entityTypeLabel } from "@/lib/core/labels";

/**
 * Redaction audit by selection: select leaked text in the transcript, pick its type,
 * redact. The selection is read from the page (never sent anywhere but the action),
 * and `onRedacted` lets the form scrub the same text from fields being edited.
 */
export function RedactPanel({
  target,
  action,
  scope,
  onRedacted,
}: {
  /** What is scrubbed: a case (triage) or an eval item (admins, after the decision). */
  target: { field: "caseId" | "itemId"; id: string };
  action: FormAction<{ placeholder: string }>;
  scope: RefObject<HTMLElement | null>;
  onRedacted: (text: string, placeholder: string) => void;
}) {
  const { state, pending, form } = useFormAction(action, { fields: ["type"] });
  const [selected, setSelected] = useState("");
  const [type, setType] = useState("PERSON");
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
      {...form}
      onSubmit={(event) => {
        submitted.current = selected;
        form.onSubmit(event);
      }}
      aria-label="Redact selection"
      className="flex flex-wrap items-end gap-2 rounded-xl border border-amber-200 bg-amber-50 p-3 text-sm"
    >
      <input type="hidden" name={target.field} value={target.id} />
      <input type="hidden" name="text" value={selected} />
      <p className="min-w-0 flex-1 basis-60 break-words text-slate-700">
        {selected ? (
          <>
            Selected: <span className="font-medium">{selected.length > 60 ? `${selected.slice(0, 59)}…` : selected}</span>
          </>
        ) : (
          "Spot personal data the redactor missed? Select it in the conversation, then redact it here."
        )}
      </p>
      <Field label="Entity type" errors={state && !state.ok ? state.fieldErrors?.type : undefined}>
        <Select compact name="type" value={type} onChange={(event) => setType(event.target.value)}>
          <Options choices={ENTITY_TYPES.map((entity) => ({ value: entity, label: entityTypeLabel(entity) }))} />
        </Select>
      </Field>
      <Button type="submit" variant="warning" size="sm" disabled={!selected || pending}>
        Redact selection
      </Button>
      <div className="basis-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
