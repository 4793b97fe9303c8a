import { spawnSync } from "node:child_process";
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";

const tsx = ["--import", "tsx"];

function runCli(script: string, args: string[], input: string, env: Record<string, string | undefined> = {}) {
  return spawnSync(process.execPath, [...tsx, script, ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: inject("databaseUrl"), ...env },
    timeout: 60_000,
  });
}

describe("npm run user:create", () => {
  it("creates the first admin with the password read from stdin", async () => {
    const result = runCli("scripts/user-create.ts", ["--email", "First.Admin@Example.com", "--role", "admin"], "a long admin password\n");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const printed = JSON.parse(result.stdout.trim());
    expect(printed).toMatchObject({ email: "first.admin@example.com", role: "ADMIN" });
    const user = await db.user.findUniqueOrThrow({ where: { email: "first.admin@example.com" }, omit: { passwordHash: false } });
    expect(await verifyPassword(user.passwordHash, "a long admin password")).toBe(true);
    expect(await db.auditLog.count({ where: { action: "user.create", targetId: user.id } })).toBe(1);
  });

  it("says which field is wrong and writes nothing", async () => {
    const short = runCli("scripts/user-create.ts", ["--email", "short@example.com", "--role", "ADMIN"], "short\n");
    expect(short.status).toBe(2);
    expect(short.stderr).toMatch(/^password: Use at least 12 characters/m);
    const badRole = runCli("scripts/user-create.ts", ["--email", "role@example.com", "--role", "OWNER"], "long enough password\n");
    expect(badRole.status).toBe(2);
    expect(badRole.stderr).toMatch(/^role:/m);
    const usage = runCli("scripts/user-create.ts", ["--role", "ADMIN"], "");
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/usage: npm run user:create/);
    expect(await db.user.count({ where: { email: { in: ["short@example.com", "role@example.com"] } } })).toBe(0);
  });

  it("refuses a taken email", () => {
    runCli("scripts/user-create.ts", ["--email", "taken@example.com", "--role", "LEAD"], "long enough password\n");
    const again = runCli("scripts/user-create.ts", ["--email", "taken@example.com", "--role", "LEAD"], "long enough password\n");
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/email: A user with that email already exists/);
  });
});

describe("npm start", () => {
  it.each([
    [{ DATABASE_URL: undefined, NEXTAUTH_SECRET: "x".repeat(40) }, /^Missing setting DATABASE_URL/],
    [{ DATABASE_URL: "postgresql://localhost/x", NEXTAUTH_SECRET: undefined }, /^Missing setting NEXTAUTH_SECRET/],
  ])("stops with one line naming the missing setting", (env, message) => {
    const result = runCli("scripts/start.ts", [], "", env);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });
});
