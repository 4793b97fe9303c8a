import Link from "next/link";
import { CATEGORY_LABEL, DISCARD_REASON_LABEL } from "@/lib/core/labels";
import type { Category, CaseStatus, DiscardReason } from "@/lib/generated/prisma/enums";
import { formatTime } from "@/lib/core/format";
import { cx } from "@/components/ui/class-names";

interface RecentItem {
  id: string;
  status: CaseStatus;
  category: Category | null;
  discardReason: DiscardReason | null;
  decidedAt: Date | null;
  preview: string;
}

/** The reviewer's last decisions, each with a link to reopen and revise it (below the case, out of the deciding column). */
export function RecentlyTriaged({ items, currentId, className }: { items: RecentItem[]; currentId?: string; className?: string }) {
  return (
    <aside aria-labelledby="recent-heading" className={cx("rounded-xl border border-slate-200 bg-white p-4", className)}>
      <h2 id="recent-heading" className="mb-2 text-sm font-semibold">
        Recently triaged
      </h2>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">Your decisions appear here; reopen one to revise it.</p>
      ) : (
        <ol className="grid gap-2 sm:grid-cols-2 xl:grid-cols-3">
          {items.map((item, index) => {
            const outcome = item.status === "ACCEPTED" ? `Accepted · ${item.category ? CATEGORY_LABEL[item.category] : ""}` : `Discarded · ${item.discardReason ? DISCARD_REASON_LABEL[item.discardReason] : ""}`;
            return (
              <li key={item.id} className={cx("min-w-0 rounded-md border p-2 text-sm", item.id === currentId ? "border-slate-900" : "border-slate-100")} aria-current={item.id === currentId ? "true" : undefined}>
                <p className="truncate text-slate-800">{item.preview}</p>
                <p className="flex items-center justify-between gap-2 text-xs text-slate-600">
                  <span>
                    {outcome}
                    {item.decidedAt ? ` · ${formatTime(item.decidedAt)} UTC` : ""}
                  </span>
                  <Link href={`/queue/${item.id}`} aria-label={`Revise decision ${index + 1}: ${outcome}`} className="font-medium text-slate-900 underline">
                    Revise
                  </Link>
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </aside>
  );
}
