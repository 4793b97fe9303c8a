"use server";

import { revalidatePath } from "next/cache";
import { ActionError, authedAction } from "@/lib/auth/guard";
import { userActor } from "@/lib/audit/record";
import { addCustomRuleSchema, builtInRulesSchema, createApiKeySchema, createSourceSchema, revokeApiKeySchema, ruleIdSchema, updateSourceSchema } from "@/lib/sources/schemas";
import { createSource, createSourceApiKey, revokeSourceApiKey, SourceRuleError, updateSource } from "@/lib/sources/service";
import { addCustomRule, deleteCustomRule, saveBuiltInRules } from "@/lib/sources/rules-service";

/** Rule errors with a field become field errors; others a form-level message. */
async function asResult<T>(work: () => Promise<T>) {
  try {
    return { ok: true as const, value: await work() };
  } catch (error) {
    if (error instanceof SourceRuleError) {
      if (error.field) return { ok: false as const, error: "Please correct the highlighted fields.", fieldErrors: { [error.field]: [error.message] } };
      throw new ActionError(error.message);
    }
    throw error;
  }
}

export const createSourceAction = authedAction("sources:manage", createSourceSchema, async ({ input, user }) => {
  const result = await asResult(async () => {
    const source = await createSource(input, userActor(user));
    const key = await createSourceApiKey(source.id, "default", userActor(user));
    return { id: source.id, name: source.name, apiKey: key.key };
  });
  if (!result.ok) return result;
  revalidatePath("/admin/sources");
  return { ok: true, message: `Created source ${result.value.name}.`, data: result.value };
});

export const updateSourceAction = authedAction("sources:manage", updateSourceSchema, async ({ input, user }) => {
  const result = await asResult(() => updateSource(input, userActor(user)));
  if (!result.ok) return result;
  revalidatePath("/admin/sources");
  revalidatePath(`/admin/sources/${input.sourceId}`);
  return { ok: true, message: "Source saved." };
});

export const createApiKeyAction = authedAction("sources:manage", createApiKeySchema, async ({ input, user }) => {
  const result = await asResult(() => createSourceApiKey(input.sourceId, input.name, userActor(user)));
  if (!result.ok) return result;
  revalidatePath(`/admin/sources/${input.sourceId}`);
  return { ok: true, message: "API key created. Copy it now: it is shown only once.", data: { apiKey: result.value.key } };
});

export const revokeApiKeyAction = authedAction("sources:manage", revokeApiKeySchema, async ({ input, user }) => {
  const result = await asResult(() => revokeSourceApiKey(input.sourceId, input.keyId, userActor(user)));
  if (!result.ok) return result;
  revalidatePath(`/admin/sources/${input.sourceId}`);
  return { ok: true, message: "API key revoked." };
});

export const saveRulesAction = authedAction("sources:manage", builtInRulesSchema, async ({ input, user }) => {
  const result = await asResult(() => saveBuiltInRules(input, userActor(user)));
  if (!result.ok) return result;
  revalidatePath(`/admin/sources/${input.sourceId}`);
  return { ok: true, message: "Mining rules saved." };
});

export const addCustomRuleAction = authedAction("sources:manage", addCustomRuleSchema, async ({ input, user }) => {
  const result = await asResult(() => addCustomRule(input, userActor(user)));
  if (!result.ok) return result;
  revalidatePath(`/admin/sources/${input.sourceId}`);
  return { ok: true, message: `Rule "${input.name}" added.` };
});

export const deleteCustomRuleAction = authedAction("sources:manage", ruleIdSchema, async ({ input, user }) => {
  const result = await asResult(() => deleteCustomRule(input.sourceId, input.ruleId, userActor(user)));
  if (!result.ok) return result;
  revalidatePath(`/admin/sources/${input.sourceId}`);
  return { ok: true, message: "Rule deleted." };
});
