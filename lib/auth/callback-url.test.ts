import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

describe("safeCallbackPath", () => {
  it("keeps paths on this app, with their query and fragment", () => {
    expect(safeCallbackPath("/queue")).toBe("/queue");
    expect(safeCallbackPath("/eval-set?category=DRIFT&page=2#top")).toBe("/eval-set?category=DRIFT&page=2#top");
    expect(safeCallbackPath("/%09/evil.example")).toBe("/%09/evil.example");
  });

  it.each([
    ["a backslash", "/\\evil.example"],
    ["a backslash pair", "/\\\\evil.example"],
    ["a tab the browser strips", "/\t/evil.example"],
    ["a newline the browser strips", "/\n/evil.example"],
    ["protocol-relative", "//evil.example"],
    ["a dot segment that leaves '//'", "/.//evil.example"],
    ["an absolute URL", "https://evil.example/"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a relative path", "queue"],
  ])("refuses %s", (_name, value) => {
    expect(safeCallbackPath(value)).toBe("/");
  });

  it("falls back to / for nothing or a repeated parameter", () => {
    expect(safeCallbackPath(undefined)).toBe("/");
    expect(safeCallbackPath(["/queue", "/admin"])).toBe("/");
    expect(safeCallbackPath("")).toBe("/");
  });
});
