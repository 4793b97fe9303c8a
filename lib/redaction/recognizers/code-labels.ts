/**
 * 1.11.0: a name or a place read where code and configuration put words that are no one's
 * (keepNameInCode in code-context.ts drops such PERSON and LOCATION candidates):
 * - a type where a schema or a signature names a field's type: `city: string`,
 *   `pub city: String`, `forecast(city: string): Zone`, `city TEXT NOT NULL`;
 * - a place as a default or fallback value: `default_city: Berlin`, `DEFAULT_CITY = "Berlin"`,
 *   `variable "location" { default = "Frankfurt" }`: the program's own setting, nobody's address;
 * - a cloud region's city beside its code: "Europe (Frankfurt) eu-central-1",
 *   "westeurope (Amsterdam)";
 * - in machine text, a language's own name ("name: Deutsch", "label: Français"), and a word
 *   opening a line as the first word of a field's label ("Execution Time: 0.921 ms"), and a
 *   key of key=value fields ("LEN=60").
 */
import { getLexicon } from "../lexicon/lexicon";

const TYPE_WORD = /^(?:string|String|str|&str|number|int|integer|Integer|bool|boolean|Boolean|float|double|Double|text|varchar|char|uuid|UUID|object|Object|any|unknown|bytes|Option<|Vec<|List<|Optional\[)(?![\p{L}\p{N}_])/u;
const SQL_TYPE = /^(?:TEXT|VARCHAR|CHAR|NVARCHAR|INT|INTEGER|BIGINT|SMALLINT|SERIAL|BIGSERIAL|NUMERIC|DECIMAL|REAL|FLOAT|DOUBLE|BOOLEAN|BOOL|DATE|DATETIME|TIMESTAMP|TIMESTAMPTZ|TIME|UUID|JSON|JSONB|BLOB|BYTEA|CITEXT)(?![\p{L}\p{N}_])/u;
const DEFAULT_KEY = /(?:^|[^\w])["']?(?:[\w-]*[_-])?(?:default|fallback|DEFAULT|FALLBACK|Default|Fallback)(?:[_-]?[\w-]*)?["']?[ \t]*[:=][ \t]*["']?$/;
const DEFAULT_CAMEL = /(?:^|[^\w])(?:default|fallback)[A-Z]\w*["']?[ \t]*[:=][ \t]*["']?$/;
const REGION_CODE = /\b(?:(?:us|eu|ap|sa|ca|me|af|il|mx|cn)-(?:gov-)?(?:north|south|east|west|central|northeast|southeast|northwest|southwest)-\d|(?:europe|asia|us|northamerica|southamerica|australia|me|africa)-(?:north|south|east|west|central|northeast|southeast|northwest|southwest)\d{1,2}|(?:west|north|east|south|central|northcentral|southcentral|westcentral)(?:europe|us|us2|us3|asia|india)|(?:uk|france|germany|switzerland|norway|sweden|japan|korea|australia|canada|brazil|uae|qatar|poland|italy|spain)(?:south|north|east|west|central|southeast)\d?)\b/;
/** What every region code holds: a digit, or a continent's or country's part of an Azure name. */
const REGION_HINT = /\d|europe|asia|india|[a-z]us\b/;
const DEFAULT_HINT = /efault|EFAULT|allback|ALLBACK/;
const REGION_BEFORE = new RegExp(`(?:${REGION_CODE.source})[ \\t(),:|/]{1,4}$`);
const REGION_AFTER = new RegExp(`^[ \\t(),:|/]{1,4}(?:${REGION_CODE.source})`);
/** Languages by their own names, lower-case and folded as written in a locale list. */
const ENDONYMS = new Set("deutsch français francais español espanol italiano português portugues nederlands polski svenska norsk bokmål nynorsk dansk suomi türkçe turkce čeština cestina slovenčina slovenščina magyar română romana hrvatski srpski eesti latviešu lietuvių català galego euskara íslenska русский українська български ελληνικά עברית العربية فارسی हिन्दी 日本語 中文 简体中文 繁體中文 한국어 melayu".split(" "));

/** Whether the candidate [start, end) is a type, a default, a region's city, a language or a label (the list above). */
export function programWord(text: string, start: number, end: number, type: string, machine: () => boolean): boolean {
  const span = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 48), start);
  if (TYPE_WORD.test(span) && /[:(,][ \t]*$|\b(?:pub|let|var|val)\s+\w+\s*:\s*$/.test(before)) return true;
  // A column's SQL type after its name in a table's definition ("  city TEXT NOT NULL,").
  if (SQL_TYPE.test(span) && /(?:^|[\n,(])[ \t]*["`]?\w{1,60}["`]?[ \t]+$/.test(before)) return true;
  // A person's name may be a default ("default_assignee: Jonas Weber"); a place there is a setting.
  if (type === "LOCATION" && DEFAULT_HINT.test(before) && (DEFAULT_KEY.test(before) || DEFAULT_CAMEL.test(before))) return true;
  // The code inside the span or beside it, with nothing but brackets, spaces and commas between.
  if (type === "LOCATION") {
    const after = text.slice(end, end + 40);
    if (REGION_HINT.test(before) || REGION_HINT.test(span) || REGION_HINT.test(after)) {
      if (REGION_CODE.test(span) || REGION_BEFORE.test(before) || REGION_AFTER.test(after)) return true;
    }
  }
  // "LEN=60", "SPT=51234 DPT=5432": a key of a log's key=value fields.
  if (text.charCodeAt(end) === 61 && end + 1 < text.length && text.charCodeAt(end + 1) > 32 && text.charCodeAt(end + 1) !== 61 && machine()) return true;
  const lower = span.toLowerCase();
  if (ENDONYMS.has(lower) && machine()) return true;
  // "Execution Time: 0.921 ms": a label's first word at a line's start, with the label going on after it.
  // A name list's word there stays a name ("Anna Status: pending" is rare, but hers).
  if (type === "PERSON" && /(?:^|\n)[ \t]*$/.test(before) && /^[ \t]+[A-Za-z]+:[ \t]/.test(text.slice(end, end + 24)) && !/\s/.test(span)) {
    const lex = getLexicon();
    if (!lex.givenNames.has(lower) && !lex.surnames.has(lower) && machine()) return true;
  }
  return false;
}
