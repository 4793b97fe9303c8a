import type { CaseOrigin, Category } from "@/lib/generated/prisma/enums";

/** Categories in the order of the "Category" radio group and its 1-4 shortcuts. */
export const CATEGORIES = ["HAPPY_PATH", "EDGE_CASE", "ADVERSARIAL", "DRIFT"] as const satisfies readonly Category[];

/** Where a case (and its eval item) came from, in the order filters and forms list them. */
export const CASE_ORIGINS = ["MINED", "SYNTHETIC", "HAND_WRITTEN"] as const satisfies readonly CaseOrigin[];
