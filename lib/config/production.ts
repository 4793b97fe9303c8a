/**
 * The settings production cannot run without. Returns one line naming the first
 * missing setting (for `npm start` to print and stop), or null when all are present.
 */
export function missingProductionSetting(env: Record<string, string | undefined>): string | null {
  if (!env.DATABASE_URL?.trim()) {
    return "Missing setting DATABASE_URL: set it to your PostgreSQL URL, e.g. postgresql://user:pass@host:5432/evalmine (see .env.example).";
  }
  if (!env.NEXTAUTH_SECRET?.trim()) {
    return "Missing setting NEXTAUTH_SECRET: set it to a long random string, e.g. the output of `openssl rand -base64 32` (see .env.example).";
  }
  if (env.NEXTAUTH_SECRET.trim().length < 32) {
    return "Setting NEXTAUTH_SECRET is too short: use at least 32 random characters (see .env.example).";
  }
  // Without it, end-user ids would be hashed with a guessable key; never rotate it (the
  // opt-out list, erasure and idempotency all match on its hashes).
  if (!env.IDENTITY_HASH_KEY?.trim() || env.IDENTITY_HASH_KEY.trim().length < 32) {
    return "Missing setting IDENTITY_HASH_KEY: set it to at least 32 random characters, e.g. `openssl rand -base64 32`, and keep it (see .env.example).";
  }
  return null;
}
