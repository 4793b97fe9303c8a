import { DomainError } from "@/lib/errors/domain-error";

/**
 * Checks for requests a browser makes with the session cookie. A cookie rides along on
 * requests other sites trigger, so a state-changing request must (1) not come from
 * another origin when the browser says where it comes from, and (2) carry a JSON body
 * type, which no cross-site form can send and a cross-site script can send only after
 * a CORS preflight this app never grants. API-key requests carry no ambient credential
 * and skip these checks.
 */

/** JSON bodies of the cookie-authenticated routes are at most this many bytes. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}

/** The hosts this app answers as: the request's own, as its proxy forwarded it, and the configured public URL. */
function appHosts(request: Request): Set<string> {
  const hosts = [
    hostOf(request.url),
    request.headers.get("host")?.toLowerCase(),
    request.headers.get("x-forwarded-host")?.split(",")[0].trim().toLowerCase(),
    hostOf(process.env.NEXTAUTH_URL),
  ];
  return new Set(hosts.filter((host): host is string => Boolean(host)));
}

/** Refuses a cross-site or non-JSON state-changing request made with the session cookie. */
export function assertSameSiteJson(request: Request): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  // Browsers send Origin on every POST; "null" (sandboxed frames, some redirects) is no origin of ours.
  const origin = request.headers.get("origin");
  if (origin !== null) {
    const host = origin === "null" ? null : hostOf(origin);
    if (!host || !appHosts(request).has(host)) throw new DomainError("Refused: this request came from another site.", 403);
  }
  const type = request.headers.get("content-type")?.split(";")[0].trim().toLowerCase();
  if (type !== "application/json") throw new DomainError("Send the request as JSON (Content-Type: application/json).", 415);
}

/** The body as text, refusing (413) one over `maxBytes` without reading more of it than that. */
export async function readCappedText(request: Request, maxBytes: number): Promise<string> {
  const tooLarge = () => new DomainError(`The body is larger than ${maxBytes.toLocaleString("en")} bytes.`, 413);
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
