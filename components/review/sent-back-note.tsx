/** Shown above a case that a second reviewer sent back: what they asked to change. */
export function SentBackNote({ note, by }: { note: string; by: string }) {
  return (
    <div role="note" aria-label="Sent back" className="mb-4 rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      <p className="font-medium">Sent back by {by}:</p>
      <p className="mt-1 whitespace-pre-wrap">{note}</p>
    </div>
  );
}
