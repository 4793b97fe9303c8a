// Runs once per server process before it handles requests (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // Sign-in throttling needs each request's real socket address (lib/auth/peer-address.ts).
    const { recordPeerAddresses } = await import("@/lib/auth/peer-address");
    recordPeerAddresses();
    // The ingest pool's workers load the redaction engine before the first push needs them.
    const { warmRedactPool } = await import("@/lib/ingest/redact-pool");
    warmRedactPool();
  }
}
