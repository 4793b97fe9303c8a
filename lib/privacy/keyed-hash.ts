import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Keyed hashes (HMAC-SHA256) of the identifiers Evalmine must recognise again but never
 * store as given: end-user and session ids (erasure and the opt-out list match on them)
 * and record, trace and tool-call ids that do not fit a safe shape (idempotency still
 * works: the same id always maps to the same stored value).
 *
 * The key is IDENTITY_HASH_KEY. Without the key a hash of a guessable id (an e-mail
 * address) could be confirmed by anyone holding the database, so production refuses to
 * start without it (lib/config/production.ts). Development and tests generate one into
 * .data/, like the session secret, so every process of a checkout agrees on it.
 */
const DEV_KEY_FILE = path.resolve(".data", "dev-identity-hash-key");
let cachedKey: { source: string; key: Buffer } | null = null;

function developmentKey(): string {
  try {
    return fs.readFileSync(DEV_KEY_FILE, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(DEV_KEY_FILE), { recursive: true });
    try {
      // "wx": two processes starting at once must end up with the same key, not two.
      fs.writeFileSync(DEV_KEY_FILE, crypto.randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    return fs.readFileSync(DEV_KEY_FILE, "utf8").trim();
  }
}

function hashKey(): Buffer {
  const configured = process.env.IDENTITY_HASH_KEY?.trim();
  if (!configured && process.env.NODE_ENV === "production") {
    throw new Error("IDENTITY_HASH_KEY is not set; production needs it to hash end-user and record ids (see .env.example).");
  }
  const source = configured || developmentKey();
  if (cachedKey?.source !== source) cachedKey = { source, key: Buffer.from(source, "utf8") };
  return cachedKey.key;
}

/**
 * The keyed hash of `value` for one purpose, as lower-case hex. Purposes keep hashes of
 * different kinds apart: a user id and a record id that happen to be equal hash apart.
 */
export function keyedHash(purpose: "end-user" | "session" | "identifier", value: string, hexLength = 64): string {
  return crypto.createHmac("sha256", hashKey()).update(purpose).update("\u0000").update(value).digest("hex").slice(0, hexLength);
}
