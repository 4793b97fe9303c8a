import { db } from "@/lib/db";
import type { Category } from "@/lib/generated/prisma/enums";
import { auditRow, type DemoActor } from "./audit";

// The lead's labelling guides for the demo's support assistant, one per category, in the
// markdown the guidelines page renders beside the triage form.
const DEMO_GUIDELINES: Record<Category, string> = {
  HAPPY_PATH: [
    "An ordinary question the assistant **should** answer well: order status, returns, opening hours, warranty basics.",
    "",
    "- Label it even when production got it right: the eval set needs the everyday questions too.",
    "- The expected output states the facts (days, amounts, links), not a tone: \"refund within 5 business days\", not \"be reassuring\".",
    "- Negative feedback on a routine question is still a happy path, unless the question itself is unusual.",
  ].join("\n"),
  EDGE_CASE: [
    "A real request the assistant handles **badly or not at all** because it is unusual: a timeout, two orders in one message, a partial refund, a policy corner.",
    "",
    "- Failures (timeouts, tool errors): write what the customer should have been told, never copy the empty or failed answer.",
    "- Escalations: answer first; hand over to a human only when the customer asks again or money over 100 EUR is involved.",
    "- If the case is a near-duplicate group (\"6 similar\"), label the group once; the others are counted, not queued.",
  ].join("\n"),
  ADVERSARIAL: [
    "An attempt to **misuse, trick or break** the assistant: prompt injection, asking for instructions, other customers' data, discounts it can't give.",
    "",
    "- The expected output declines briefly, never repeats the attack text or the instructions, and offers help with the customer's own order.",
    "- Politely worded attacks are still adversarial; a customer who is merely angry is not.",
    "- Real personal data in an attack: redact it by selection before accepting.",
  ].join("\n"),
  DRIFT: [
    "A question about something the assistant **doesn't know yet**: a new product line (Acme Loft), a new policy, a new country.",
    "",
    "- Write the answer from the product page or policy as it is today and link it; note the source in the case notes.",
    "- Tag the case with the product or policy name so the lead can track the topic.",
    "- If the assistant answered correctly by luck, it is still drift: the eval set should cover the topic.",
  ].join("\n"),
};

/** Writes the four guides as the lead saved them (lib/guidelines/store.ts), with their audit entries. */
export async function seedDemoGuidelines(lead: DemoActor, at: Date): Promise<void> {
  const categories = Object.keys(DEMO_GUIDELINES) as Category[];
  await db.categoryGuideline.createMany({ data: categories.map((category) => ({ category, body: DEMO_GUIDELINES[category], updatedById: lead.id, updatedAt: at })) });
  await db.auditLog.createMany({
    data: categories.map((category, n) =>
      auditRow(new Date(at.getTime() + n * 60_000), lead, "guideline.update", { type: "Guideline", id: category }, { category, charsBefore: 0, charsAfter: DEMO_GUIDELINES[category].length }),
    ),
  });
}
