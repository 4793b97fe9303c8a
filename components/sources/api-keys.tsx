"use client";

import { useState } from "react";
import type { ActionResult } from "@/lib/errors/answers";
import type { ApiScope } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/core/format";
import type { FormAction } from "@/components/ui/action-outcome";
import { useFormAction } from "@/components/ui/use-form-action";
import { useFields } from "@/components/ui/use-fields";
import { FormMessage } from "@/components/ui/form-message";
import { Field, Input, Options, Select } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { DataTable } from "@/components/ui/data-table";
import { NewKey } from "./new-key";

interface KeyView {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

type Created = { apiKey: string; scopes: ApiScope[] };

const SCOPES = [
  { value: "ingest", label: "ingest: send logs and traces" },
  { value: "evalset:read", label: "evalset:read: export the eval set (CI)" },
];

/** What revoking a key stops, in the key's own terms (its scopes, its last use). */
function revokeImpact(key: KeyView) {
  const uses = [
    key.scopes.includes("ingest") ? "apps and collectors sending with it get 403 from their next request, and nothing they send is stored until they switch to a new key" : null,
    key.scopes.includes("evalset:read") ? "exports using it (CI jobs, scripts) get 403" : null,
  ].filter(Boolean);
  return (
    <div className="space-y-2">
      <p>
        The key <strong>{key.name}</strong> (<code className="font-mono text-xs">{key.prefix}…</code>) stops working: from now on {uses.join("; ")}.
      </p>
      <p>{key.lastUsedAt ? `It was last used ${formatDateTime(key.lastUsedAt)} UTC.` : "It has never been used."} Revoking can&apos;t be undone: create a new key first if something still needs one.</p>
    </div>
  );
}

/** A source's API keys: create (shown once, with a ready snippet), scopes, last use, revoke behind a confirmation. */
export function ApiKeys({
  createAction,
  revokeAction,
  sourceId,
  keys,
  origin,
}: {
  createAction: FormAction<Created>;
  revokeAction: FormAction;
  sourceId: string;
  keys: KeyView[];
  origin: string;
}) {
  const { field, reset } = useFields({ name: "", scope: "ingest" });
  const [created, setCreated] = useState<Created | null>(null);
  const { state, pending, form } = useFormAction(createAction, {
    fields: ["name", "scope"],
    onSuccess: (result: Extract<ActionResult<Created>, { ok: true }>) => {
      setCreated(result.data ?? null);
      reset();
    },
  });
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
          { header: "Scopes", cell: (key) => key.scopes.join(", ") },
          { header: "Created (UTC)", cell: (key) => formatDateTime(key.createdAt) },
          { header: "Last used (UTC)", cell: (key) => (key.lastUsedAt ? formatDateTime(key.lastUsedAt) : "never") },
          {
            header: "Status",
            cell: (key) =>
              key.revokedAt ? (
                <span className="text-slate-500">Revoked {formatDateTime(key.revokedAt)}</span>
              ) : (
                <ConfirmAction
                  trigger={{ label: "Revoke", variant: "dangerOutline", "aria-label": `Revoke key ${key.name}` }}
                  title={`Revoke the key "${key.name}"?`}
                  impact={revokeImpact(key)}
                  confirmLabel="Revoke key"
                  action={revokeAction}
                  fields={{ sourceId, keyId: key.id }}
                />
              ),
          },
        ]}
      />
      <form {...form} noValidate aria-label="Create API key" className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="sourceId" value={sourceId} />
        <Field label="Key name" errors={errors?.name}>
          <Input {...field("name")} aria-required="true" />
        </Field>
        <Field label="Scope" errors={errors?.scope}>
          <Select {...field("scope")}>
            <Options choices={SCOPES} />
          </Select>
        </Field>
        <Button type="submit" disabled={pending}>
          Create API key
        </Button>
        <FormMessage state={state} />
      </form>
      {created ? (
        <div className="mt-3">
          <NewKey label="New API key" apiKey={created.apiKey} scopes={created.scopes} origin={origin} />
        </div>
      ) : null}
    </div>
  );
}
