import type { Category } from "@/lib/generated/prisma/enums";

/** Categories in the order of the "Category" radio group and its 1-4 shortcuts. */
export const CATEGORIES = ["HAPPY_PATH", "EDGE_CASE", "ADVERSARIAL", "DRIFT"] as const satisfies readonly Category[];
