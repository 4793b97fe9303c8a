import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { CurrentUser } from "./session";

// The session is the guard's only input from outside; everything else runs for real.
const current = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("./session", () => ({ getCurrentUser: async () => current.user }));

const { authedAction } = await import("./guard");

const lead: CurrentUser = { id: "00000000-0000-4000-8000-000000000001", email: "lead@example.test", name: "L", role: "LEAD" };
const body = vi.fn(async () => ({ ok: true as const, message: "done" }));
const action = authedAction("batch:manage", z.object({ note: z.string().min(1) }), body);

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

describe("authedAction", () => {
  beforeEach(() => body.mockClear());

  it("answers a signed-out failure the form can recognise when there is no active session", async () => {
    current.user = null;
    const result = await action(null, form({ note: "x" }));
    expect(result).toMatchObject({ ok: false, code: "signed-out" });
    expect(body).not.toHaveBeenCalled();
  });

  it("refuses a role without the permission, without the signed-out code", async () => {
    current.user = { ...lead, role: "REVIEWER" };
    const result = await action(null, form({ note: "x" }));
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty("code");
    expect(body).not.toHaveBeenCalled();
  });

  it("runs the body for a permitted user with valid input, and names invalid fields otherwise", async () => {
    current.user = lead;
    expect(await action(null, form({ note: "x" }))).toEqual({ ok: true, message: "done" });
    const invalid = await action(null, form({ note: "" }));
    expect(invalid).toMatchObject({ ok: false, fieldErrors: { note: expect.any(Array) } });
  });
});
