import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { CATEGORY_LABEL } from "@/lib/core/labels";
import { formatDateTime } from "@/lib/core/format";
import { CATEGORY_DEFINITION } from "@/lib/guidelines/definitions";
import { listGuidelines } from "@/lib/guidelines/store";
import { PageHeader } from "@/components/ui/page-header";
import { GuidelineMarkdown } from "@/components/triage/guideline-markdown";
import { GuidelineEditor } from "@/components/guidelines/guideline-editor";
import { saveGuidelineAction } from "./actions";

export const metadata: Metadata = { title: "Labelling guidelines" };

export default async function GuidelinesPage() {
  const user = await requirePagePermission("queue:view");
  const canEdit = can(user.role, "curation:manage");
  const guidelines = await listGuidelines();
  return (
    <>
      <PageHeader
        title="Labelling guidelines"
        description={
          canEdit
            ? "A short guide per category, written by leads. Reviewers see the chosen category's guide beside the triage form; every change is in the audit log."
            : "What each category means for this team. The chosen category's guide also shows beside the triage form."
        }
      />
      <div className="space-y-4">
        {guidelines.map((guide) => (
          <section key={guide.category} aria-labelledby={`guide-${guide.category}`} className="rounded-xl border border-slate-200 bg-white p-5 text-sm">
            <h2 id={`guide-${guide.category}`} className="text-base font-semibold">
              {CATEGORY_LABEL[guide.category]}
            </h2>
            <p className="mt-1 text-slate-600">
              {CATEGORY_DEFINITION[guide.category]}.{guide.updatedAt ? ` Guide updated ${formatDateTime(guide.updatedAt)} UTC.` : ""}
            </p>
            {canEdit ? (
              <GuidelineEditor category={guide.category} body={guide.body} action={saveGuidelineAction} />
            ) : guide.body ? (
              <GuidelineMarkdown source={guide.body} className="mt-3 break-words" />
            ) : (
              <p className="mt-3 text-slate-600">No team guide for this category yet.</p>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
