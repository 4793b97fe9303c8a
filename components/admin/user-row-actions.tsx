"use client";

import { useState } from "react";
import type { FormAction } from "@/components/ui/action-outcome";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { FormMessage } from "@/components/ui/form-message";
import { Options, Select } from "@/components/ui/field";
import { ROLE_CHOICES, ROLE_LABEL } from "@/lib/core/labels";
import { countOf } from "@/lib/core/format";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";
import { useToast } from "@/components/ui/toast";
import type { Role } from "@/lib/generated/prisma/enums";

interface Row {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  held: number;
  decided: number;
}

/** A user's role (saved with its own button) and deactivation, which asks first and says what happens to their work. */
export function UserRowActions({ user, changeRole, setActive, isSelf }: { user: Row; changeRole: FormAction; setActive: FormAction; isSelf: boolean }) {
  const toast = useToast();
  const [role, setRole] = useState<string>(user.role);
  const { state, pending, form } = useFormAction(changeRole, { fields: ["role"], onSuccess: (result) => result.message && toast({ message: result.message }) });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <form {...form} className="flex items-center gap-2">
        <input type="hidden" name="userId" value={user.id} />
        <Select compact name="role" value={role} onChange={(event) => setRole(event.target.value)} aria-label={`Role for ${user.email}`}>
          <Options choices={ROLE_CHOICES} />
        </Select>
        <Button type="submit" variant="secondary" size="sm" disabled={pending || role === user.role} aria-label={`Save role for ${user.email}`}>
          Save role
        </Button>
      </form>
      {isSelf ? (
        // The server refuses to deactivate the signed-in admin, so no button offers it (a
        // confirmation that spells out a lock-out, then a refusal, would be two contradictions).
        <span className="text-xs text-slate-600">This is you: another admin can deactivate your account.</span>
      ) : user.active ? (
        <ConfirmAction
          trigger={{ label: "Deactivate", variant: "dangerOutline", "aria-label": `Deactivate ${user.email}` }}
          title={`Deactivate ${user.name}?`}
          impact={
            <ul className="list-disc space-y-1 pl-5">
              <li>
                {user.name} ({user.email}) is signed out on their next request and can&apos;t sign in again.
              </li>
              <li>
                {user.held > 0
                  ? `The ${countOf(user.held, "case")} ${user.name} is working on ${user.held === 1 ? "goes" : "go"} back to the queue within 10 minutes, when the claim expires.`
                  : `${user.name} holds no case in the queue right now.`}
              </li>
              <li>{user.decided > 0 ? `Their ${countOf(user.decided, "decision")} and the eval items they labelled stay.` : "Nothing they labelled is affected."} Reactivate them any time.</li>
            </ul>
          }
          confirmLabel={`Deactivate ${user.name}`}
          action={setActive}
          fields={{ userId: user.id, active: "false" }}
        />
      ) : (
        <ConfirmAction
          trigger={{ label: "Reactivate", variant: "successOutline", "aria-label": `Reactivate ${user.email}` }}
          title={`Reactivate ${user.name}?`}
          impact={<p>{user.name} can sign in again with their password, as {ROLE_LABEL[user.role]}.</p>}
          confirmLabel={`Reactivate ${user.name}`}
          confirmVariant="success"
          action={setActive}
          fields={{ userId: user.id, active: "true" }}
        />
      )}
      <FormMessage state={state && !state.ok ? state : null} />
    </div>
  );
}
