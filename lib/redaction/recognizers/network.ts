/**
 * IP_ADDRESS (v4 and v6), MAC_ADDRESS and URL. IPv6 candidates are validated by a
 * small parser rather than one giant regex (which would be slow and hard to review).
 */
import { before, candidate, eachMatch, hasContext, isAsciiAlnum } from "../text-scan";
import type { Candidate, Recognizer } from "../types";

const IPV4 = /(?<![\d.A-Za-z])(?:\d{1,3}\.){3}\d{1,3}(?![\d]|\.\d)/g;
const IPV6 = /(?<![0-9A-Fa-f:.])[0-9A-Fa-f:]{2,39}(?:\.\d{1,3}\.\d{1,3}\.\d{1,3})?(?![0-9A-Fa-f:])/g;
// Every address isIPv6 accepts holds "::" or at least five "group:" in a row (eight groups, or
// six before an IPv4 tail), so texts with neither skip the scan: times ("12:30:45") and
// "key: value: ..." lines no longer trigger it.
const IPV6_HINT = /::|(?:[0-9A-Fa-f]{1,4}:){5}/;
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

function findIps(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Cheap guards: most chat text holds no dot between digits and no colon at all.
  if (/\d\./.test(text)) eachMatch(IPV4, text, (m) => {
    if (!octetsValid(m[0])) return;
    const versionish = hasContext(before(text, m.index, 12), VERSION_CONTEXT);
    out.push(candidate("IP_ADDRESS", m.index, m.index + m[0].length, versionish ? 0.4 : 0.9, "ipv4"));
  });
  // A cheap gate (IPV6_HINT) spares the full scan, which tries every hex-letter word.
  if (IPV6_HINT.test(text)) eachMatch(IPV6, text, (m) => {
    const raw = m[0];
    const colon = raw.indexOf(":");
    if (colon === -1 || raw.indexOf(":", colon + 1) === -1 || !isIPv6(raw)) return;
    // "::" alone or tiny compressed forms like "a::b" are too often C++/Rust paths.
    const score = raw.length >= 6 ? 0.9 : 0.4;
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
    const score = credentials || SENSITIVE_QUERY.test(url) || PERSONAL_PATH.test(url) ? 0.95 : 0.6;
    out.push(candidate("URL", m.index, e, score, "url"));
    resumeAt = e;
  });
  return out;
}

export const ipRecognizer: Recognizer = { id: "ip", needsDigit: true, types: ["IP_ADDRESS"], find: findIps };
export const macRecognizer: Recognizer = { id: "mac", types: ["MAC_ADDRESS"], find: findMacs };
export const urlRecognizer: Recognizer = { id: "url", types: ["URL"], find: findUrls };
