import { BlockList, isIP } from "node:net";
import { PEER_HEADER, peerAddressesRecorded } from "./peer-address";

/**
 * The client address used for sign-in throttling. `X-Forwarded-For` is written by
 * whoever sends the request, so it is believed only hop by hop from the right, and only
 * while the address that handed the request on is one of the configured proxies
 * (TRUSTED_PROXIES: addresses or CIDR ranges, comma-separated). With no trusted proxy in
 * front, the answer is the socket's own address and a forged header changes nothing.
 */

/** One address as written in a header or by the socket: brackets, ports and the IPv4-in-IPv6 prefix removed. */
export function normaliseAddress(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  value = value.toLowerCase();
  if (value.startsWith("::ffff:") && isIP(value.slice(7)) === 4) value = value.slice(7);
  return isIP(value) ? value : null;
}

export class TrustedProxiesError extends Error {}

/** Parses TRUSTED_PROXIES; an entry that is neither an address nor a CIDR range is a configuration error. */
export function parseTrustedProxies(value: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (value ?? "").split(/[\s,]+/).filter(Boolean)) {
    const [address, prefix, ...rest] = entry.split("/");
    const normalised = normaliseAddress(address);
    const family = normalised && isIP(normalised) === 4 ? "ipv4" : "ipv6";
    const bits = prefix === undefined ? null : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
    const valid = normalised !== null && rest.length === 0 && (bits === null || bits <= (family === "ipv4" ? 32 : 128));
    if (!valid) throw new TrustedProxiesError(`TRUSTED_PROXIES: "${entry}" is not an IP address or a CIDR range (e.g. 10.0.0.0/8).`);
    if (bits === null) list.addAddress(normalised, family);
    else list.addSubnet(normalised, bits, family);
  }
  return list;
}

function isTrusted(list: BlockList, address: string): boolean {
  return list.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
}

/**
 * The client address, given the socket's peer and the X-Forwarded-For chain: the first
 * untrusted address walking the chain from the right, starting at the peer.
 */
export function resolveClientIp(peer: string | null | undefined, forwardedFor: string | null | undefined, trusted: BlockList): string | null {
  let current = normaliseAddress(peer);
  if (!current) return null;
  const hops = (forwardedFor ?? "").split(",").map((hop) => hop.trim()).filter(Boolean);
  while (isTrusted(trusted, current) && hops.length > 0) {
    const next = normaliseAddress(hops.pop());
    // A hop a trusted proxy wrote but no address can be parsed from ends the walk at that proxy.
    if (!next) break;
    current = next;
  }
  return current;
}

let cached: { source: string | undefined; list: BlockList } | null = null;

function trustedProxies(): BlockList {
  const source = process.env.TRUSTED_PROXIES;
  if (!cached || cached.source !== source) cached = { source, list: parseTrustedProxies(source) };
  return cached.list;
}

/**
 * The client address of a request from its headers, or null when the server did not
 * record the socket's address (then nothing in the headers can be trusted either).
 */
export function clientIpOf(header: (name: string) => string | null | undefined): string | null {
  if (!peerAddressesRecorded()) return null;
  return resolveClientIp(header(PEER_HEADER), header("x-forwarded-for"), trustedProxies());
}
