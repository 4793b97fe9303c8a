/**
 * IP_ADDRESS (v4 and v6), MAC_ADDRESS and URL. IPv6 candidates are validated by a
 * small parser rather than one giant regex (which would be slow and hard to review).
 */
import { before, candidate, eachMatch, hasContext, isAsciiAlnum } from "../text-scan";
import type { Candidate, Recognizer } from "../types";
import { isMachineText } from "./code-context";

const IPV4 = /(?<![\d.A-Za-z])(?:\d{1,3}\.){3}\d{1,3}(?![\d]|\.\d)/g;
const IPV6 = /(?<![0-9A-Fa-f:.])[0-9A-Fa-f:]{2,39}(?:\.\d{1,3}\.\d{1,3}\.\d{1,3})?(?![0-9A-Fa-f:])/g;
// Every address isIPv6 accepts holds "::" or at least five "group:" in a row (eight groups, or
// six before an IPv4 tail), so texts with neither skip the scan: times ("12:30:45") and
// "key: value: ..." lines no longer trigger it.
const IPV6_HINT = /::|(?:[0-9A-Fa-f]{1,4}:){5}/;

/** IPV6_HINT.test(text), with the regex only when the text has five colons and no "::" (a colon count rules out most texts). */
export function ipv6Hinted(text: string): boolean {
  let colons = 0;
  for (let at = text.indexOf(":"); at !== -1; at = text.indexOf(":", at + 1)) {
    if (text.charCodeAt(at + 1) === 58) return true;
    colons++;
  }
  return colons >= 5 && IPV6_HINT.test(text);
}
const VERSION_CONTEXT = ["version", "ver", "v", "release", "build", "oid", "snmp"];

function octetsValid(s: string): boolean {
  return s.split(".").every((o) => o.length > 0 && Number(o) <= 255 && !(o.length > 1 && o[0] === "0"));
}

/** Validates an IPv6 address (with optional embedded IPv4 tail). */
export function isIPv6(s: string): boolean {
  let groups = 8;
  let body = s;
  const lastColon = s.lastIndexOf(":");
  if (s.includes(".")) {
    if (!octetsValid(s.slice(lastColon + 1)) || s.slice(lastColon + 1).split(".").length !== 4) return false;
    body = s.slice(0, lastColon + 1) + "0";
    groups = 7;
  }
  const halves = body.split("::");
  if (halves.length > 2) return false;
  const parts = (h: string) => (h === "" ? [] : h.split(":"));
  const head = parts(halves[0]);
  const tail = halves.length === 2 ? parts(halves[1]) : [];
  const all = [...head, ...tail];
  if (!all.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  if (halves.length === 2) return all.length < groups;
  return all.length === groups;
}

/**
 * 1.5.0: addresses that name no one's connection. Loopback, "any", broadcast and netmasks
 * ("127.0.0.1", "0.0.0.0", "255.255.255.0") are "this machine" or a mask; private,
 * link-local and carrier-grade NAT ranges are the machines of an internal network.
 */
export function ipv4Kind(s: string): "local" | "private" | "public" {
  const [a, b] = s.split(".", 2).map(Number);
  if (a === 127 || s === "0.0.0.0" || (a === 255 && b === 255)) return "local";
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127)) return "private";
  return "public";
}

// Words before an address that make it someone's connection (a client, a login, a visitor).
const PERSONAL_IP_CONTEXT = ["client", "user", "customer", "from", "remote", "remote_addr", "src", "source", "login", "visitor", "ip", "for", "forwarded", "x-forwarded-for"];

/**
 * An internal address is kept (scored below the threshold) where it is a service's endpoint:
 * a URL's host, followed by a port, or (a private one) anywhere in machine text, unless a
 * word before it makes it a client's or a user's address ("client: 10.0.0.7", "Failed
 * password ... from 10.0.0.7", `"ip": "127.4.0.9"`) or it opens a line, as an access log's
 * client does. A loopback address elsewhere is kept without a personal cue.
 */
function internalEndpoint(text: string, start: number, end: number, kind: "local" | "private"): boolean {
  if (text.startsWith("://", start - 3) || text.charCodeAt(start - 1) === 64) return true;
  if (text.charCodeAt(end) === 58 && end + 1 < text.length && text.charCodeAt(end + 1) >= 48 && text.charCodeAt(end + 1) <= 57) return true;
  // An access log's first field is the client's address.
  const lineStart = start === 0 || text.charCodeAt(start - 1) === 10;
  if (lineStart || hasContext(before(text, start, 24), PERSONAL_IP_CONTEXT)) return false;
  return kind === "local" || isMachineText(text);
}

function findIps(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Cheap guards: most chat text holds no dot between digits and no colon at all.
  if (/\d\./.test(text)) eachMatch(IPV4, text, (m) => {
    if (!octetsValid(m[0])) return;
    const end = m.index + m[0].length;
    const kind = ipv4Kind(m[0]);
    // "Chrome/105.9.15.11": a product's version in a user agent, not an address.
    const productVersion = text.charCodeAt(m.index - 1) === 47 && /[A-Za-z]/.test(text[m.index - 2] ?? "");
    const versionish = productVersion || hasContext(before(text, m.index, 12), VERSION_CONTEXT);
    const score = versionish || (kind !== "public" && internalEndpoint(text, m.index, end, kind)) ? 0.4 : 0.9;
    out.push(candidate("IP_ADDRESS", m.index, end, score, "ipv4"));
  });
  // A cheap gate (ipv6Hinted) spares the full scan, which tries every hex-letter word.
  if (ipv6Hinted(text)) eachMatch(IPV6, text, (m) => {
    const raw = m[0];
    const colon = raw.indexOf(":");
    if (colon === -1 || raw.indexOf(":", colon + 1) === -1 || !isIPv6(raw)) return;
    // "::" alone or tiny compressed forms like "a::b" are too often C++/Rust paths; "::1" is
    // this machine.
    const score = raw.length >= 6 && !/^(?:::1?|::ffff:(?:127|10)\.)/i.test(raw) ? 0.9 : 0.4;
    out.push(candidate("IP_ADDRESS", m.index, m.index + raw.length, score, "ipv6"));
  });
  return out;
}

const MAC = /(?<![0-9A-Fa-f:-])[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![0-9A-Fa-f:-])|(?<![0-9A-Fa-f.])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![0-9A-Fa-f.])/g;

// Two separated hex pairs or a dotted hex quad: a cheap scan (it starts on a separator)
// that spares the full pattern, with its look-behind at every hex letter, on prose.
const MAC_HINT = /[:-][0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-]|\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}/;

function findMacs(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (MAC_HINT.test(text)) eachMatch(MAC, text, (m) => out.push(candidate("MAC_ADDRESS", m.index, m.index + m[0].length, 0.9, "mac")));
  return out;
}

const URL_START = /(?<![A-Za-z0-9])(?:(?:https?|ftp|sftp|wss?|s3|git|ssh|postgres(?:ql)?|mysql|mongodb(?:\+srv)?|redis|amqp):\/\/|www\.)/gi;
const WWW = /www\./i;
const MAX_URL = 4096;
const SENSITIVE_QUERY = /[?&#;](?:[^=&#\s]{0,40}(?:token|key|secret|sig|signature|password|passwd|pwd|auth|session|sid|code|email|user|uid|phone|ssn|dob|name|access|credential)[^=&#\s]{0,40})=/i;
const PERSONAL_PATH = /\/(?:users?|u|profile|profiles|people|person|members?|account|accounts|customers?|patients?|home|~[^/\s]+|@[^/\s]+)(?:\/|$)/i;

/**
 * Hosts that are no one's site: this machine, internal names (".internal", ".local",
 * a cluster's service names), the reserved example and test domains and internal addresses.
 */
const INFRA_HOST = /^(?:localhost|[\w.-]*\.(?:localhost|local|internal|lan|intranet|corp|home\.arpa|svc|cluster\.local|example|test|invalid)|(?:[\w-]+\.)*example\.(?:com|org|net)|\[?::1\]?)$/i;

/** The host of a URL whose text after the scheme is `rest` (user info, port and path removed). */
function urlHost(rest: string): string {
  const at = rest.search(/[/?#]/);
  let authority = at === -1 ? rest : rest.slice(0, at);
  authority = authority.slice(authority.lastIndexOf("@") + 1);
  return authority.startsWith("[") ? authority.slice(0, authority.indexOf("]") + 1) : authority.replace(/:\d*$/, "");
}

function infraHost(host: string): boolean {
  if (INFRA_HOST.test(host)) return true;
  return /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) && octetsValid(host) && ipv4Kind(host) !== "public";
}

function urlTerminates(code: number): boolean {
  // Whitespace, quotes and angle brackets end a URL in prose, JSON and markup.
  return code <= 32 || code === 34 || code === 39 || code === 60 || code === 62 || code === 96 || code === 0x201d || code === 0x2019 || code === 0x3000;
}

function findUrls(text: string): Candidate[] {
  const out: Candidate[] = [];
  let resumeAt = 0;
  // Every URL start holds "://" or "www.": most messages have neither.
  if (!text.includes("://") && !WWW.test(text)) return out;
  eachMatch(URL_START, text, (m) => {
    if (m.index < resumeAt) return;
    let e = m.index + m[0].length;
    const limit = Math.min(text.length, m.index + MAX_URL);
    while (e < limit && !urlTerminates(text.charCodeAt(e))) e++;
    // Trailing sentence punctuation and unbalanced closing brackets are not part of the URL.
    while (e > m.index + m[0].length) {
      const ch = text[e - 1];
      const slice = text.slice(m.index, e);
      if (".,;:!?".includes(ch)) e--;
      else if (ch === ")" && slice.split("(").length <= slice.split(")").length - 1) e--;
      else if ((ch === "]" || ch === "}") && !slice.includes(ch === "]" ? "[" : "{")) e--;
      else break;
    }
    const url = text.slice(m.index, e);
    const host = url.slice(m[0].length);
    if (host.length < 3 || !isAsciiAlnum(host.charCodeAt(0)) && host.charCodeAt(0) < 128) return;
    const credentials = /^[^/@\s]{1,200}:[^/@\s]{1,200}@/.test(host);
    // 1.5.0: a URL that names no one (an internal or example host, or a plain endpoint in a
    // log or a stack trace) is kept; one with credentials, a token or a personal path never is.
    const personal = credentials || SENSITIVE_QUERY.test(url) || PERSONAL_PATH.test(url);
    const score = personal ? 0.95 : infraHost(urlHost(host)) ? 0.3 : isMachineText(text) ? 0.45 : 0.6;
    out.push(candidate("URL", m.index, e, score, "url"));
    resumeAt = e;
  });
  return out;
}

export const ipRecognizer: Recognizer = { id: "ip", needsDigit: true, types: ["IP_ADDRESS"], find: findIps };
export const macRecognizer: Recognizer = { id: "mac", types: ["MAC_ADDRESS"], find: findMacs };
export const urlRecognizer: Recognizer = { id: "url", types: ["URL"], find: findUrls };
