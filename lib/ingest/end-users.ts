import { dbPool } from "@/lib/db";
import { keyedHash } from "@/lib/privacy/keyed-hash";
import type { Candidate, CanonicalLog } from "./types";

/** The end user and session of a log as stored: keyed hashes, never the ids. */
export function protectEndUser(log: CanonicalLog): { userHash: string | null; sessionHash: string | null } {
  return {
    userHash: log.endUser.userId === null ? null : keyedHash("end-user", log.endUser.userId),
    sessionHash: log.endUser.sessionId === null ? null : keyedHash("session", log.endUser.sessionId),
  };
}

/**
 * A record that opts out and names its end user opts that user out for good: their
 * later records are refused even without the flag. Such records are parsed only to
 * read the user id; nothing else of them is kept.
 */
export async function recordStandingOptOuts(optingOut: Candidate[]): Promise<void> {
  const hashes = new Set<string>();
  for (const candidate of optingOut) {
    const parsed = candidate.parse();
    if (parsed.ok && parsed.log.endUser.userId !== null) hashes.add(keyedHash("end-user", parsed.log.endUser.userId));
  }
  if (hashes.size === 0) return;
  await dbPool().query({
    name: "ingest-standing-opt-outs",
    text: `INSERT INTO "EndUserOptOut" ("endUserHash", "reason") SELECT h, 'opt_out' FROM jsonb_array_elements_text($1::jsonb) AS h ON CONFLICT DO NOTHING`,
    values: [JSON.stringify([...hashes])],
  });
}
