import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { normaliseAddress, parseTrustedProxies, resolveClientIp, TrustedProxiesError } from "./client-ip";
import { PEER_HEADER, peerAddressesRecorded, recordPeerAddresses } from "./peer-address";

describe("normaliseAddress", () => {
  it("reads the forms sockets and proxies write", () => {
    expect(normaliseAddress(" 203.0.113.9 ")).toBe("203.0.113.9");
    expect(normaliseAddress("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(normaliseAddress("203.0.113.9:4711")).toBe("203.0.113.9");
    expect(normaliseAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normaliseAddress("2001:db8::1")).toBe("2001:db8::1");
  });

  it("refuses what is not an address", () => {
    for (const bad of ["", "unknown", "evil.example", "1.2.3", "999.1.1.1", "<script>"]) expect(normaliseAddress(bad)).toBeNull();
  });
});

describe("resolveClientIp", () => {
  const none = parseTrustedProxies(undefined);
  const proxies = parseTrustedProxies("10.0.0.0/8, 192.0.2.7 ,2001:db8:ffff::/48");

  it("without trusted proxies, the socket's address wins over any X-Forwarded-For", () => {
    expect(resolveClientIp("198.51.100.4", "203.0.113.9", none)).toBe("198.51.100.4");
    expect(resolveClientIp("::ffff:198.51.100.4", null, none)).toBe("198.51.100.4");
  });

  it("a forwarded address counts only when a configured proxy handed the request on", () => {
    expect(resolveClientIp("10.1.2.3", "203.0.113.9", proxies)).toBe("203.0.113.9");
    expect(resolveClientIp("198.51.100.4", "203.0.113.9", proxies)).toBe("198.51.100.4");
    expect(resolveClientIp("2001:db8:ffff::5", "203.0.113.9", proxies)).toBe("203.0.113.9");
  });

  it("walks the chain from the right and stops at the first untrusted hop, so a client's own prefix is ignored", () => {
    // The client wrote "1.1.1.1" itself; proxy 192.0.2.7 appended the real client, 203.0.113.9; 10.0.0.2 appended 192.0.2.7.
    expect(resolveClientIp("10.0.0.2", "1.1.1.1, 203.0.113.9, 192.0.2.7", proxies)).toBe("203.0.113.9");
    expect(resolveClientIp("10.0.0.2", "10.0.0.9, 10.0.0.8", proxies)).toBe("10.0.0.9");
    expect(resolveClientIp("10.0.0.2", "garbage, 10.0.0.8", proxies)).toBe("10.0.0.8");
  });

  it("no peer, no address", () => {
    expect(resolveClientIp(null, "203.0.113.9", proxies)).toBeNull();
  });
});

describe("parseTrustedProxies", () => {
  it.each(["10.0.0.0/33", "proxy.internal", "10.0.0.0/8/1", "10.0.0.0/", "::1/129"])("refuses %s, naming the setting", (value) => {
    expect(() => parseTrustedProxies(value)).toThrow(TrustedProxiesError);
    expect(() => parseTrustedProxies(value)).toThrow(/TRUSTED_PROXIES/);
  });
});

describe("recordPeerAddresses", () => {
  const servers: http.Server[] = [];
  afterAll(() => servers.forEach((server) => server.close()));

  it("stamps every request with the socket's address, replacing one a client sent", async () => {
    recordPeerAddresses();
    recordPeerAddresses(); // twice is harmless
    expect(peerAddressesRecorded()).toBe(true);
    const server = http.createServer((request, response) => response.end(String(request.headers[PEER_HEADER])));
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const answer = await fetch(`http://127.0.0.1:${port}/`, { headers: { [PEER_HEADER]: "203.0.113.66", "x-forwarded-for": "203.0.113.66" } });
    expect(await answer.text()).toBe("127.0.0.1");
  });
});
