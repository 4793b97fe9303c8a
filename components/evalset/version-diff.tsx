import type { Category } from "@/lib/generated/prisma/enums";
import { CATEGORY_LABEL } from "@/lib/core/labels";
import { diffWords } from "./word-diff";

interface Label {
  version: number;
  expectedOutput: string;
  category: Category;
  tags: string[];
  notes: string | null;
}

/** What one version changed from the one before it: category, tags and notes as "old -> new", the expected output word by word. */
export function VersionDiff({ before, after }: { before: Label; after: Label }) {
  const added = after.tags.filter((t) => !before.tags.includes(t));
  const removed = before.tags.filter((t) => !after.tags.includes(t));
  const parts = diffWords(before.expectedOutput, after.expectedOutput);
  const outputChanged = before.expectedOutput !== after.expectedOutput;
  return (
    <section aria-labelledby="changes-heading" className="rounded-xl border border-slate-200 bg-white p-4 text-sm">
      <h2 id="changes-heading" className="mb-2 font-semibold text-slate-700">
        Changes from version {before.version} to {after.version}
      </h2>
      <ul className="mb-3 space-y-1 text-slate-700">
        {before.category !== after.category ? (
          <li>
            Category: {CATEGORY_LABEL[before.category]} → <span className="font-medium">{CATEGORY_LABEL[after.category]}</span>
          </li>
        ) : null}
        {added.length || removed.length ? (
          <li>
            Tags: {added.map((t) => `+${t}`).concat(removed.map((t) => `−${t}`)).join(", ")}
          </li>
        ) : null}
        {(before.notes ?? "") !== (after.notes ?? "") ? (
          <li className="break-words">
            Notes: {before.notes ? `“${before.notes}”` : "none"} → {after.notes ? `“${after.notes}”` : "none"}
          </li>
        ) : null}
        {!outputChanged ? <li>Expected output: unchanged</li> : null}
      </ul>
      {outputChanged ? (
        <div>
          <p className="mb-1 text-xs text-slate-600">Expected output (removed words struck through, added words highlighted)</p>
          <p className="rounded-md border border-slate-100 bg-slate-50 p-3 whitespace-pre-wrap wrap-anywhere">
            {parts.map((part, index) =>
              part.kind === "same" ? (
                <span key={index}>{part.text}</span>
              ) : part.kind === "removed" ? (
                <del key={index} className="bg-red-100 text-red-900">
                  {part.text}
                </del>
              ) : (
                <ins key={index} className="bg-emerald-100 text-emerald-900 no-underline">
                  {part.text}
                </ins>
              ),
            )}
          </p>
        </div>
      ) : null}
    </section>
  );
}
