/**
 * 1.11.0: more shapes of machine text, read line by line (code-context.ts asks these after its
 * own patterns, only of a text they left undecided).
 *
 * Why: about half of our own code and log samples (build and deploy output, `go` and `cargo`
 * output, lock files, YAML and XML configs, Terraform, test runners) held none of the earlier
 * signs, so their module paths, endpoints, hashes and dates were read as a person's links,
 * numbers and dates. What those texts share is a line structure no person writes in a message:
 * - the same tool tag opening two lines ("go: downloading …", "remote: Counting …",
 *   "[nodemon] …", "==> …", "#8 …", "│ …", "--- PASS: …"), a tag that is no person's name;
 * - pinned dependencies on two lines ("numpy==1.26.4", `"react": "^18.2.0"`, `lodash@^4.17.21:`,
 *   "\tgo.uber.org/zap v1.27.0");
 * - nested keys, as YAML nests them (a key with no value and a deeper key or list item below it),
 *   twice;
 * - two XML elements of one line each (`<version>3.2.3</version>`);
 * - a Terraform or HCL block (`resource "aws_s3_bucket" "assets" {`) or its progress lines;
 * - two source locations ("main.go:42", "signup.ts:41:35").
 * Each of these makes the text machine text alone. One source location, a file's path, a qualified
 * or constant name ("ActiveRecord::Base", "ERR_REQUIRE_ESM", "beforeSend") and a hexadecimal hash
 * of 7 to 64 digits are one sign each; a semantic version ("v1.9.1", "4.17.21") or a size or
 * duration with its unit ("18ms", "755.5 MB") one more, both together still one, since people
 * write them in messages about software.
 */
import { getLexicon } from "../lexicon/lexicon";

/**
 * A tool's tag opening a line: "go:", "[nodemon]", "==>", "--> src/main.rs:4:5", "#8 [build 4/6]", "│".
 * 1.11.0 (review): not what people type at a line's start: a Markdown table's "|", a numbered
 * note's "#1", an arrow list's "-->". An arrow opens a source location (rustc), a number a
 * BuildKit step ("#8 DONE 19.1s", "#8 [build 4/6]", "#8 0.512 …"), the bar is a box-drawing one.
 */
const LINE_TAG = /^[ \t]*(\[[a-z][\w.-]{0,20}\]|[a-z][\w.-]{0,20}:(?=[ \t])|={1,3}>|-{2,3}>(?=[ \t]+[\w./\\-]+:\d)|-{3}(?=[ \t]\S)|#\d{1,3}(?=[ \t](?:\[|DONE\b|CACHED\b|ERROR\b|CANCELED\b|sha256:|\d+\.\d+ |(?:resolve|load|transferring|exporting|extracting|naming|writing|unpacking) ))|[│┃](?=[ \t]|$))/;
/** A pinned dependency: requirements, package.json, a lock file's header, go.mod. */
// A yarn.lock entry's 'version "4.17.21"' and 'resolved "https://…"' lines count too.
// A Gemfile.lock's indented "name (1.2.3)" is its own alternative: under the shared "[ \t]*" its
// "[ \t]+" went over the same spaces, quadratic on a long run of them (the review's worst case).
const PINNED = /^(?:[ \t]*(?:[\w.@/-]{2,80}(?:==|~=|>=|===)\d|"[\w@/.-]{2,80}"[ \t]*:[ \t]*"(?:[\^~]|>=)\d+\.\d+|"[\w@/.-]{2,80}"[ \t]*:[ \t]*"\d+\.\d+\.\d+|"?[\w@/.-]{2,80}@[\^~]?\d+(?:\.\d+)*"?[,:]|[\w.-]+\.[a-z]{2,}\/[\w./-]+ v\d+\.\d+)|[ \t]+[\w.-]{2,60} \((?:[=~<>]+ \d+\.\d+|\d+\.\d+\.\d+)[\w.-]*\)$|[ \t]+(?:version|resolved|integrity) "[^"\s]+"$)/;
/** A key with no value on its line ("services:", "  - hooks:"). */
const OPEN_KEY = /^([ \t]*)(?:- )?[\w.-]{1,40}:[ \t]*$/;
/** An XML element on a line of its own. */
const XML_LINE = /^[ \t]*<([\w:.-]{1,40})>[^<\n]{0,200}<\/\1>[ \t]*$/;
// 1.11.0: what `kubectl apply` prints of each object ("deployment.apps/web configured").
const OBJECT_LINE = /^[\w.-]{1,60}\/[\w.-]{1,60} (?:configured|created|unchanged|deleted|patched|restarted|scaled|labeled|annotated|serverside-applied)\b/;
// A plan's "+", "~" or "-" then its spaces, in one optional group: "[ \t]*[+~-]?[ \t]*" split one run of spaces two ways.
const HCL = /(?:^|\n)[ \t]*(?:[+~-][ \t]*)?(?:resource|provider|variable|module|data|output)[ \t]+"[\w.-]{1,60}"(?:[ \t]+"[\w.-]{1,60}")?[ \t]*\{|\(cost=\d+\.\d\d\.\.\d+\.\d\d rows=\d+ width=\d+\)|(?:^|\n)[\w-]+\.[\w-]+(?:\.[\w-]+)?: (?:Creating|Creation complete|Destroying|Destruction complete|Modifying|Modifications complete|Refreshing state|Still creating)/;
/** A source file's name with a line number after it. */
const SOURCE_LOCATION = /[\w-]\.(?:go|py|js|mjs|cjs|ts|tsx|jsx|rb|java|kt|kts|cs|rs|php|scala|swift|c|cc|cpp|h|hpp|ex|exs|erl|clj|dart|lua|pl|sh|vue|svelte)(?::\d+|", line \d+|\(\d+\))/g;
// Not a number with thousands separators ("1.250.000").
const VERSION = /(?<![\w.])v?\d{1,3}\.(?!\d{3}\.\d{3}(?!\d))\d{1,3}\.\d{1,3}(?![\d]|\.\d)/;
// 1.11.0 (review): a bare "s" is no decade ("the 1980s", "in my 20s"): a number of two or four
// digits ending in 0 before it is one.
const UNIT = /(?<![\w.])(?:\d+\.\d+s|(?!(?:1[5-9]|20)?\d0s)\d+s|\d+(?:\.\d+)?(?:ms|µs|ns|[ \u00a0]?(?:KB|MB|GB|TB|KiB|MiB|GiB|kB)))(?![\w])/;
// A file's path of two folders or more ("/app/node_modules/x", "~/.ssh/id_ed25519", "C:\\inetpub\\x"), not a URL's.
const PATH = /(?:^|[\s'"(=[:])(?:~|\.{1,2})?\/[\w.@-]{1,80}\/[\w.@-]|(?<![\w])[A-Z]:\\{1,2}[\w.-]/;
// A qualified name: "ActiveRecord::PendingMigrationError", "System.IO.FileNotFoundException",
// "com.fasterxml.jackson", a constant's name ("ERR_REQUIRE_ESM") or a camelCase one ("beforeSend").
// 1.11.0 (review): not our own placeholders ("<PERSON_1>": a redacted text stays what it was), and
// a camelCase word only as code writes it: after a dot, before a call's "(", in backticks, or
// opening with a verb or a word of code ("beforeSend", "useEffect", "getUserById"); a brand
// written so ("myFitnessPal", "easyJet") is a person's word.
const CAMEL_HEADS = "get|set|is|has|on|use|handle|before|after|to|from|create|update|delete|fetch|load|init|parse|render|find|add|remove|build|make|send|read|write|validate|check|should|can|max|min|num|str|user|auth|api|http|json|req|res|err|ctx|config|default|next|prev|new|old";
const QUALIFIED = new RegExp(
  "\\b[A-Za-z]\\w*(?:::[A-Za-z]\\w*)+|\\b[A-Z]\\w*\\.[A-Z]\\w*\\.[A-Z]\\w*|\\b[a-z]\\w*(?:\\.[a-z]\\w*){2,}\\.[A-Z]|(?<!<)\\b[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9]\\b(?!>)" +
    `|(?<=[.\`])[a-z]{2,}[A-Z][a-z]+|\\b[a-z]{2,}[A-Z][a-z]+\\w*(?=\\()|\\b(?:${CAMEL_HEADS})[A-Z][a-z]+`,
);
/** What every QUALIFIED match holds: "::", "_", a capital after a dot or a lower-case letter. */
const QUALIFIED_HINT = /::|_|\.[A-Z]|[a-z][A-Z]/;
const HEX = /(?<![\w-])[0-9a-f]{7,64}(?![\w-])/g;
/** Lines read from the text's start: enough for any document's shape. */
const MAX_LINES = 80;

// A chat transcript's speakers ("user: …", "assistant: …"): a conversation, whose lines are a
// person's words, not a tool's output.
const CHAT_ROLES = new Set("user users assistant system human ai bot model agent customer client me you tool function operator support q a question answer prompt response input output reply chatgpt gpt claude gemini copilot".split(" "));

const CHAT_TURN = new RegExp(`(?:^|\\n)[ \\t]*(?:${[...CHAT_ROLES].join("|")})[ \\t]*:[^\\n]*\\n(?:[^\\n]*\\n)*?[ \\t]*(?:${[...CHAT_ROLES].join("|")})[ \\t]*:`, "i");

/** Whether a line tag could be a person's name in a chat ("anna: hi") or a chat's speaker ("user:"). */
function tagIsName(tag: string): boolean {
  const word = tag.replace(/^\[|[\]:]$/g, "");
  if (!/^[a-z]+$/.test(word)) return false;
  if (CHAT_ROLES.has(word)) return true;
  const lex = getLexicon();
  return lex.givenNames.has(word) || lex.surnames.has(word);
}

// Keys of a person's record pasted as YAML ("customer:", "  phone: …"), or a "name:" whose value is
// written as a name ("name: Okonkwo"; a manifest's "name: web", "name: DB_HOST" are no one's).
const PERSON_KEY = /(?:^|\n)[ \t]*(?:- )?(?:full_?name|first_?name|last_?name|customer|client|contact|person|patient|guest|user|owner|phone|mobile|tel|email|e-?mail|address|street|city|site|homepage|website|birth|dob|born)[\w-]*:/i;
const NAME_VALUE = /(?:^|\n)[ \t]*(?:- )?name:[ \t]+["']?\p{Lu}\p{Ll}/u;

/** A document shape made of lines (the list above). */
export function lineDocument(text: string): boolean {
  return lineShape(text) > 0;
}

/**
 * 2 for a tool's shape (a tag twice, pinned dependencies, XML lines, HCL, source locations): machine
 * text on its own; 1 for YAML-like nesting alone, which a person's record pasted as YAML also has
 * ("customer:\n  contact:\n    phone: …"), so code-context.ts lets it decide only for names.
 */
export function lineShape(text: string): 0 | 1 | 2 {
  if (!text.includes("\n")) return 0;
  const lines = text.split("\n", MAX_LINES);
  const tags = new Map<string, number>();
  let pinned = 0;
  let nested = 0;
  let xml = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const tag = LINE_TAG.exec(line)?.[1];
    if (tag) {
      const n = (tags.get(tag) ?? 0) + 1;
      tags.set(tag, n);
      if (n === 2 && !tagIsName(tag)) return 2;
    }
    if ((line.includes("/") || /\d/.test(line)) && (PINNED.test(line) || OBJECT_LINE.test(line)) && ++pinned >= 2) return 2;
    if (line.includes("<") && XML_LINE.test(line) && ++xml >= 2) return 2;
    const open = line.endsWith(":") || /:[ \t]+$/.test(line) ? OPEN_KEY.exec(line) : null;
    if (open && i + 1 < lines.length) {
      // The deeper line is a key or a list item: a label over an indented address or name is no nesting.
      const next = /^([ \t]*)(?:- (?:[\w.-]{1,40}:(?:[ \t]|$))?|[\w.-]{1,40}:(?:[ \t]|$))/.exec(lines[i + 1]);
      if (next && next[1].length > open[1].length) nested++;
    }
  }
  if (HCL.test(text) || sourceLocations(text) >= 2) return 2;
  // A config's nesting (docker-compose, a workflow) without a key of a person's record is a tool's.
  return nested < 2 ? 0 : PERSON_KEY.test(text) || NAME_VALUE.test(text) ? 1 : 2;
}

function sourceLocations(text: string): number {
  if (!text.includes(".")) return 0;
  SOURCE_LOCATION.lastIndex = 0;
  let n = 0;
  while (n < 2 && SOURCE_LOCATION.exec(text) !== null) n++;
  return n;
}

/** A hexadecimal run of 7 to 64 characters holding a digit and a letter (a commit, a digest, a container id). */
function hasHash(text: string): boolean {
  HEX.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HEX.exec(text)) !== null) if (/\d/.test(m[0]) && /[a-f]/.test(m[0])) return true;
  return false;
}

/** How many of the single signs above the text shows (0 to 5), each tried only where a character it needs is there. */
export function lineSigns(text: string): number {
  // A chat transcript ("user: …\nassistant: …") is a conversation, whatever software it talks about.
  if (text.includes("\n") && CHAT_TURN.test(text)) return 0;
  let n = 0;
  // Most chat messages have no digit: four of the six signs need one.
  if (/\d/.test(text)) {
    if (text.includes(".") && sourceLocations(text) > 0) n++;
    // A version and a duration are both common in a person's message about software ("v2.3.1
    // crashes after 45s"): together they count once.
    if ((text.includes(".") && VERSION.test(text)) || UNIT.test(text)) n++;
    if (hasHash(text)) n++;
  }
  if ((text.includes("/") || text.includes("\\")) && PATH.test(text)) n++;
  if (QUALIFIED_HINT.test(text) && QUALIFIED.test(text)) n++;
  return n;
}
