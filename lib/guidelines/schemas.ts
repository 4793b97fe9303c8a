import { z } from "zod";
import { CATEGORIES } from "@/lib/evalset/categories";

/** A guide is short by design: a reviewer reads it beside the form. */
export const GUIDELINE_MAX_LENGTH = 4_000;

export const saveGuidelineSchema = z.object({
  category: z.enum(CATEGORIES, "Pick a category"),
  body: z.string().max(GUIDELINE_MAX_LENGTH, `A guide is at most ${GUIDELINE_MAX_LENGTH.toLocaleString("en")} characters`),
});
