import Link from "next/link";
import { CATEGORY_LABEL } from "@/lib/core/labels";
import { CATEGORIES } from "@/lib/evalset/categories";
import { CATEGORY_DEFINITION } from "@/lib/guidelines/definitions";

/** The queue's one-line reminder of what each category means, with the way to the full guides. */
export function CategoryReminder() {
  return (
    <p aria-label="Category definitions" className="mb-4 text-xs text-slate-600">
      {CATEGORIES.map((c, i) => (
        <span key={c}>
          {i ? " · " : ""}
          <strong className="font-medium text-slate-800">{CATEGORY_LABEL[c]}</strong>: {CATEGORY_DEFINITION[c]}
        </span>
      ))}
      {" · "}
      <Link href="/guidelines" className="underline">
        Labelling guidelines
      </Link>
    </p>
  );
}
