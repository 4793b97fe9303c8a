"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/auth/guard";
import { userActor } from "@/lib/audit/record";
import { addCuratedCases } from "@/lib/curation/add-cases";
import { importCases, type ImportResult } from "@/lib/curation/import-cases";
import { formCase } from "@/lib/curation/form-case";
import { addCaseFormSchema, importFormSchema } from "@/lib/curation/schemas";
import { CASE_ORIGIN_LABEL } from "@/lib/core/labels";
import { countOf } from "@/lib/core/format";

// One case written by hand: the same checks as an imported line, then into the queue.
export const addCaseAction = authedAction("curation:manage", addCaseFormSchema, async ({ input, user }) => {
  const parsed = formCase(input);
  if (!parsed.ok) return parsed.failure;
  const { batchWeek } = await addCuratedCases([parsed.value], { sourceId: input.sourceId, origin: input.origin }, userActor(user), { action: "case.added" });
  revalidatePath("/queue");
  return { ok: true, message: `Added a ${CASE_ORIGIN_LABEL[input.origin].toLowerCase()} case to the queue (${batchWeek}).` };
});

// A JSONL or CSV file: good lines become cases, bad ones come back by line and field.
export const importCasesAction = authedAction<typeof importFormSchema, ImportResult>("curation:manage", importFormSchema, async ({ input, user }) => {
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const result = await importCases({ name: input.file.name, bytes }, { sourceId: input.sourceId, origin: input.origin }, userActor(user));
  if (result.added > 0) revalidatePath("/queue");
  const skipped = new Set(result.problems.map((p) => p.line)).size;
  const message =
    result.added > 0
      ? `Imported ${countOf(result.added, "case")} into the queue (${result.batchWeek})${skipped ? `; ${countOf(skipped, "line")} not imported` : ""}.`
      : "Nothing was imported.";
  return { ok: true, message, data: result };
});
