import type { ReactNode } from "react";

/** What a page shows when there is nothing to list, with the way forward (`action`: clear filters, show skipped). */
export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <section className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center sm:p-10">
      <h2 className="text-lg font-medium">{title}</h2>
      {children ? <div className="mt-2 text-sm text-slate-600">{children}</div> : null}
      {action ? <div className="mt-4 flex flex-wrap justify-center gap-3">{action}</div> : null}
    </section>
  );
}
