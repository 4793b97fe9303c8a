"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/errors/answers";
import { formatDateTime } from "@/lib/core/format";
import { FormMessage } from "@/components/ui/form-message";
import { Field, Input } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { ButtonForm } from "@/components/ui/button-form";
import { DataTable } from "@/components/ui/data-table";
import { SecretOnce } from "./secret-once";

type Action<T = undefined> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

interface KeyView {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** A source's ingest keys: create (shown once), revoke, last used. */
export function ApiKeys({ createAction, revokeAction, sourceId, keys }: { createAction: Action<{ apiKey: string }>; revokeAction: Action; sourceId: string; keys: KeyView[] }) {
  const [state, formAction, pending] = useActionState(createAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-5">
      <DataTable
        variant="plain"
        caption="API keys"
        className="mb-4"
        rows={keys}
        rowKey={(key) => key.id}
        columns={[
          { header: "Name", cell: (key) => key.name },
          { header: "Key", className: "font-mono text-xs", cell: (key) => `${key.prefix}…` },
          { header: "Created (UTC)", cell: (key) => formatDateTime(key.createdAt) },
          { header: "Last used (UTC)", cell: (key) => (key.lastUsedAt ? formatDateTime(key.lastUsedAt) : "never") },
          {
            header: "Status",
            cell: (key) =>
              key.revokedAt ? (
                <span className="text-slate-500">Revoked {formatDateTime(key.revokedAt)}</span>
              ) : (
                <ButtonForm action={revokeAction} fields={{ sourceId, keyId: key.id }} variant="dangerOutline" size="sm" aria-label={`Revoke key ${key.name}`}>
                  Revoke
                </ButtonForm>
              ),
          },
        ]}
      />
      <form action={formAction} aria-label="Create API key" className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="sourceId" value={sourceId} />
        <Field label="Key name" errors={errors?.name}>
          <Input name="name" required />
        </Field>
        <Button type="submit" disabled={pending}>
          Create API key
        </Button>
        <FormMessage state={state} />
      </form>
      {state?.ok && state.data ? (
        <div className="mt-3">
          <SecretOnce label="New API key" value={state.data.apiKey} />
        </div>
      ) : null}
    </div>
  );
}
