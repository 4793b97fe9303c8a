/** A one-time secret (a new API key) with a copy hint. */
export function SecretOnce({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
      <p className="font-medium">{label} (shown once; store it in your secret manager now)</p>
      <code aria-label={label} className="mt-1 block break-all font-mono text-xs">
        {value}
      </code>
    </div>
  );
}
