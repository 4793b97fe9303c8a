"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/auth/guard";
import { userActor } from "@/lib/audit/record";
import { CATEGORY_LABEL } from "@/lib/core/labels";
import { saveGuidelineSchema } from "@/lib/guidelines/schemas";
import { saveGuideline } from "@/lib/guidelines/store";

// A lead's guide for one category; reviewers see it beside the triage form.
export const saveGuidelineAction = authedAction("curation:manage", saveGuidelineSchema, async ({ input, user }) => {
  const { changed } = await saveGuideline(input.category, input.body, userActor(user));
  if (changed) {
    revalidatePath("/guidelines");
    revalidatePath("/queue");
  }
  return { ok: true, message: changed ? `Saved the ${CATEGORY_LABEL[input.category]} guide.` : "No change to save." };
});
