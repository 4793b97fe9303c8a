import type { Category } from "@/lib/generated/prisma/enums";
import { CATEGORY_LABEL } from "@/lib/core/labels";
import { CATEGORY_DEFINITION } from "@/lib/guidelines/definitions";
import { GuidelineMarkdown } from "./guideline-markdown";

export interface GuidelineText {
  category: Category;
  body: string;
}

/**
 * The labelling guide beside the decision form: the chosen category's guide (or, before
 * a choice, the suggested one's), so the reviewer reads the team's rule as they label.
 */
export function GuidelinePanel({ guidelines, category }: { guidelines: GuidelineText[]; category: Category | null }) {
  if (!category) return null;
  const guide = guidelines.find((g) => g.category === category);
  return (
    // Beside the case (wide screens) it takes the height the decision leaves and scrolls; the
    // tab stop lets a keyboard scroll it too.
    <section aria-label="Labelling guideline" tabIndex={0} className="rounded-xl border border-slate-200 bg-slate-50 p-4 text-sm lg:min-h-0 lg:overflow-y-auto">
      <h3 className="font-semibold">Guideline: {CATEGORY_LABEL[category]}</h3>
      <p className="mt-1 text-slate-600">{CATEGORY_DEFINITION[category]}.</p>
      {guide?.body ? <GuidelineMarkdown source={guide.body} className="mt-2 break-words text-slate-800" /> : <p className="mt-2 text-slate-600">No team guide for this category yet.</p>}
    </section>
  );
}
