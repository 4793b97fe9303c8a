/**
 * Whether an error means "the database is unreachable right now" (refused, reset,
 * shutting down, pool timeout) rather than a bug: the push endpoints answer those with
 * 503 + Retry-After so producers retry later, instead of a 500 that looks permanent.
 */
const CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "57P01", "57P02", "57P03", "08000", "08001", "08003", "08006", "P1001", "P1002", "P1017", "P2024"]);
const MESSAGES =
  /ECONNREFUSED|ECONNRESET|Connection terminated|connection (is )?closed|Can't reach database|terminating connection|database system is (shutting down|starting up)|timeout exceeded when trying to connect|Client has encountered a connection error|DatabaseNotReachable|ConnectionClosed|SocketTimeout|Transaction already closed|Unable to start a transaction/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    const e = current as { code?: unknown; message?: unknown; cause?: unknown; kind?: unknown; originalCode?: unknown };
    if (typeof e.code === "string" && CODES.has(e.code)) return true;
    if (typeof e.originalCode === "string" && CODES.has(e.originalCode)) return true;
    if (typeof e.kind === "string" && /NotReachable|ConnectionClosed|SocketTimeout|TooManyConnections/.test(e.kind)) return true;
    if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
    current = e.cause;
  }
  return false;
}

/** Seconds a producer should wait before retrying when the database is down. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;
