import type { Category } from "@/lib/generated/prisma/enums";

/**
 * The one-line definition of each category, shown as the queue's reminder and above each
 * guide. The leads' guides (CategoryGuideline) say more; these never change per team.
 */
export const CATEGORY_DEFINITION: Record<Category, string> = {
  HAPPY_PATH: "a typical request answered as it should be",
  EDGE_CASE: "a rare, ambiguous or boundary input the assistant must still handle",
  ADVERSARIAL: "an attempt to misuse, trick or break the assistant",
  DRIFT: "something new or changed that production did not see before",
};
