"use client";

import type { FormAction } from "@/components/ui/action-outcome";
import { useFormAction } from "@/components/ui/use-form-action";
import { useFields } from "@/components/ui/use-fields";
import { formatDateTime } from "@/lib/core/format";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { DataTable } from "@/components/ui/data-table";
import { Field, Input } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { SecretOnce } from "@/components/sources/secret-once";

interface ErasureKey {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/**
 * Erasure API keys: create one (shown once, with the request to send) and revoke them. A
 * blank or refused name is marked by the server's message, in the app's style.
 */
export function ErasureKeys({ keys, create, revoke, endpoint }: { keys: ErasureKey[]; create: FormAction<{ key: string; prefix: string }>; revoke: FormAction; endpoint: string }) {
  const { field, reset } = useFields({ name: "" });
  const { state, pending, form } = useFormAction(create, { fields: ["name"], onSuccess: () => reset() });
  const created = state?.ok ? state.data : undefined;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <div className="space-y-4">
      <form {...form} noValidate aria-label="Create an erasure key" className="grid max-w-2xl gap-3 rounded-xl border border-slate-200 bg-white p-5">
        <Field label="Key name" hint="Erasure keys belong to no source: they erase an end user everywhere, and can do nothing else." errors={errors?.name}>
          <Input {...field("name")} aria-required="true" maxLength={80} />
        </Field>
        <FormActions submitLabel="Create erasure key" pending={pending} state={state} />
        {created ? (
          <SecretOnce label="Erasure API key" value={created.key}>
            <pre className="overflow-x-auto rounded bg-white p-2 text-xs">{`curl -sS -X POST ${endpoint} \\\n  -H "Authorization: Bearer <key>" -H "Content-Type: application/json" \\\n  -d '{"userId": "<the end user's id>", "dryRun": true}'`}</pre>
          </SecretOnce>
        ) : null}
      </form>
      <DataTable
        caption="Erasure keys"
        rows={keys}
        rowKey={(k) => k.id}
        empty="No erasure keys yet."
        columns={[
          { header: "Name", cell: (k) => k.name, rowHeader: true },
          { header: "Prefix", cell: (k) => <code className="text-xs">{k.prefix}</code> },
          { header: "Created", cell: (k) => formatDateTime(k.createdAt) },
          { header: "Last used", cell: (k) => (k.lastUsedAt ? formatDateTime(k.lastUsedAt) : "never") },
          {
            header: "Status",
            cell: (k) =>
              k.revokedAt ? (
                `revoked ${formatDateTime(k.revokedAt)}`
              ) : (
                <ConfirmAction
                  title={`Revoke ${k.name}?`}
                  impact={<p>Erasure requests sent with the key {k.prefix}… are refused from now on. Erasures already done stay done.</p>}
                  confirmLabel="Revoke key"
                  action={revoke}
                  fields={{ keyId: k.id }}
                  trigger={{ label: "Revoke", variant: "dangerOutline", "aria-label": `Revoke ${k.name}` }}
                />
              ),
          },
        ]}
      />
    </div>
  );
}
