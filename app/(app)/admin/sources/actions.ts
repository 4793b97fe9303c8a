"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/auth/guard";
import { userActor } from "@/lib/audit/record";
import { addCustomRuleSchema, builtInRulesSchema, createApiKeySchema, createSourceSchema, revokeApiKeySchema, ruleIdSchema, updateSourceSchema } from "@/lib/sources/schemas";
import { createSource, createSourceApiKey, revokeSourceApiKey, updateSource } from "@/lib/sources/service";
import { addCustomRule, deleteCustomRule, saveBuiltInRules } from "@/lib/sources/rules-service";

export const createSourceAction = authedAction("sources:manage", createSourceSchema, async ({ input, user }) => {
  const value = await (async () => {
    const source = await createSource(input, userActor(user));
    const key = await createSourceApiKey(source.id, "default", userActor(user));
    return { id: source.id, name: source.name, apiKey: key.key, scopes: key.scopes };
  })();
  revalidatePath("/admin/sources");
  return { ok: true, message: `Created source ${value.name}.`, data: value };
});

export const updateSourceAction = authedAction("sources:manage", updateSourceSchema, async ({ input, user }) => {
  await updateSource(input, userActor(user));
  revalidatePath("/admin/sources");
  revalidatePath(`/admin/sources/${input.sourceId}`);
  return { ok: true, message: "Source saved." };
});

export const createApiKeyAction = authedAction("sources:manage", createApiKeySchema, async ({ input, user }) => {
  const value = await createSourceApiKey(input.sourceId, input.name, userActor(user), [input.scope]);
  revalidatePath(`/admin/sources/${input.sourceId}`);
  return { ok: true, message: "API key created. Copy it now: it is shown only once.", data: { apiKey: value.key, scopes: value.scopes } };
});

export const revokeApiKeyAction = authedAction("sources:manage", revokeApiKeySchema, async ({ input, user }) => {
  await revokeSourceApiKey(input.sourceId, input.keyId, userActor(user));
  revalidatePath(`/admin/sources/${input.sourceId}`);
  return { ok: true, message: "API key revoked." };
});

export const saveRulesAction = authedAction("sources:manage", builtInRulesSchema, async ({ input, user }) => {
  await saveBuiltInRules(input, userActor(user));
  revalidatePath(`/admin/sources/${input.sourceId}`);
  return { ok: true, message: "Mining rules saved." };
});

export const addCustomRuleAction = authedAction("sources:manage", addCustomRuleSchema, async ({ input, user }) => {
  await addCustomRule(input, userActor(user));
  revalidatePath(`/admin/sources/${input.sourceId}`);
  return { ok: true, message: `Rule "${input.name}" added.` };
});

export const deleteCustomRuleAction = authedAction("sources:manage", ruleIdSchema, async ({ input, user }) => {
  await deleteCustomRule(input.sourceId, input.ruleId, userActor(user));
  revalidatePath(`/admin/sources/${input.sourceId}`);
  return { ok: true, message: "Rule deleted." };
});
