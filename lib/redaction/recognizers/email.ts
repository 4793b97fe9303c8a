/**
 * EMAIL_ADDRESS: anchored on each "@" and expanded left and right with bounded scans,
 * instead of a `local+@domain` regex that rescans long tokens from every start position.
 */
import { candidate, isAsciiAlnum } from "../text-scan";
import type { Candidate, Recognizer } from "../types";

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

function isLocalChar(code: number): boolean {
  // RFC 5322 atext minus the rarely used symbols that mostly appear as punctuation.
  return isAsciiAlnum(code) || code === 46 || code === 95 || code === 37 || code === 43 || code === 45 || code === 39 || (code > 127 && code < 0xd800);
}

function isDomainChar(code: number): boolean {
  return isAsciiAlnum(code) || code === 45 || code === 46 || (code > 127 && code < 0xd800);
}

/**
 * 1.5.0: an "@" that is no e-mail address: the user part of a URL ("postgres://app@db:5432",
 * whose credentials the URL recognizer judges) and a message id ("Message-ID: <a1b2@mail.x>").
 */
function notAnAddress(text: string, s: number): boolean {
  for (let k = s - 1; k >= 0 && s - k < 200; k--) {
    const c = text.charCodeAt(k);
    if (c === 47) return k >= 2 && text.startsWith("://", k - 2);
    if (c <= 32 || c === 34 || c === 39 || c === 60 || c === 63 || c === 61 || c === 38) break;
  }
  return text.charCodeAt(s - 1) === 60 && /(?:message-id|in-reply-to|references|content-id):[ \t]*(?:<[^>\s]*>[ \t]*)*<$/i.test(text.slice(Math.max(0, s - 120), s));
}

function findEmails(text: string): Candidate[] {
  const out: Candidate[] = [];
  let lastEnd = 0;
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    let s = at;
    while (s > lastEnd && at - s < MAX_LOCAL && isLocalChar(text.charCodeAt(s - 1))) s--;
    while (s < at && (text[s] === "." || text[s] === "'" || text[s] === "-")) s++;
    if (s === at) continue;
    let e = at + 1;
    while (e < text.length && e - at <= MAX_DOMAIN && isDomainChar(text.charCodeAt(e))) e++;
    while (e > at + 1 && (text[e - 1] === "." || text[e - 1] === "-")) e--;
    const domain = text.slice(at + 1, e);
    const dot = domain.lastIndexOf(".");
    if (dot <= 0 || domain.includes("..")) continue;
    const tld = domain.slice(dot + 1);
    if (tld.length < 2 || /\d/.test(tld) || notAnAddress(text, s)) continue;
    // 1.7.0: an scp-style git remote ("git@github.com:acme/web.git") names a host, no one's mailbox.
    if (at - s === 3 && text.startsWith("git", s) && text[e] === ":" && /[\w~]/.test(text[e + 1] ?? "")) continue;
    out.push(candidate("EMAIL_ADDRESS", s, e, 1, "email"));
    lastEnd = e;
    at = e - 1;
  }
  return out;
}

export const emailRecognizer: Recognizer = {
  id: "email",
  types: ["EMAIL_ADDRESS"],
  find: findEmails,
};
