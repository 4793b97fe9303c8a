/**
 * 1.10.0: URLs written without a scheme ("linkedin.com/in/anna-kowalska", "t.me/jdoe",
 * "calendly.com/jdoe/30min", "bit.ly/3xYz9Qa"). People paste profile, chat and booking links
 * the way their browser shows them; such a link names its owner as surely as one with
 * "https://" (network.ts redacts those). A link needs a host with a known top-level domain and a
 * path: a bare domain ("google.com is down", "I use gmail.com") names a company or a product, not
 * a person, and file names ("report.pdf"), packages ("lodash.debounce") and dotted code
 * ("this.props.value") have no such host before a slash.
 */
import { candidate } from "../text-scan";
import type { Candidate, Recognizer } from "../types";
import { isMachineText } from "./code-context";

// Top-level domains people's links end in. Endings that are also file extensions of code or
// documents (.py, .sh, .md, .rs, .pl is kept: Poland's links are common, "x.pl/" paths are not)
// are left out where a file before a slash is likelier than a site.
const TLDS = new Set(
  (
    "com org net edu gov io co me ly dev app page site xyz info biz tv gg ai cc fm to so ee be de fr es it nl pl pt br uk ru ua in jp cn kr au ca us ch at se no dk fi cz sk hu ro gr tr mx ar cl pe za ng ke id vn ph nz ie il eu lt lv si hr rs bg by kz tw hk sg my th " +
    "tech online blog link bio social website space live store shop studio design email world news club life"
  ).split(" "),
);

// Hosts whose every path names a person: profiles, chat handles, booking pages, and short links
// (which hide where they lead). A subdomain counts too ("de.linkedin.com", "m.facebook.com").
const PROFILE_HOSTS = [
  "linkedin.com", "lnkd.in", "calendly.com", "cal.com", "t.me", "telegram.me", "wa.me", "m.me", "instagram.com", "instagr.am", "facebook.com", "fb.com", "fb.me",
  "x.com", "twitter.com", "tiktok.com", "threads.net", "bsky.app", "vk.com", "ok.ru", "xing.com", "snapchat.com", "pinterest.com", "linktr.ee", "paypal.me",
  "venmo.com", "cash.app", "about.me", "behance.net", "dribbble.com", "flickr.com", "soundcloud.com", "twitch.tv", "onlyfans.com", "patreon.com", "ko-fi.com",
  "bit.ly", "tinyurl.com", "goo.gl", "t.co", "ow.ly", "is.gd", "rebrand.ly", "cutt.ly", "shorturl.at",
];
// Code hosts and blogs: a person's page in prose, but in code and logs "github.com/org/repo" is
// usually a module path or a dependency.
const PROSE_PROFILE_HOSTS = ["github.com", "gitlab.com", "bitbucket.org", "medium.com", "substack.com", "youtube.com", "youtu.be", "reddit.com", "keybase.io", "mastodon.social"];

// A command that fetches code or an image names a module or a repository, not someone's page
// ("go get github.com/org/tool", "docker pull ghcr.io/org/api", "git clone gitlab.com/org/app").
const FETCH_BEFORE = /\b(?:get|pull|push|install|add|clone|import|require|from|use|uses|replace|module|image|FROM)[ \t]{1,3}["']?$/;

const onHost = (host: string, list: readonly string[]) => list.some((h) => host === h || host.endsWith(`.${h}`));

// The longest link read: profile, booking and short links are far shorter; a link that has
// tracking parameters runs to a few hundred characters.
const MAX_LINK = 1024;

function hostChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46;
}

// Before a host: a character a link can follow in prose, markup or JSON. A slash, colon, "@",
// backslash, underscore or "~" says it is part of a path, a scheme URL or an e-mail address.
function opensLink(c: number): boolean {
  return Number.isNaN(c) || c <= 32 || c === 40 || c === 91 || c === 60 || c === 34 || c === 39 || c === 96 || c === 123 || c === 44 || c === 59 || c === 61 || c === 124 || c === 42 || c === 0xa0 || c === 0x201c || c === 0x201e || c === 0x2018 || c === 0xab || c === 0x3000;
}

function linkEnds(c: number): boolean {
  // Whitespace, quotes, angle brackets and backticks end a link in prose, JSON and markup.
  return c <= 32 || c === 34 || c === 39 || c === 60 || c === 62 || c === 96 || c === 0x201c || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x3000;
}

/** The host [start, slash) if it is a plausible site: labels of letters, digits and hyphens, a known TLD, not a number. */
function siteHost(text: string, start: number, slash: number): string | null {
  const host = text.slice(start, slash).toLowerCase();
  const labels = host.split(".");
  if (labels.length < 2 || labels.some((l) => l === "" || l.startsWith("-") || l.endsWith("-"))) return null;
  if (!TLDS.has(labels[labels.length - 1]) || !/[a-z]/.test(labels[labels.length - 2])) return null;
  // "www." opens a URL network.ts already reads whole.
  return labels[0] === "www" ? null : host;
}

// A bare domain is someone's when they say so: "my portfolio is janedoe.com", "[my site](anna.dev)".
const OWN_SITE = /\b(?:my|our|his|her|their)[ \t](?:personal[ \t])?(?:site|website|web site|homepage|home page|portfolio|blog)(?:(?:[ \t]is(?:[ \t]at)?|[ \t]at|:)?[ \t]{1,2}\(?|\]\()([a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){1,3})(?![\w/@-]|\.[a-z0-9])/gi;
const OWN_SITE_WORDS = ["site", "portfolio", "blog", "homepage", "home page"];

function ownSites(text: string, out: Candidate[]): void {
  const lower = text.length < 4096 ? text.toLowerCase() : "";
  if (!OWN_SITE_WORDS.some((w) => lower.includes(w))) return;
  for (const m of text.matchAll(OWN_SITE)) {
    const start = m.index + m[0].length - m[1].length;
    if (siteHost(text, start, start + m[1].length) !== null) out.push(candidate("URL", start, start + m[1].length, 0.8, "own-site"));
  }
}

function findPersonalLinks(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (text.includes(".")) ownSites(text, out);
  // Every link here has a dot in its host and a slash after it: most messages have neither.
  let slash = text.indexOf("/");
  if (slash < 0 || !text.includes(".")) return out;
  let machine: boolean | undefined;
  for (; slash >= 0; slash = text.indexOf("/", slash + 1)) {
    // A host ends right before the slash with a letter or digit; "//" is a scheme's or a comment's.
    const last = text.charCodeAt(slash - 1);
    if (slash === 0 || last === 46 || last === 45 || !hostChar(last) || text.charCodeAt(slash + 1) === 47) continue;
    let start = slash;
    while (start > 0 && slash - start < 100 && hostChar(text.charCodeAt(start - 1))) start--;
    if (!opensLink(text.charCodeAt(start - 1))) continue;
    const host = siteHost(text, start, slash);
    if (host === null) continue;
    let end = slash + 1;
    const limit = Math.min(text.length, start + MAX_LINK);
    while (end < limit && !linkEnds(text.charCodeAt(end))) end++;
    // A run with no end in sight is a blob (minified code, base64, a dump), not a pasted link.
    // Skipping the whole run keeps the work linear: a link as long as the run would be looked
    // for again at each of its words when its other occurrences are redacted.
    if (end === limit && end < text.length) {
      while (end < text.length && !linkEnds(text.charCodeAt(end))) end++;
      slash = end;
      continue;
    }
    // Trailing sentence punctuation and unbalanced closing brackets are not part of the link.
    while (end > slash + 1) {
      const ch = text[end - 1];
      const link = text.slice(start, end);
      if (".,;:!?".includes(ch)) end--;
      else if (ch === ")" && link.split("(").length <= link.split(")").length - 1) end--;
      else if ((ch === "]" || ch === "}") && !link.includes(ch === "]" ? "[" : "{")) end--;
      else break;
    }
    // A path of at least one character: "google.com/" alone names the site only.
    if (end <= slash + 1) continue;
    machine ??= isMachineText(text);
    const fetched = FETCH_BEFORE.test(text.slice(Math.max(0, start - 12), start));
    if (fetched && !onHost(host, PROFILE_HOSTS)) {
      slash = end - 1;
      continue;
    }
    const profile = onHost(host, PROFILE_HOSTS) || (!machine && onHost(host, PROSE_PROFILE_HOSTS));
    out.push(candidate("URL", start, end, profile ? 0.95 : machine ? 0.45 : 0.6, "link-no-scheme"));
    slash = end - 1;
  }
  return out;
}

export const personalLinkRecognizer: Recognizer = { id: "personal-link", types: ["URL"], find: findPersonalLinks };
