"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/errors/answers";
import { FormMessage } from "@/components/ui/form-message";
import { Options, Select } from "@/components/ui/field";
import { ROLE_CHOICES } from "@/lib/core/labels";
import { Button } from "@/components/ui/button";

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
        <Select compact name="role" defaultValue={user.role} aria-label={`Role for ${user.email}`}>
          <Options choices={ROLE_CHOICES} />
        </Select>
        <Button type="submit" variant="secondary" size="sm" disabled={rolePending} aria-label={`Save role for ${user.email}`}>
          Save role
        </Button>
      </form>
      <form action={activeAction}>
        <input type="hidden" name="userId" value={user.id} />
        <input type="hidden" name="active" value={user.active ? "false" : "true"} />
        <Button
          type="submit"
          variant={user.active ? "dangerOutline" : "successOutline"}
          size="sm"
          disabled={activePending}
          aria-label={`${user.active ? "Deactivate" : "Reactivate"} ${user.email}`}
        >
          {user.active ? "Deactivate" : "Reactivate"}
        </Button>
      </form>
      <FormMessage state={roleState} />
      <FormMessage state={activeState} />
    </div>
  );
}
