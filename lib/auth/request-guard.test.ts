import { afterEach, describe, expect, it, vi } from "vitest";
import { assertSameSiteJson, readCappedText } from "./request-guard";
import { DomainError } from "@/lib/errors/domain-error";

const json = () => ({ "content-type": "application/json" });
const post = (headers: Record<string, string>, body?: BodyInit) => new Request("http://app.test:3000/api/v1/cases/claim", { method: "POST", headers, body });

function refusal(run: () => void): { status: number } | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return { status: error.status };
    throw error;
  }
}

afterEach(() => vi.unstubAllEnvs());

describe("assertSameSiteJson", () => {
  it("lets same-site JSON through, from the request's host, the forwarded host or the public URL", () => {
    vi.stubEnv("NEXTAUTH_URL", "https://evalmine.example.com");
    expect(refusal(() => assertSameSiteJson(post({ ...json(), origin: "http://app.test:3000" })))).toBeNull();
    expect(refusal(() => assertSameSiteJson(post({ ...json(), origin: "https://evalmine.example.com" })))).toBeNull();
    expect(refusal(() => assertSameSiteJson(post({ ...json(), origin: "https://public.example", "x-forwarded-host": "public.example" })))).toBeNull();
    expect(refusal(() => assertSameSiteJson(post({ "content-type": "application/json; charset=utf-8" })))).toBeNull();
  });

  it("refuses another origin, an opaque one, or a look-alike host with 403", () => {
    for (const origin of ["https://evil.example", "null", "http://app.test:3001", "http://app.test.evil.example:3000", "not a url"]) {
      expect(refusal(() => assertSameSiteJson(post({ ...json(), origin })))).toEqual({ status: 403 });
    }
  });

  it("refuses the body types a cross-site form can send with 415, and a missing type", () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      expect(refusal(() => assertSameSiteJson(post({ "content-type": type, origin: "http://app.test:3000" })))).toEqual({ status: 415 });
    }
    expect(refusal(() => assertSameSiteJson(post({})))).toEqual({ status: 415 });
  });

  it("leaves reads alone", () => {
    const get = new Request("http://app.test:3000/api/v1/eval-set", { headers: { origin: "https://evil.example" } });
    expect(refusal(() => assertSameSiteJson(get))).toBeNull();
  });
});

describe("readCappedText", () => {
  it("reads a body within the cap", async () => {
    expect(await readCappedText(post(json(), '{"a":1}'), 100)).toBe('{"a":1}');
  });

  it("refuses a declared length over the cap, and a streamed body that grows past it", async () => {
    await expect(readCappedText(post({ "content-length": "101" }, "x".repeat(101)), 100)).rejects.toMatchObject({ status: 413 });
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 64;
        controller.enqueue(new Uint8Array(64));
      },
    });
    const streamed = new Request("http://app.test/", { method: "POST", body: endless, duplex: "half" } as RequestInit);
    await expect(readCappedText(streamed, 1000)).rejects.toMatchObject({ status: 413 });
    expect(sent).toBeLessThan(2000);
  });
});
