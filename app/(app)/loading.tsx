/** Shown the moment a signed-in page is requested, until its data arrives. */
export default function Loading() {
  return (
    <div aria-busy="true" className="animate-pulse space-y-6">
      <p className="sr-only" role="status">
        Loading…
      </p>
      <div className="space-y-2">
        <div className="h-7 w-48 rounded bg-slate-200" />
        <div className="h-4 w-full max-w-xl rounded bg-slate-200" />
      </div>
      <div className="h-20 rounded-xl bg-slate-200/70" />
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="h-64 rounded-xl bg-slate-200/70" />
        <div className="h-64 rounded-xl bg-slate-200/70" />
      </div>
    </div>
  );
}
