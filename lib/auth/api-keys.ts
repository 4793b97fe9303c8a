import crypto from "node:crypto";
import { db } from "@/lib/db";

/** Keys look like `em_<43 base64url chars>`; the first 11 characters are kept for display. */
const KEY_PREFIX = "em_";
const DISPLAY_PREFIX_LENGTH = 11;
// Touch lastUsedAt at most this often, so a busy ingest key doesn't write on every request.
const LAST_USED_RESOLUTION_MS = 60_000;

export function hashApiKey(key: string): string {
  return crypto.createHash("sha256").update(key).digest("hex");
}

/** A new random key; only its hash and display prefix are ever stored. */
export function generateApiKey(): { key: string; prefix: string; keyHash: string } {
  const key = KEY_PREFIX + crypto.randomBytes(32).toString("base64url");
  return { key, prefix: key.slice(0, DISPLAY_PREFIX_LENGTH), keyHash: hashApiKey(key) };
}

export interface ApiKeyPrincipal {
  id: string;
  prefix: string;
  scopes: string[];
  sourceId: string | null;
}

export type ApiKeyLookup =
  | { ok: true; key: ApiKeyPrincipal }
  | { ok: false; status: 401 | 403; error: string };

/** Resolves a presented key: unknown -> 401; revoked key or inactive source -> 403. */
export async function lookupApiKey(presented: string, now = new Date()): Promise<ApiKeyLookup> {
  if (!presented.startsWith(KEY_PREFIX)) return { ok: false, status: 401, error: "Unknown API key." };
  const row = await db.apiKey.findUnique({
    where: { keyHash: hashApiKey(presented) },
    select: { id: true, prefix: true, scopes: true, sourceId: true, revokedAt: true, lastUsedAt: true, source: { select: { active: true } } },
  });
  if (!row) return { ok: false, status: 401, error: "Unknown API key." };
  if (row.revokedAt) return { ok: false, status: 403, error: "This API key has been revoked." };
  if (row.source && !row.source.active) return { ok: false, status: 403, error: "This key's source is inactive." };
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { ok: true, key: { id: row.id, prefix: row.prefix, scopes: row.scopes, sourceId: row.sourceId } };
}
