/**
 * Code and machine text (1.5.0): what in a stack trace, a log line, JSON or SQL is the
 * program's own vocabulary rather than a person's data.
 * - `inCodeToken`: a capitalised word that is one segment of a dotted or slashed identifier
 *   ("Contoso.Orders.Api", "/src/Contoso.Orders.Api/", "Scheduler.nextDelay",
 *   "RefundsController#create") names a namespace, class or file, not a person or a place.
 *   A user's folder ("/home/anna", "C:\Users\Anna") is the exception: that segment is theirs.
 * - `isMachineText`: a text made of log lines, stack frames, JSON or SQL. There plain URLs
 *   and internal addresses are the system's endpoints, and a lone capitalised word needs more
 *   than the bare threshold to be a name (class names, products, log categories).
 */
import { foldWord } from "../lexicon/gazetteer";
import { getLexicon } from "../lexicon/lexicon";
import { isAsciiAlnum } from "../text-scan";
import { literalDateSpans, softwareDateSpans } from "./code-dates";
import { programWord } from "./code-labels";
import { lineShape, lineSigns } from "./code-signs";
import { oneLine as isOneLine, oneLineForm } from "./one-line";

/** Abbreviations written against the next word ("St.Petersburg", "Dr.Schmidt"): not code. */
const ABBREVIATIONS = new Set(["st", "ste", "mt", "ft", "pt", "dr", "mr", "mrs", "ms", "mme", "mlle", "prof", "sr", "sra", "jr", "hr", "fr", "hl", "sv", "sta", "sto", "ul", "pl", "al", "av", "ave", "str", "nr", "no", "gen", "col", "capt", "rev"]);
/** Folders named after their user: the next segment is personal. */
const USER_FOLDERS = new Set(["home", "users", "user", "u", "profiles", "people"]);

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Characters of an identifier or a path: ASCII letters, digits, `_ $ . / \ # : -`. */
function identChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 95 || c === 36 || c === 46 || c === 47 || c === 92 || c === 35 || c === 58 || c === 45;
}

/** The run of identifier characters around [start, end). */
function tokenAround(text: string, start: number, end: number): [number, number] {
  let a = start;
  let b = end;
  while (a > 0 && start - a < 200 && identChar(text.charCodeAt(a - 1))) a--;
  while (b < text.length && b - end < 200 && identChar(text.charCodeAt(b))) b++;
  // A sentence's closing punctuation is not part of the token.
  while (b > end && ".:-#/".includes(text[b - 1])) b--;
  return [a, b];
}

/** The alphanumeric segment ending at `at` (exclusive), lower-cased. */
function segmentBefore(text: string, at: number): string {
  let a = at;
  while (a > 0 && at - a < 40 && isAsciiAlnum(text.charCodeAt(a - 1))) a--;
  return text.slice(a, at).toLowerCase();
}

/**
 * Whether [start, end) (a PERSON or LOCATION candidate) is one segment of a code identifier
 * or a path: joined to its neighbours by ".", "/", "\", "::" or "#" inside a token that
 * holds two such joins, a path separator, an underscore, a call's "(" or a camelCase part.
 */
export function inCodeToken(text: string, start: number, end: number): boolean {
  const left = start > 0 ? text.charCodeAt(start - 1) : 32;
  const right = end < text.length ? text.charCodeAt(end) : 32;
  // "America/Puerto_Rico": an underscore joins too.
  const joinedLeft = (left === 46 || left === 47 || left === 92 || left === 58 || left === 35 || left === 95) && start > 1 && isAsciiAlnum(text.charCodeAt(start - 2));
  const joinedRight = (right === 46 || right === 47 || right === 92 || right === 58 || right === 35 || right === 40) && end + 1 < text.length && (isLetter(text.charCodeAt(end + 1)) || right === 40 || right === 47);
  if (!joinedLeft && !joinedRight) return false;
  if (joinedLeft) {
    const prev = segmentBefore(text, start - 1);
    // "St.Petersburg", "Dr.Schmidt", "J.Smith": an abbreviation or an initial, not a namespace.
    if (left === 46 && (prev.length < 2 || ABBREVIATIONS.has(prev))) return false;
    if ((left === 47 || left === 92) && USER_FOLDERS.has(prev)) return false;
  }
  // "Berlin.Then" (a missing space) is one join in prose; code has more to show.
  const [a, b] = tokenAround(text, start, end);
  const token = text.slice(a, b);
  if (text.charCodeAt(b) === 40) return true;
  let joins = 0;
  for (let k = 1; k < token.length - 1; k++) {
    const c = token.charCodeAt(k);
    if (c === 47 || c === 92 || c === 95 || c === 35 || c === 36) return true;
    if (c === 58 && token.charCodeAt(k + 1) === 58) return true;
    if (c === 46 && isAsciiAlnum(token.charCodeAt(k - 1)) && isAsciiAlnum(token.charCodeAt(k + 1)) && ++joins >= 2) return true;
  }
  // "Scheduler.nextDelay": a camelCase segment next to it.
  return /\.[a-z]+[A-Z]|[a-z][A-Z][a-z]*\./.test(token);
}

// Stack traces, a JSON document and an SQL statement count twice: each is machine text on
// its own.
const STACK = /^\s+at [\w$.<>/\\:@-]+[ (]|^\s+File "[^"\n]+", line \d|^Traceback \(|^goroutine \d|^panic: /m;
// 1.7.0: also after a label ("Response: {…}", "body={…}"). One run of spaces after the label:
// two quantifiers over the same spaces backtrack quadratically on a long run of them.
const JSON_DOCUMENT = /(?:^|[:=])\s*[{[]\s*"[\w.@-]{1,40}"\s*:[^\n]{0,400}?,\s*"[\w.@-]{1,40}"\s*:/;
const SQL_STATEMENT = /^\s*(?:SELECT\s[^;]{1,300}?\sFROM\s|INSERT\s+INTO\s|UPDATE\s+[\w."`]+\s+SET\s|DELETE\s+FROM\s|CREATE\s+(?:TABLE|INDEX|VIEW)\s|ALTER\s+TABLE\s)/i;
// Indented "key: value" lines of a YAML file or a config dump, three in a row.
const CONFIG_LINES = /(?:^|\n)[ \t]*[\w.-]{2,40}:[ \t][^\n]+\n[ \t]*[\w.-]{2,40}:[ \t][^\n]+\n[ \t]*[\w.-]{2,40}:(?:[ \t]|\n)/;
// English month abbreviations, as logs, ctime, Java and HTTP write dates; the regexes below that
// read such dates are built from this one alternation.
const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";

// 1.6.0: documents that are machine text on their own: an env file, a Dockerfile, a diff, a PHP, Ruby
// or Rust trace, glog and syslog lines, a Kubernetes manifest, XML, an HTTP request, build
// output with a bracketed level on two lines.
const MACHINE_DOCUMENTS: ReadonlyArray<RegExp> = [
  /(?:^|\n)[A-Z][A-Z0-9_]{1,40}=[^\s][^\n]*\n[A-Z][A-Z0-9_]{1,40}=/,
  /(?:^|\n)(?:FROM|RUN|COPY|WORKDIR|CMD|ENV|EXPOSE|ENTRYPOINT|ARG|ADD) [^\n]+\n(?:FROM|RUN|COPY|WORKDIR|CMD|ENV|EXPOSE|ENTRYPOINT|ARG|ADD) /,
  /^diff --git |(?:^|\n)@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@|(?:^|\n)--- a\/[^\n]+\n\+\+\+ b\//,
  /(?:^|\n)Stack trace:\n#0 |(?:^|\n)PHP (?:Fatal|Parse|Warning|Notice)[ a-z]*:|:\d+:in [`'][^\n]{1,80}'|panicked at [`'"]|(?:^|\n)[ \t]+from [^\s:]+:\d+:in /,
  /(?:^|\n)[IWEF]\d{4} \d\d:\d\d:\d\d\.\d{3,6} +\d+ [\w.-]+:\d+\]/,
  new RegExp(`(?:^|\\n)${MONTH} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d [\\w.-]+ [\\w./-]+(?:\\[\\d+\\])?: `),
  /(?:^|\n)apiVersion: [\w./-]+\n(?:[^\n]*\n){0,3}kind: [A-Z]\w+/,
  /^<\?xml |<([a-z][\w:-]{0,30})>[^<\n]{0,200}<\/\1><([a-z][\w:-]{0,30})>/i,
  /(?:^|\n)(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \/\S* HTTP\/\d(?:\.\d)?\r?\n[A-Z][\w-]+: /,
  /(?:^|\n)\[(?:INFO|WARN|WARNING|ERROR|DEBUG)\] [^\n]*\n\[(?:INFO|WARN|WARNING|ERROR|DEBUG)\] /,
  /(?:^|\n)commit [0-9a-f]{7,40}\r?\n(?:Merge: [^\n]+\n)?Author: /,
  // A command's table ("NAME   READY   STATUS", "LAST SEEN   TYPE   REASON"): capitalised column names apart by wide spaces.
  // 1.11.0: a column's plural in brackets ("PORT(S)").
  /(?:^|\n)[A-Z][A-Z_-]+(?:\(S\))?(?: [A-Z][A-Z_-]+)?(?: {2,}[A-Z][A-Z_-]+(?:\(S\))?(?: [A-Z][A-Z_-]+)?){2,}[ \t]*\r?\n/,
];

// 1.7.0: more documents that are machine text on their own (tried only on texts of 20 characters or
// more, so a short field, an id or a name, pays nothing for them).
type Gate = "bracket" | "colon" | "equals" | "colonLine" | "level" | "any" | "dash" | "tag" | "star";
// Each with the literal it cannot match without, tested first (a chat message has few of them).
const LATER_DOCUMENTS: ReadonlyArray<[Gate, RegExp]> = [
  // An access log's clock ("[14/Mar/2024:09:21:33 +0000]"), a line opening with a date and a
  // clock with seconds (not a chat export's "[14/03/2024, 09:21:33] Anna: …"), a ctime or Java date
  // ("Thu Mar 14 09:21:33 2024", "Mar 14, 2024 9:21:33 AM"), PHP and npm errors, an INI/TOML
  // section, a YAML block, a logrus level, a bundler's error, a shell command with flags.
  ["bracket", /\[\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}\]/],
  ["colon", /(?:^|\n)[ \t]*\[?(?:\d{4}[-/.]\d{2}[-/.]\d{2}|\d{2}[-/.](?:\d{2}|[A-Z][a-z]{2})[-/.]\d{4})[ T]\d{1,2}:\d{2}:\d{2}(?![^\n]{0,24}?(?:\]|[ \t]-)[ \t][^\n:\]]{1,40}:[ \t])/],
  ["colon", new RegExp(`(?:^|\\n)[ \\t]*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) )?${MONTH} [ \\d]\\d,? (?:\\d{4} )?\\d{1,2}:\\d{2}:\\d{2}`)],
  ["any", /\bPHP (?:Fatal error|Warning|Notice|Parse error|Deprecated|Stack trace):|(?:^|\n)npm (?:ERR!|error) |(?:^|\n)(?:fatal|error|warning|hint): [a-z]/],
  ["equals", /(?:^|\n)\[[\w. "-]{1,40}\][ \t]*\r?\n(?:[ \t]*(?:#|;)[^\n]*\n)*[ \t]*[\w.-]{1,40}[ \t]*=[ \t]*\S/],
  ["colonLine", /(?:^|\n)[\w-]{1,40}:[ \t]*\r?\n[ \t]{2,}[\w-]{1,40}:[ \t]+\S[^\n]*\r?\n[ \t]{2,}[\w-]{1,40}:/],
  ["level", /(?:^|\n)[ \t]*(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|CRITICAL)[ \t:][^\n]*\n[ \t]*(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|CRITICAL)[ \t:]/],
  ["any", /\b(?:INFO|WARN|ERRO|DEBU|FATA)\[\d{4}\]|(?:^|\n)ERROR in [.\w/]|Module not found: Error:/],
  ["dash", /(?:^|\n)(?:\$ )?(?:sudo )?(?:kubectl|docker|helm|git|npm|npx|yarn|pnpm|pip|terraform|aws|gcloud|az|systemctl|journalctl|curl|wget|ssh|scp|psql|mysql)(?: [a-z][\w-]*)?[^\n]*?[ \t]--?[a-zA-Z]/],
  // An exception's name opening a line ("TypeError: …", "java.net.SocketTimeoutException: …", "KeyError: 'id'"),
  // an HTML or XML tag with attributes, a crontab line, bracketed clocks opening two lines.
  ["colon", /(?:^|\n)[ \t]*(?:[a-z][\w]*\.)*[A-Z]\w*(?:Error|Exception|Warning|Fault)(?:\[\w+\])?: /],
  ["tag", /<[a-z][\w-]{0,20}(?:\s+[\w:-]{1,30}="[^"\n]{0,200}")+\s*\/?>/],
  ["star", /(?:^|\n)(?=[^\n]{0,20}\*)(?:[\d*/,-]+[ \t]+){5}[/~.\w]/],
  ["bracket", /(?:^|\n)\[\d{1,2}:\d{2}:\d{2}\][^\n]*\n\[\d{1,2}:\d{2}:\d{2}\]/],
];

// Source code: a declaration, an import or a statement keyword opening a line.
const CODE_LINE = /^\s*(?:import\s[\w{*@'"]|export\s(?:default\s|class\s|function\s|const\s|interface\s)|from\s[\w.]+\simport\s|def\s\w+\(|class\s\w+[\s:({<]|(?:async\s)?function\s*\w*\(|(?:const|let|var)\s[\w{[]+\s*=|return\s|(?:public|private|protected)\s|#include\s|package\s[\w.]+;|using\s[\w.]+;|func\s\w+\(|fn\s\w+\()/m;
const CODE_LINES = new RegExp(CODE_LINE.source, "gm");

// Signs of machine text, each a separate alternative: log levels, stack frames, tracebacks,
// JSON pairs, SQL statements, clock times, logfmt pairs, compiler errors and process tags.
const MACHINE_SIGNS: ReadonlyArray<RegExp> = [
  /\b(?:ERROR|WARN(?:ING)?|INFO|DEBUG|TRACE|FATAL|CRITICAL|SEVERE|NOTICE)\b|\blevel=\w|"(?:level|severity)"\s*:/,
  /^\s+at [\w$.<>/\\:@-]+[ (]|^\s+File "[^"\n]+", line \d|^Traceback \(|^goroutine \d|^panic: |^\s*-->\s|\bat [\w$]+\.[\w$.]+\(|^Caused by: |Exception\b|Error: /m,
  /"[\w.-]{1,40}"\s*:\s*(?:"|\d|\{|\[|true|false|null)/,
  /\b(?:SELECT\b[^;]{1,200}?\bFROM|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE|ALTER TABLE)\b/i,
  /(?<!\d)\d{1,2}:\d{2}:\d{2}(?!\d)/,
  // 1.6.0: a statement calling a function, a template literal, a shell prompt or a build task.
  /(?:^|\n)[ \t]*[\w$.]+\([^\n]*\);?[ \t]*(?:\n|$)|\$\{[\w.]+\}|(?:^|\n)\$ [a-z][\w-]* |(?:^|\n)> Task :|(?:^|\n)[a-z][\w-]*: (?:Error|error|fatal|warning)\b/,
  /(?:^|\s)\w+=[^\s=]+\s+\w+=[^\s=]+\s+\w+=/,
  CONFIG_LINES,
  /\b(?:npm ERR!|error\[E\d+\]|exit (?:status|code) \d|HTTP\/\d(?:\.\d)?\b|\[pid \d+\]|\w+\[\d+\]: )/,
];

// The same patterns for a text of one line, where each tries its line openings at position 0 only (one-line.ts).
const MACHINE_DOCUMENTS_ONE_LINE = MACHINE_DOCUMENTS.map(oneLineForm);
const LATER_DOCUMENTS_ONE_LINE = LATER_DOCUMENTS.map(([gate, re]): [Gate, RegExp] => [gate, oneLineForm(re)]);
const MACHINE_SIGNS_ONE_LINE = MACHINE_SIGNS.map(oneLineForm);
const STACK_ONE_LINE = oneLineForm(STACK);
const CODE_LINE_ONE_LINE = oneLineForm(CODE_LINE);

// 1.7.0: code's own punctuation and keywords: an arrow, strict equality, await, a brace after a
// call or around an object, a statement's closing ";", a Python block opener, a logging call
// (one sign, on texts of 20 characters or more like LATER_DOCUMENTS).
const CODE_PUNCTUATION = /=>|===|!==|\bawait |\)[ \t]*\{|\}[ \t]*\)|;[ \t]*(?:\n|$)|(?:^|\n)[ \t]*(?:if|elif|for|while|with|try|except|def|else)\b[^\n]*:[ \t]*\n[ \t]+\S|\b(?:log|logger|logging|console|System\.out|Log)\.\w+\(/;

/** Every alternative of CODE_PUNCTUATION holds one of these characters or words ("=>" and "===" an "="). */
function codePunctuationPossible(text: string): boolean {
  return text.includes(";") || text.includes("=") || text.includes("{") || text.includes("}") || text.includes("(") || text.includes("await ") || (text.includes(":") && /:[ \t]*\n/.test(text));
}

const LEVEL_WORD = /TRACE|DEBUG|INFO|NOTICE|WARN|ERROR|FATAL|CRITICAL/;

function laterDocument(text: string, oneLine: boolean): boolean {
  const open: Record<Gate, boolean> = {
    bracket: text.includes("["),
    colon: text.includes(":"),
    equals: text.includes("=") && text.includes("["),
    colonLine: text.includes(":\n") || text.includes(":\r\n") || text.includes(": \n") || text.includes(":\t\n"),
    level: LEVEL_WORD.test(text),
    any: true,
    dash: text.includes(" -"),
    tag: text.includes('="') && text.includes("<"),
    star: text.includes("*"),
  };
  for (const [gate, re] of oneLine ? LATER_DOCUMENTS_ONE_LINE : LATER_DOCUMENTS) if (open[gate] && re.test(text)) return true;
  return false;
}

let lastText: string | null = null;
let lastVerdict = false;
let lastNamesVerdict = false;

/**
 * Whether `text` is machine text: at least two different signs (a log level and a clock
 * time, a stack frame and an exception, JSON pairs and a level, a line of code and a clock
 * time...), or a stack trace, a JSON document or an SQL statement, each alone. Cached for the last
 * text, since several recognizers ask about the same one.
 */
export function isMachineText(text: string): boolean {
  if (text !== lastText) decide(text);
  return lastVerdict;
}

/**
 * 1.11.0 (review): the verdict for a lone capitalised word (a class, a product, a log category in
 * machine text): code-signs.ts's YAML nesting and single signs count here as in any two signs.
 * For a number, a link or an address (isMachineText) a single sign counts only with a sign of the
 * patterns above (a log level, a clock, a trace), else with a third sign: a person who mentions a
 * commit and a duration, or pastes their record as YAML, still wrote their own phone number and site.
 */
export function isMachineTextForNames(text: string): boolean {
  if (text !== lastText) decide(text);
  return lastNamesVerdict;
}

function decide(text: string): void {
  const oneLine = isOneLine(text);
  let signs = (oneLine ? STACK_ONE_LINE : STACK).test(text) || JSON_DOCUMENT.test(text) || SQL_STATEMENT.test(text) ? 1 : 0;
  if (signs === 0 && (oneLine ? MACHINE_DOCUMENTS_ONE_LINE : MACHINE_DOCUMENTS).some((re) => re.test(text))) signs = 2;
  const long = text.length >= 20;
  if (signs === 0 && long && laterDocument(text, oneLine)) signs = 2;
  if (signs === 0 && (oneLine ? CODE_LINE_ONE_LINE : CODE_LINE).test(text)) signs = (text.match(CODE_LINES) ?? []).length >= 2 ? 2 : 1;
  if (signs < 2 && long && codePunctuationPossible(text) && CODE_PUNCTUATION.test(text)) signs++;
  for (const re of oneLine ? MACHINE_SIGNS_ONE_LINE : MACHINE_SIGNS) if (signs >= 2 || (re.test(text) && ++signs >= 2)) break;
  // 1.11.0: the line shapes and single signs of code-signs.ts, for what is still undecided.
  let forNames = signs >= 2;
  let forValues = forNames;
  if (signs < 2 && long) {
    const shape = oneLine ? 0 : lineShape(text);
    if (shape === 2) forNames = forValues = true;
    else {
      const single = lineSigns(text);
      forNames = shape === 1 || signs + single >= 2;
      // A sign of the patterns above and one single sign still decide ("Active: … since Thu
      // 2024-03-14 09:21:33 UTC" with a unit's path); single signs or nesting alone need a third.
      forValues = (signs >= 1 && signs + single >= 2) || signs + shape + single >= 3;
    }
  }
  lastText = text;
  lastVerdict = forValues;
  lastNamesVerdict = forNames;
}

// 1.6.0: the "name" of an object that also has a SKU, or two of a price, a quantity, a category
// and the like, is a product's
// ({"sku": "7LR4IY", "name": "Refined Ceramic Mouse", "qty": 5}), not a person's.
const PRODUCT_KEY = /["'](?:sku|price|unit_price|unitPrice|qty|quantity|product_id|productId|item_id|itemId|category|brand|variant|stock)["']\s*:/g;

/** Whether the JSON object around `at` (up to its braces, 300 characters each side) describes a product. */
export function productObject(text: string, at: number): boolean {
  const open = text.lastIndexOf("{", at);
  if (open < 0 || at - open > 300) return false;
  let close = text.indexOf("}", at);
  if (close < 0 || close - at > 300) close = Math.min(text.length, at + 300);
  const body = text.slice(open, close);
  // One key of these can go with a person ("price" of a booking); a SKU or two of them cannot.
  return !body.slice(1).includes("{") && ((body.match(PRODUCT_KEY)?.length ?? 0) >= 2 || /["']sku["']\s*:/i.test(body));
}

/**
 * 1.10.0: a bare "name" also names plans, meetings and products ("name: Starter plan",
 * "name": "Design review"). A person's name opening with a word no name list holds has no
 * ordinary word in lower case after it ("plan", "review", "meeting"). A one-word value stays a
 * name: "Rose" and "Standup" cannot be told apart there, and privacy comes first.
 */
export function namesSomeone(v: string): boolean {
  const lex = getLexicon();
  const parts = v.split(/[ \u00a0]+/);
  // A listed first name makes it a person whatever follows ("Bernadette Le gall", "Jesús
  // Miranda Espinosa de los Monteros", "Jeanne d’Arc Dupuy").
  // The name lists hold lower-case words without their accents ("jesus" for "Jesús").
  const first = foldWord(parts[0].toLowerCase());
  if (lex.givenNames.has(first) || lex.surnames.has(first)) return true;
  for (let i = 1; i < parts.length; i++) {
    const w = parts[i];
    if (!w || w[0] === w[0].toUpperCase()) continue;
    // Only an ordinary word says "thing": a surname typed in lower case ("name: John smith")
    // or a part no list holds ("Le gall") is still a name's.
    const lower = foldWord(w.toLowerCase());
    if (lex.commonWords.has(lower) && !lex.particles.has(lower) && !lex.surnames.has(lower) && !lex.givenNames.has(lower)) return false;
  }
  return true;
}

// Words a log line or a record puts before a person's name ("for", "user=", "author:").
const NAME_CUES_IN_MACHINE_TEXT = new Set(["user", "username", "customer", "client", "patient", "author", "by", "for", "name", "fullname", "owner", "assignee", "reporter", "employee", "member", "contact", "recipient", "sender", "from", "to", "cc", "driver", "guest", "passenger", "holder", "cardholder", "dear", "hi", "hello", "mr", "mrs", "ms", "dr"]);

/** The ASCII word before `at`, skipping spaces, quotes and a key's ":" or "=", lower-cased. */
function wordBefore(text: string, at: number): string {
  let b = at;
  while (b > 0 && at - b < 6 && " \t\"':=".includes(text[b - 1])) b--;
  let a = b;
  while (a > 0 && b - a < 20 && (isLetter(text.charCodeAt(a - 1)) || text.charCodeAt(a - 1) === 95)) a--;
  return text.slice(a, b).toLowerCase().replace(/_/g, "");
}

/**
 * 1.5.0: a segment of a code identifier or path is no name ("Contoso.Orders.Api"), and in
 * machine text (logs, traces, JSON, SQL) a name needs a margin over the threshold: there
 * a capitalised word with nothing else for it is a class, a product or a log category.
 * 1.6.0: there a word of another script among Latin-script words ("Started פורטלים worker",
 * "template \"拒否\" missing") is a message, a product or a label in the user's language, not
 * a name, unless a word that introduces a person stands before it ("for 王伟", "user=Иван").
 */
// A bare "name" key right before a value ("name: …", "\"name\": \"…", "name=…").
const NAME_KEY_BEFORE = /(?:^|[^\w.-])["']?name["']?[ \t]*[:=][ \t]*["']?$/;

export function keepNameInCode(text: string, c: { type: string; start: number; end: number; score: number; source: string }, threshold: number): boolean {
  if (inCodeToken(text, c.start, c.end)) return false;
  // 1.11.0: a type, a default, a cloud region's city, a language or a label's word (code-labels.ts).
  if (programWord(text, c.start, c.end, c.type, () => isMachineTextForNames(text))) return false;
  if (c.type === "LOCATION" && notAPlace(text, c.start, c.end)) return false;
  if (c.type === "PERSON" && /["']name["']\s*:\s*["']$/.test(text.slice(Math.max(0, c.start - 12), c.start)) && productObject(text, c.start)) return false;
  if (c.type === "PERSON" && NAME_KEY_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start)) && /^\p{Lu}/u.test(text.slice(c.start, c.start + 2))) {
    // The value ends with its field: a quote, a line, a separator or the next logfmt key.
    const value = /^[^\n"',;{}[\]\t]*?(?=$|[\n"',;{}[\]\t]| {2}| [A-Za-z_][\w.-]{0,30}=)/.exec(text.slice(c.start, c.start + 80))?.[0].trim() ?? "";
    if (!namesSomeone(value)) return false;
  }
  // A name clearing the machine-text margin is kept whatever the text is: the verdict (a
  // scan of ~40 patterns, the largest cost here) is asked only where it decides.
  const clearsMargin = c.score >= threshold + 0.1;
  if (clearsMargin && c.source !== "foreign-run") return true;
  if (!isMachineTextForNames(text)) return true;
  if (c.source === "foreign-run") return NAME_CUES_IN_MACHINE_TEXT.has(wordBefore(text, c.start));
  return clearsMargin;
}

// 1.7.0: a status line is no street ("502 Bad Gateway", "SMTP 550 mailbox unavailable"), and
// an address read after "to" does not run over a URL or an e-mail address ("POST to
// https://hooks…/x failed: 502 …", "send invoice to anna@x.se: SMTP 550 …").
const STATUS_PHRASE = /\b[1-5]\d\d[ -](?:Bad Gateway|Gateway Time-?out|Not Found|Service Unavailable|Internal Server Error|Bad Request|Forbidden|Unauthorized|Too Many Requests|Method Not Allowed|Conflict|Moved Permanently|Found|Not Modified|Payload Too Large|Request Timeout|mailbox unavailable|Mailbox unavailable|Requested action|Service not available|[Uu]ser unknown)\b/;

function notAPlace(text: string, start: number, end: number): boolean {
  const span = text.slice(start, end);
  if (STATUS_PHRASE.test(text.slice(Math.max(0, start - 4), end))) return true;
  return (span.includes("://") || /\w@\w/.test(span)) && !/[\n]/.test(span);
}

// 1.6.0: a JavaScript Date written as a string, as a template literal or `String(date)` prints
// it: "Thu Mar 14 2024 09:21:33 GMT+0000 (Coordinated Universal Time)". Its weekday and month
// read as a name and its digits as a phone number; it is a machine timestamp.
const JS_DATE = new RegExp(`\\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ${MONTH} \\d{2} \\d{4}(?: \\d{2}:\\d{2}:\\d{2}(?: GMT[+-]\\d{4}(?: \\([A-Za-z .'-]{3,60}\\))?)?)?`, "g");
// A weekday and a month, what every JS_DATE holds: most texts skip its scan.
const JS_DATE_HINT = new RegExp(`(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ${MONTH} \\d`);

// 1.6.0: a line that opens with a date and a clock time with seconds, as a program prints its
// own clock in the locale's format (`toLocaleString`, a logger's default): "14.3.2025, 09:21:33",
// "3/14/2025, 9:21:33 AM", "2025. 3. 14. 오전 9:21:33", "2025/3/14 上午9:21:33", "14/03/2025 klo
// 9.21.33", "09:21:33 14/3/2025", bracketed or not. The date and time read as a personal date
// or a phone number; the line's opening clock is the program's (as ISO timestamps are).
const DATE_PART = "(?:\\d{1,4}[./-] ?\\d{1,2}[./-] ?\\d{1,4}\\.?|\\d{4}\\. ?\\d{1,2}\\. ?\\d{1,2}\\.?)";
const TIME_PART = "(?:\\d{1,2}[:.]\\d{2}[:.]\\d{2}(?:[.,]\\d{1,6})?|\\d{1,2}:\\d{2}(?![:\\d]))";
const PERIOD = "(?:[ \\u00a0\\u2009\\u202f]?(?:AM|PM|am|pm|a\\.m\\.|p\\.m\\.|π\\.μ\\.|μ\\.μ\\.|ص|م|SA|CH|de\\. |du\\. |午前|午後|上午|下午|오전|오후))?";
const LINE_CLOCK = new RegExp(
  `(?:^|\\n)[ \\t]*\\[?(?:${DATE_PART},?[ \\u00a0\\u2009\\u202f]{1,2}(?:klo |à |às |alle |um |в |o |kl\\. |г\\.,? |r\\.,? )?${PERIOD}[ \\u00a0\\u2009\\u202f]?${TIME_PART}${PERIOD}|${TIME_PART}${PERIOD},?[ \\u00a0\\u2009\\u202f]{1,2}${DATE_PART})`,
  "g",
);

const BIRTH_WORDS = /birth|born|\bdob\b|\bd\.o\.b|geb(?:oren|urt)|naissance|\bnée?\b|nac(?:imiento|ido|ida)|nasc|рожд|народ|urodz|születés|doğum|生日|出生|誕生|생일|생년/i;
// A line that opens with a date alone, then what a program writes after its clock: a bracket,
// a level, a " - " or " | " separator ("14.03.2025 ERROR …", "[2025-03-14] backup done").
const LINE_DATE = new RegExp(`(?:^|\\n)[ \\t]*\\[?${DATE_PART}(?=\\]|[ \\t]+(?:-|\\||(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|CRITICAL)\\b))`, "g");
// Both for a text of one line: tried at its start only (one-line.ts).
const LINE_CLOCK_ONE_LINE = oneLineForm(LINE_CLOCK);
const LINE_DATE_ONE_LINE = oneLineForm(LINE_DATE);
/** Every pattern above given a one-line form (its property test compares the two). */
export const LINE_OPENING_PATTERNS: readonly RegExp[] = [STACK, CODE_LINE, ...MACHINE_DOCUMENTS, ...LATER_DOCUMENTS.map(([, re]) => re), ...MACHINE_SIGNS, LINE_CLOCK, LINE_DATE];

// An HTTP or e-mail date ("Thu, 14 Mar 2024 10:21:33 GMT", RFC 9110 / RFC 5322): a header's.
const HTTP_DATE = new RegExp(`\\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{1,2} ${MONTH} \\d{4} \\d{2}:\\d{2}(?::\\d{2})? (?:GMT|UTC|[+-]\\d{4})`, "g");
// A date inside a file name or an identifier ("backup_2024-03-14.tar.gz", "sales-20240314.csv",
// "v2024.03.14"): joined to letters by "_", "-" or "." and ending in an extension or the name.
const NAMED_DATE = /(?<![\w.-])[A-Za-z][\w-]{0,60}?[_-](?:\d{4}-\d{2}-\d{2}|\d{8})(?:[_-][\w-]{0,30})?\.[a-z][a-z0-9]{1,5}(?:\.[a-z0-9]{1,4})?\b/g;

// A date as the value of a program's "key=value" field ("date=14/03/2024 user=bot",
// "valid_to=2025-03-14"): a record's date, unless the key is about a birth.
const KEYED_DATE = new RegExp(`(?<![\\w.-])([A-Za-z_][\\w.-]{0,30})=["']?(${DATE_PART}(?:[T ]${TIME_PART})?)`, "g");

// 1.7.0: a date and a clock with seconds written as only programs do, wherever they stand: an
// access log's ("14/Mar/2024:09:21:33 +0000"), ctime's and Java's ("Thu Mar 14 09:21:33 2024",
// "Mar 14, 2024 9:21:33 AM"), "14-Mar-2024 09:21:33". People don't write seconds.
const CLOCK_DATE = new RegExp(`\\b(?:\\d{2}\\/${MONTH}\\/\\d{4}:\\d{2}:\\d{2}:\\d{2}(?: [+-]\\d{4})?|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) )?${MONTH} [ \\d]?\\d,? (?:\\d{4} )?\\d{1,2}:\\d{2}:\\d{2}(?: ?[AP]M)?(?: \\d{4})?(?: [+-]\\d{4})?|\\d{1,2}-${MONTH}-\\d{4} \\d{2}:\\d{2}:\\d{2}(?: [A-Z]{3})?)`, "g");
// 1.7.0: in machine text, an ISO or numeric day-month-year date is the program's record of when
// only where it plainly is a timestamp: with a clock to the second or a time zone, opening its
// line (after a bracket or a level word at most), or as the value of a timestamp key ("ts",
// "created_at", "@timestamp"). Anywhere else in a log or a JSON record it may be a person's
// (an admission, an appointment, a passport's expiry) and stays a date.
const MACHINE_ISO = /(?<![\w.-])(?:\d{4}[-/]\d{2}[-/]\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{4})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[ ]?[+-]\d{2}:?\d{2}|[ ]UTC)?)?(?![\w-])/g;

const WEEKDAY_BEFORE = /(?<![\w])(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},? $/;
const CLOCK_OR_ZONE = /\d:\d\d:\d\d|Z$|[+-]\d\d:?\d\d$|UTC$/;
const LINE_OPENING = /^[ \t]*(?:\[|(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|CRITICAL)[ \t:]+)?$/;
const TIMESTAMP_KEY = /[^\w@]@?(?:ts|time|timestamp|datetime|date_?time|(?:created|updated|modified|logged|received|processed|started|finished|completed|sent)(?:_?at|_?on|_?time)?)["']?\s*[:=]\s*["']?$/i;

/** Whether the date at `at` is plainly a program's timestamp (see MACHINE_ISO). */
function plainTimestamp(text: string, at: number, date: string): boolean {
  if (CLOCK_OR_ZONE.test(date)) return true;
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  if (at - lineStart <= 40 && LINE_OPENING.test(text.slice(lineStart, at))) return true;
  // A key of up to 40 characters before it; at the text's start a space stands in for the boundary.
  const from = Math.max(0, at - 40);
  return TIMESTAMP_KEY.test((from === 0 ? " " : "") + text.slice(from, at));
}

/** The spans of JavaScript Date strings and of a line's opening date and clock in `text` (machine timestamps, kept by default). */
export function machineDateSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (/\d:\d\d:\d\d/.test(text)) {
    CLOCK_DATE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CLOCK_DATE.exec(text)) !== null) out.push([m.index, m.index + m[0].length]);
  }
  if (/\d{4}[-/]\d\d[-/]\d\d|\d[./-]\d{4}\b/.test(text) && isMachineText(text)) {
    out.push(...literalDateSpans(text));
    MACHINE_ISO.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = MACHINE_ISO.exec(text)) !== null) {
      if (BIRTH_WORDS.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      // 1.11.0: with its weekday before it ("since Thu 2024-03-14 09:21:33 UTC"), else read as a name.
      if (plainTimestamp(text, m.index, m[0])) out.push([m.index - (WEEKDAY_BEFORE.exec(text.slice(Math.max(0, m.index - 11), m.index))?.[0].length ?? 0), m.index + m[0].length]);
    }
  }
  if (/=["']?\d/.test(text)) {
    KEYED_DATE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = KEYED_DATE.exec(text)) !== null) {
      if (BIRTH_WORDS.test(m[1])) continue;
      const start = m.index + m[0].length - m[2].length;
      out.push([start, start + m[2].length]);
    }
  }
  for (const re of [HTTP_DATE, NAMED_DATE]) {
    if (re === HTTP_DATE ? !/\d (?:GMT|UTC|[+-]\d{4})/.test(text) : !/[_-](?:\d{4}-\d\d-\d\d|\d{8})/.test(text)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) out.push([m.index, m.index + m[0].length]);
  }
  out.push(...softwareDateSpans(text));
  const oneLine = isOneLine(text);
  if (/\d[./-] ?\d/.test(text)) {
    const lineDate = oneLine ? LINE_DATE_ONE_LINE : LINE_DATE;
    lineDate.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = lineDate.exec(text)) !== null) {
      const lead = /^\n?[ \t]*\[?/.exec(m[0])?.[0].length ?? 0;
      // "14.03.1985 - my birthday": a birth date stays one.
      if (BIRTH_WORDS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 48))) continue;
      out.push([m.index + lead, m.index + m[0].length]);
    }
  }
  if (/\d[:.]\d\d/.test(text)) {
    const lineClock = oneLine ? LINE_CLOCK_ONE_LINE : LINE_CLOCK;
    lineClock.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = lineClock.exec(text)) !== null) {
      const lead = /^\n?[ \t]*\[?/.exec(m[0])?.[0].length ?? 0;
      out.push([m.index + lead, m.index + m[0].length]);
    }
  }
  if (!JS_DATE_HINT.test(text)) return out;
  JS_DATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = JS_DATE.exec(text)) !== null) out.push([m.index, m.index + m[0].length]);
  return out;
}
