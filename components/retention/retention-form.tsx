"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import type { RetentionImpact } from "@/lib/retention/impact";
import { countOf, formatDateTime, formatTime, isoDay } from "@/lib/core/format";
import type { FormAction } from "@/components/ui/action-outcome";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormActions } from "@/components/ui/form-actions";
import { Field, Input, Textarea } from "@/components/ui/field";
import { useFields } from "@/components/ui/use-fields";
import { useFormAction } from "@/components/ui/use-form-action";

type Source = { id: string; name: string; retentionDays: number | null; retentionPolicy: string | null; storedLogs: number; oldestLogAt: Date | null };

/** The confirmation's body: what the next purge deletes under the shorter period, in numbers and times. */
function ImpactText({ source, impact }: { source: Source; impact: RetentionImpact }) {
  if (impact.logs === 0) {
    return (
      <p>
        No stored log of {source.name} is older than {countOf(impact.retentionDays, "day")}, so nothing is deleted now. From now on its logs are kept {countOf(impact.retentionDays, "day")}.
      </p>
    );
  }
  return (
    <ul className="list-disc space-y-1 pl-5">
      <li>
        <strong>
          {countOf(impact.logs, "log")} older than {countOf(impact.retentionDays, "day")}
        </strong>{" "}
        (received before {formatDateTime(impact.cutoff)} UTC) will be deleted at the next purge, {formatTime(impact.nextPurgeAt)} UTC.
      </li>
      <li>{impact.cases > 0 ? `${countOf(impact.cases, "case")} mined from them that no reviewer accepted ${impact.cases === 1 ? "goes" : "go"} with them.` : "No pending or discarded case goes with them."}</li>
      <li>Accepted eval items keep their own redacted copy. Deleted logs can&apos;t be brought back.</li>
    </ul>
  );
}

/**
 * One source's retention period and policy; saving is audited with old and new values.
 * A shorter period first shows what the next purge will delete and asks to confirm.
 */
export function RetentionForm({ action, impactOf, source }: { action: FormAction; impactOf: (input: { sourceId: string; retentionDays: number }) => Promise<RetentionImpact>; source: Source }) {
  const { values, field } = useFields({ retentionDays: source.retentionDays === null ? "" : String(source.retentionDays), retentionPolicy: source.retentionPolicy ?? "" });
  const { state, pending, form, formRef } = useFormAction(action, { fields: ["retentionDays", "retentionPolicy"] });
  const [impact, setImpact] = useState<RetentionImpact | null>(null);
  const [checking, setChecking] = useState(false);
  const [impactError, setImpactError] = useState<string | null>(null);
  const confirmed = useRef(false);
  const refocus = useRef(false);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const days = Number(values.retentionDays);
  const shortens = source.retentionDays !== null && Number.isInteger(days) && days >= 1 && days < source.retentionDays;

  // Save is disabled (so it loses the focus) while the impact loads; when the confirmation is
  // cancelled, the focus goes back to it instead of falling to <body>. Runs after the dialog's
  // own effect has closed it, when the page is no longer inert.
  useEffect(() => {
    if (impact !== null || !refocus.current) return;
    refocus.current = false;
    formRef.current?.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
  }, [impact, formRef]);
  const cancel = () => {
    refocus.current = true;
    setImpact(null);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    if (!shortens || confirmed.current) {
      confirmed.current = false;
      form.onSubmit(event);
      return;
    }
    event.preventDefault();
    setChecking(true);
    setImpactError(null);
    try {
      setImpact(await impactOf({ sourceId: source.id, retentionDays: days }));
    } catch {
      setImpactError("What a shorter period would delete couldn't be worked out; nothing was saved. Try again.");
    } finally {
      setChecking(false);
    }
  };

  return (
    // noValidate: a period out of range gets the server's message under the field, marked and
    // focused like every other form, not the browser's bubble.
    <form {...form} onSubmit={onSubmit} noValidate aria-label={`Retention for ${source.name}`} className="grid gap-3 rounded-xl border border-slate-200 bg-white p-5 sm:grid-cols-[12rem_minmax(0,1fr)]">
      <input type="hidden" name="sourceId" value={source.id} />
      <div className="flex flex-wrap items-baseline gap-x-3 sm:col-span-2">
        <h2 className="font-medium">{source.name}</h2>
        <p className="text-xs text-slate-600">
          {countOf(source.storedLogs, "log")} stored (as of the last dashboard refresh)
          {source.oldestLogAt ? `; oldest received ${isoDay(source.oldestLogAt)}` : ""}
        </p>
      </div>
      <Field label="Retention (days)" errors={errors?.retentionDays} hint={shortens ? `Shorter than now (${countOf(source.retentionDays ?? 0, "day")}): you'll see what gets deleted before saving.` : undefined}>
        <Input {...field("retentionDays")} type="number" min={1} max={3650} inputMode="numeric" />
      </Field>
      <Field label="Policy" errors={errors?.retentionPolicy}>
        <Textarea {...field("retentionPolicy")} rows={3} />
      </Field>
      <FormActions submitLabel={checking ? "Checking…" : "Save retention"} pending={pending || checking} state={state} className="sm:col-span-2">
        {impactError ? (
          <p role="alert" className="text-sm text-red-700">
            {impactError}
          </p>
        ) : null}
      </FormActions>
      <Dialog open={impact !== null} onClose={cancel} title={`Shorten ${source.name}'s retention to ${countOf(days, "day")}?`}>
        {impact ? (
          <div className="space-y-4 text-sm text-slate-700">
            <ImpactText source={source} impact={impact} />
            <div className="flex flex-wrap justify-end gap-2">
              <Button variant="secondary" size="sm" onClick={cancel}>
                Cancel
              </Button>
              <Button
                variant="danger"
                size="sm"
                onClick={() => {
                  setImpact(null);
                  confirmed.current = true;
                  formRef.current?.requestSubmit();
                }}
              >
                Shorten to {countOf(days, "day")}
              </Button>
            </div>
          </div>
        ) : null}
      </Dialog>
    </form>
  );
}
