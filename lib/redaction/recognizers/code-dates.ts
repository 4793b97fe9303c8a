/**
 * 1.11.0: dates that belong to software, not to a person, wherever they stand (machineDateSpans
 * in code-context.ts adds these spans; every candidate inside one is dropped):
 * - a release's date after its version: "## [2.3.0] - 2024-03-14", "v1.4.0 (2024-03-14)",
 *   "2.3.0, released 14 March 2024";
 * - a copyright notice's years: "Copyright (c) 2019-2024", "© 2021–2024" (read as a phone number);
 * - a documentation tag's date: "@since 2023-01-01", "@deprecated since 2024-03-01";
 * - the value of a build's, a release's or a version's key: "Build date: 14.03.2024",
 *   `"api_version":"2023-10-16"`, "last_modified=2024-03-14".
 * A person's dates have none of these words or shapes before them.
 */
const MONTH_NAME = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const DATE = `(?:\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?Z?)?|\\d{1,2}[./]\\d{1,2}[./]\\d{4}|${MONTH_NAME} \\d{1,2},? \\d{4}|\\d{1,2} ${MONTH_NAME} \\d{4})(?![\\w-])`;
const VERSION_DATE = new RegExp(`(?<![\\w.])(?:v\\d{1,4}\\.\\d{1,4}(?:\\.\\d{1,4})?|\\d{1,4}\\.\\d{1,4}\\.\\d{1,4}|\\[v?\\d{1,4}\\.\\d{1,4}(?:\\.\\d{1,4})?)(?:[-+][\\w.]{1,20})?\\]?[ \\t]*(?:[-–—][ \\t]*\\(?|\\(|,[ \\t]*released[ \\t]+(?:on[ \\t]+)?|[ \\t]+released[ \\t]+(?:on[ \\t]+)?)(${DATE})`, "g");
const COPYRIGHT = /(?:©|\([cC]\)|\bCopyright\b)[ \t]*(?:\([cC]\)[ \t]*)?(\d{4}(?:[ \t]*[-–,][ \t]*\d{4})*)(?!\d)/g;
const DOC_TAG = new RegExp(`@(?:since|date|version|deprecated|created|updated|modified)[ \\t]+(?:since[ \\t]+)?(${DATE})`, "g");
const META_KEY = new RegExp(`(?<![\\w-])(?:build|release|deploy(?:ment)?|commit|publish(?:ed)?|generated|compiled|last[ _-]?modified|modified|api[ _-]?version|version)(?:[ _-]?(?:date|time|on|at))?["']?[ \\t]*[:=][ \\t]*["']?(${DATE})`, "gi");

/** Cheap necessary parts of each pattern: a text with none of them holds no such date. */
const HINT = /\d\.\d|©|\([cC]\)|Copyright|@(?:since|date|version|deprecated|created|updated|modified)|build|release|deploy|commit|publish|generated|compiled|modified|version/i;

/** The spans of the dates above in `text` (the date only, or a copyright's years). */
export function softwareDateSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!HINT.test(text)) return out;
  for (const re of [VERSION_DATE, COPYRIGHT, DOC_TAG, META_KEY]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const end = m.index + m[0].length;
      out.push([end - m[1].length, end]);
    }
  }
  return out;
}
