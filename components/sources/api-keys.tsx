"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/core/format";
import { FormMessage } from "@/components/ui/form-message";
import { buttonClass, Field, inputClass, SecretOnce } from "./fields";

type Action<T = undefined> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

interface KeyView {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

function RevokeKey({ action, sourceId, apiKey }: { action: Action; sourceId: string; apiKey: KeyView }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="flex items-center gap-2">
      <input type="hidden" name="sourceId" value={sourceId} />
      <input type="hidden" name="keyId" value={apiKey.id} />
      <button type="submit" disabled={pending} aria-label={`Revoke key ${apiKey.name}`} className="rounded-md border border-red-300 px-2 py-1 text-sm text-red-700 hover:bg-red-50">
        Revoke
      </button>
      <FormMessage state={state} />
    </form>
  );
}

/** A source's ingest keys: create (shown once), revoke, last used. */
export function ApiKeys({ createAction, revokeAction, sourceId, keys }: { createAction: Action<{ apiKey: string }>; revokeAction: Action; sourceId: string; keys: KeyView[] }) {
  const [state, formAction, pending] = useActionState(createAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-5">
      <table className="mb-4 w-full text-sm">
        <caption className="sr-only">API keys</caption>
        <thead className="text-left text-slate-600">
          <tr>
            <th className="py-1 font-medium">Name</th>
            <th className="py-1 font-medium">Key</th>
            <th className="py-1 font-medium">Created (UTC)</th>
            <th className="py-1 font-medium">Last used (UTC)</th>
            <th className="py-1 font-medium">Status</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key.id} className="border-t border-slate-100">
              <td className="py-2">{key.name}</td>
              <td className="py-2 font-mono text-xs">{key.prefix}…</td>
              <td className="py-2">{formatDateTime(key.createdAt)}</td>
              <td className="py-2">{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : "never"}</td>
              <td className="py-2">{key.revokedAt ? <span className="text-slate-500">Revoked {formatDateTime(key.revokedAt)}</span> : <RevokeKey action={revokeAction} sourceId={sourceId} apiKey={key} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form action={formAction} aria-label="Create API key" className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="sourceId" value={sourceId} />
        <Field label="Key name" errors={errors?.name}>
          <input name="name" required className={inputClass} />
        </Field>
        <button type="submit" disabled={pending} className={buttonClass}>
          Create API key
        </button>
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
