import { afterEach, describe, expect, it, vi } from "vitest";
import { errorActionResult, errorResponse } from "./answers";
import { DomainError } from "./domain-error";
import { TriageError } from "@/lib/triage/errors";
import { HttpProblem } from "@/lib/ingest/http";
import { IngestRefused } from "@/lib/ingest/source-gate";

afterEach(() => vi.restoreAllMocks());

describe("one mapper from failures to answers", () => {
  it("gives every domain error its own status, message and field, as JSON and as a form result", async () => {
    const errors: DomainError[] = [new TriageError(400, "Pick a category.", "category"), new HttpProblem(413, "Too large."), new IngestRefused(409, "No retention period.")];
    for (const error of errors) {
      expect(error).toBeInstanceOf(DomainError);
      const response = errorResponse(error, "test");
      expect(response.status).toBe(error.status);
      expect(await response.json()).toEqual({ error: error.message, ...(error.field ? { field: error.field } : {}) });
      expect(errorActionResult(error, "test")).toEqual({ ok: false, error: error.message, ...(error.field ? { fieldErrors: { [error.field]: [error.message] } } : {}) });
    }
  });

  it("keeps a domain error's headers (Retry-After on a 429)", () => {
    const response = errorResponse(new HttpProblem(429, "Slow down.", { "Retry-After": "7" }), "test");
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("7");
  });

  it("answers an unreachable database with 503 and Retry-After, so producers retry", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const outage = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const response = errorResponse(outage, "test");
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(errorActionResult(outage, "test").error).toMatch(/database is unavailable/);
  });

  it("answers any other error with a 500 that carries none of the error's text", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const bug = new TypeError("cannot read 'jane@example.com' of undefined");
    const response = errorResponse(bug, "POST /api/v1/ingest");
    expect(response.status).toBe(500);
    const body = JSON.stringify(await response.json());
    expect(body).not.toContain("jane@example.com");
    expect(errorActionResult(bug, "test").error).not.toContain("jane@example.com");
    expect(log).toHaveBeenCalled();
  });

  it("never logs the message of an error that can quote data (Prisma, the database)", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const prisma = Object.assign(new Error("Invalid `prisma.sourceLog.create()` invocation: { model: 'jane@example.com' }"), { name: "PrismaClientValidationError" });
    const database = Object.assign(new Error("duplicate key value violates unique constraint"), { code: "23505", detail: "Key (email)=(jane@example.com) already exists." });
    for (const error of [prisma, database]) errorResponse(error, "POST /x");
    const logged = log.mock.calls.flat().join(" ");
    expect(logged).not.toContain("jane@example.com");
    expect(logged).toContain("PrismaClientValidationError");
    expect(logged).toContain("code 23505");
  });
});
