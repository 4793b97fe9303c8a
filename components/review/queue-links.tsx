import Link from "next/link";
import { countOf } from "@/lib/core/format";

/** Under the queue's header: cases waiting for a second review, and the leads' assignments page. */
export function QueueReviewLinks({ awaiting, canAssign }: { awaiting: number; canAssign: boolean }) {
  if (awaiting === 0 && !canAssign) return null;
  return (
    <p className="mb-4 flex flex-wrap gap-4 text-sm">
      {awaiting > 0 ? (
        <Link href="/queue/approvals" className="underline">
          {countOf(awaiting, "case")} awaiting your approval
        </Link>
      ) : null}
      {canAssign ? (
        <Link href="/queue/assignments" className="underline">
          Assignments and second review
        </Link>
      ) : null}
    </p>
  );
}
