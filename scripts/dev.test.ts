import os from "node:os";
import { describe, expect, it } from "vitest";
import nextConfig from "../next.config";

/** The hosts `npm run dev` prints or answers on: localhost, the loopback address, and the "Network" addresses. */
function printedHosts(): string[] {
  const network = Object.values(os.networkInterfaces())
    .flat()
    .filter((address) => address && address.family === "IPv4" && address.address !== "127.0.0.1")
    .map((address) => address!.address);
  return ["localhost", "127.0.0.1", ...network];
}

describe("npm run dev", () => {
  it("lets the page hydrate on every address it prints (Next blocks its dev resources for any other host)", () => {
    const allowed = nextConfig.allowedDevOrigins ?? [];
    for (const host of printedHosts()) expect(allowed).toContain(host);
    expect(allowed).toContain("[::1]");
  });
});
