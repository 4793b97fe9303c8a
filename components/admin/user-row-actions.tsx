"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/guard";
import { FormMessage } from "@/components/ui/form-message";

type Action = (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;

export function UserRowActions({
  user,
  changeRole,
  setActive,
}: {
  user: { id: string; email: string; role: string; active: boolean };
  changeRole: Action;
  setActive: Action;
}) {
  const [roleState, roleAction, rolePending] = useActionState(changeRole, null);
  const [activeState, activeAction, activePending] = useActionState(setActive, null);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <form action={roleAction} className="flex items-center gap-2">
        <input type="hidden" name="userId" value={user.id} />
        <select name="role" defaultValue={user.role} aria-label={`Role for ${user.email}`} className="rounded-md border border-slate-300 px-2 py-1 text-sm">
          <option value="REVIEWER">Reviewer</option>
          <option value="LEAD">Lead</option>
          <option value="ADMIN">Admin</option>
        </select>
        <button type="submit" disabled={rolePending} className="rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100" aria-label={`Save role for ${user.email}`}>
          Save role
        </button>
      </form>
      <form action={activeAction}>
        <input type="hidden" name="userId" value={user.id} />
        <input type="hidden" name="active" value={user.active ? "false" : "true"} />
        <button
          type="submit"
          disabled={activePending}
          aria-label={`${user.active ? "Deactivate" : "Reactivate"} ${user.email}`}
          className={user.active ? "rounded-md border border-red-300 px-2 py-1 text-sm text-red-700 hover:bg-red-50" : "rounded-md border border-emerald-300 px-2 py-1 text-sm text-emerald-700 hover:bg-emerald-50"}
        >
          {user.active ? "Deactivate" : "Reactivate"}
        </button>
      </form>
      <FormMessage state={roleState} />
      <FormMessage state={activeState} />
    </div>
  );
}
