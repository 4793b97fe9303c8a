/**
 * 1.11.0: dates that belong to software, not to a person, wherever they stand (machineDateSpans
 * in code-context.ts adds these spans; every candidate inside one is dropped):
 * - a release's date after its version: "## [2.3.0] - 2024-03-14", "v1.4.0 (2024-03-14)",
 *   "2.3.0, released 14 March 2024";
 * - a copyright notice's years: "Copyright (c) 2019-2024", "© 2021–2024" (read as a phone number);
 * - a documentation tag's date: "@since 2023-01-01", "@deprecated since 2024-03-01";
 * - the value of a build's, a release's or a version's key: "Build date: 14.03.2024",
 *   `"api_version":"2023-10-16"`, "last_modified=2024-03-14"; a version's number or date after
 *   the word ("version: 10.0.17763.1", "API Version [2023-10-16]"), read as a phone number or a date.
 * - in source code (machine text), a date literal that is a call's argument, an index's or a
 *   slice's bound or a map's key: `parse_date("2024-03-14")`, `strptime("14/03/2024 09:21", …)`,
 *   `df.loc["2024-01-01":"2024-03-31"]`, `{"2024-12-25": "Christmas Day"}`. A date that is a
 *   key's value (`"due": "2024-03-14"`, `dob="1985-03-14"`) stays a date.
 * A person's dates have none of these words or shapes before them.
 */
const MONTH_NAME = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const DATE = `(?:\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?Z?)?|\\d{1,2}[./]\\d{1,2}[./]\\d{4}|${MONTH_NAME} \\d{1,2},? \\d{4}|\\d{1,2} ${MONTH_NAME} \\d{4})(?![\\w-])`;
const VERSION_DATE = new RegExp(`(?<![\\w.])(?:v\\d{1,4}\\.\\d{1,4}(?:\\.\\d{1,4})?|\\d{1,4}\\.\\d{1,4}\\.\\d{1,4}|\\[v?\\d{1,4}\\.\\d{1,4}(?:\\.\\d{1,4})?)(?:[-+][\\w.]{1,20})?\\]?[ \\t]*(?:[-–—][ \\t]*\\(?|\\(|,[ \\t]*released[ \\t]+(?:on[ \\t]+)?|[ \\t]+released[ \\t]+(?:on[ \\t]+)?)(${DATE})`, "g");
// 1.11.0 (review): one or two years of 1900-2099 and nothing numeric after them: "(c)" also
// letters a form's third answer ("(c) 4111-1111-1111-1111", "(c) 0171-2345-6789").
const COPYRIGHT = /(?:©|\([cC]\)|\bCopyright\b)[ \t]*(?:\([cC]\)[ \t]*)?((?:19|20)\d\d(?:[ \t]*[-–,][ \t]*(?:19|20)\d\d)?)(?!\d|[ \t]*[-–][ \t]*\d|,\d)/g;
const DOC_TAG = new RegExp(`@(?:since|date|version|deprecated|created|updated|modified)[ \\t]+(?:since[ \\t]+)?(${DATE})`, "g");
// "version: 10.0.17763.1", "Version [2023-10-16]": a version's number or date, never a phone number (the whole value is the span).
const VERSION_VALUE = new RegExp(`\\b(?:[Vv]ersion|VERSION|[Vv]er\\.?)[ \\t]*[:=]?[ \\t]*["'[(]?(v?\\d{1,5}(?:\\.\\d{1,6}){2,4}(?![\\d.])|${DATE})`, "g");
const META_KEY = new RegExp(`(?<![\\w-])(?:build|release|deploy(?:ment)?|commit|publish(?:ed)?|generated|compiled|last[ _-]?modified|modified|api[ _-]?version|version)(?:[ _-]?(?:date|time|on|at))?["']?[ \\t]*[:=][ \\t]*["']?(${DATE})`, "gi");

// The first argument of a call or an index's bound (closed by ",", ")", ":" or "]"), or a map's key
// after "{" or "," (closed by ":").
const LITERAL = new RegExp(`(?:(?:[\\w$]\\(|\\[)[ \\t]*(["'])(${DATE}(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?)\\1(?=[ \\t]*[,):\\]])|[{,][ \\t\\n]*(["'])(${DATE})\\3(?=[ \\t]*:))`, "g");
const BIRTH = /birth|born|\bdob\b|geb(?:oren|urt)|naissance|nacimiento|nascita/i;

/** The date literals of source code (LITERAL); asked only of machine text, by code-context.ts. */
export function literalDateSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!text.includes('"') && !text.includes("'")) return out;
  LITERAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LITERAL.exec(text)) !== null) {
    const date = m[2] ?? m[4];
    const end = m.index + m[0].length - 1;
    // "create_patient(dob=…)", "born(\"1985-03-14\")": a birth word before it keeps it a date.
    if (!BIRTH.test(text.slice(Math.max(0, m.index - 40), m.index + 1))) out.push([end - date.length, end]);
  }
  return out;
}

// 1.11.0 (review): a bare triple shaped as a day, a month and a year ("01.07.2024 - 14.07.2024",
// "14.03.1985 (14.03.1985)") or a year, a month and a day is a date, never a release's version.
const DOTTED_DATE = /^(?:(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d\d|(?:19|20)\d\d\.(?:0?[1-9]|1[0-2])\.(?:0?[1-9]|[12]\d|3[01]))(?!\d)/;
// 1.11.0 (review): a date of someone's life beside a release word ("v1.2.3 - 14 March 1985 was my
// birthday", "Release date: 14.03.2024 (inmate John Okafor)") is theirs; a program's date has none
// of these words within 40 characters.
// (Pronouns are left out: a changelog says them: "## 1.4.0 (2024-03-14) - my favourite fix".)
const LIFE_WORD = /birth|born|\bdob\b|geb(?:oren|urt)|naissance|nacimiento|nascita|\b(?:inmate|prisoner|patient|detainee|mother|father|wife|husband|son|daughter|married|wedding|died|death|funeral|anniversary|vacation)\b/i;

/** Whether the software date at [start, end) has a word of someone's life within 40 characters. */
function lifeNear(text: string, start: number, end: number): boolean {
  return LIFE_WORD.test(text.slice(Math.max(0, start - 40), start)) || LIFE_WORD.test(text.slice(end, end + 40));
}

/** Cheap necessary parts of each pattern: a text with none of them holds no such date. */
const HINT = /\d\.\d|©|\([cC]\)|Copyright|@(?:since|date|version|deprecated|created|updated|modified)|build|release|deploy|commit|publish|generated|compiled|modified|version/i;

/** The spans of the dates above in `text` (the date only, or a copyright's years). */
export function softwareDateSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // Every pattern holds a year of four digits or a version of three parts; each is tried only where its own mark is there.
  if (!/\d{4}|\d\.\d+\.\d/.test(text) || !HINT.test(text)) return out;
  const dot = text.includes(".");
  const copyright = text.includes("©") || text.includes("(c)") || text.includes("(C)") || text.includes("opyright");
  const tag = text.includes("@");
  const key = text.includes(":") || text.includes("=");
  const version = /[Vv]ersion|VERSION|[Vv]er\b/.test(text);
  for (const re of [VERSION_DATE, COPYRIGHT, DOC_TAG, META_KEY, VERSION_VALUE]) {
    if (!(re === VERSION_DATE ? dot : re === COPYRIGHT ? copyright : re === DOC_TAG ? tag : re === META_KEY ? key : version)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const end = m.index + m[0].length;
      if (re === VERSION_DATE && DOTTED_DATE.test(m[0])) {
        // The second date of a range may open a release line of its own: read on from the next character.
        re.lastIndex = m.index + 1;
        continue;
      }
      // Copyright years and doc tags stand in notices and comments; the others may be someone's.
      if ((re === VERSION_DATE || re === META_KEY || re === VERSION_VALUE) && lifeNear(text, m.index, end)) continue;
      // A release's span holds its version and a closing bracket, so no phone number is read across them.
      if (re === VERSION_DATE) out.push([m.index, end + (text[end] === ")" || text[end] === "]" ? 1 : 0)]);
      else out.push([end - m[1].length, end]);
    }
  }
  return out;
}
