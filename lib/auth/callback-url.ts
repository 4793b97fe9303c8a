/**
 * Where to send the user after signing in. Only a path on this app is accepted: the
 * value is parsed the way a browser would resolve it (backslashes, tabs and newlines
 * included) against a placeholder origin, and anything that lands on another origin,
 * or a path a browser would read as protocol-relative ("//host"), falls back to "/".
 * An open redirect after login would be a phishing aid.
 */
const PLACEHOLDER_ORIGIN = "http://app.invalid";

export function safeCallbackPath(raw: string | string[] | undefined | null): string {
  if (typeof raw !== "string" || !raw.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(raw, PLACEHOLDER_ORIGIN);
  } catch {
    return "/";
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil.example" resolves to the path "//evil.example", which is off-site once assigned.
  if (!path.startsWith("/") || path.startsWith("//")) return "/";
  return path;
}
