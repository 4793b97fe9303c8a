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
// 1.11.0 (review): the bare key or default/fallback with a place's setting right after it, nothing
// between: "default_shipping_city", "defaultShippingCity", "default_address" are a customer's.
const DEFAULT_KEY = /(?:^|[^\w-])["']?(?:default|fallback|DEFAULT|FALLBACK|Default|Fallback)(?:[_-]?(?:city|region|location|zone|timezone|time_zone|tz|locale|country|CITY|REGION|LOCATION|ZONE|TIMEZONE|TIME_ZONE|TZ|LOCALE|COUNTRY))?["']?[ \t]*[:=][ \t]*["']?$/;
const DEFAULT_CAMEL = /(?:^|[^\w])(?:default|fallback)(?:City|Region|Location|Zone|Timezone|TimeZone|Tz|Locale|Country)["']?[ \t]*[:=][ \t]*["']?$/;
/** A person's key earlier in the same record, or a name of two words under "name": its default city is that person's ("customer:\n  default_city: Leiden"). */
const PERSON_KEY = /(?:^|[^\w])["']?(?:customer|user|username|client|patient|guest|owner|contact|member|employee|recipient|person|passenger|buyer|tenant|student|first_?name|last_?name|full_?name|given_?name|surname|e_?mail|phone|dob|birth_?date)["']?[ \t]*[:=]/i;
const PERSON_NAME_VALUE = /(?:^|[^\w])["']?(?:name|Name|NAME)["']?[ \t]*[:=][ \t]*["']?\p{Lu}\p{Ll}+[ \t]+\p{Lu}/u;
const REGION_CODE = /\b(?:(?:us|eu|ap|sa|ca|me|af|il|mx|cn)-(?:gov-)?(?:north|south|east|west|central|northeast|southeast|northwest|southwest)-\d|(?:europe|asia|us|northamerica|southamerica|australia|me|africa)-(?:north|south|east|west|central|northeast|southeast|northwest|southwest)\d{1,2}|(?:west|north|east|south|central|northcentral|southcentral|westcentral)(?:europe|us|us2|us3|asia|india)|(?:uk|france|germany|switzerland|norway|sweden|japan|korea|australia|canada|brazil|uae|qatar|poland|italy|spain)(?:south|north|east|west|central|southeast)\d?)\b/;
/** What every region code holds: a digit, or a continent's or country's part of an Azure name. */
const REGION_HINT = /\d|europe|asia|india|[a-z]us\b/;
const DEFAULT_HINT = /efault|EFAULT|allback|ALLBACK/;
const REGION_BEFORE = new RegExp(`(?:${REGION_CODE.source})[ \\t(),:|/]{1,4}$`);
/** The city closed by ")" or a cell's "|" before the code ("(Frankfurt) eu-central-1", "(Frankfurt, eu-central-1)", "| Frankfurt | eu-central-1"). */
const REGION_AFTER_CLOSED = new RegExp(`^(?:[ \\t]*[)|][ \\t(),:|/]{0,3}|,[ \\t]*)(?:${REGION_CODE.source})`);
/** The city inside an open bracket (a few words of its label before it: "(N. Virginia") or a table's cell. */
const CELL_OPEN = /(?:\([^()\n]{0,12}|\|[ \t]*)$/;
const REGION_BRACKETED_AFTER = new RegExp(`^[ \\t]*\\([ \\t]*(?:${REGION_CODE.source})[ \\t]*\\)`);
/** Words that say someone lives, lived or moved somewhere, up to a few words before the city. */
const HOME_CUE_BEFORE = /\b(?:lives?|lived|living|moved|moving|relocat\w*|born|grew[ \t]+up|home|wohnt|umgezogen|habite|vive)\b[^\n.;]{0,24}$/i;
/** Languages by their own names, lower-case and folded as written in a locale list. */
const ENDONYMS = new Set("deutsch français francais español espanol italiano português portugues nederlands polski svenska norsk bokmål nynorsk dansk suomi türkçe turkce čeština cestina slovenčina slovenščina magyar română romana hrvatski srpski eesti latviešu lietuvių català galego euskara íslenska русский українська български ελληνικά עברית العربية فارسی हिन्दी 日本語 中文 简体中文 繁體中文 한국어 melayu".split(" "));

/** Whether the record before a default holds a person's key or name. */
function personRecord(window: string): boolean {
  return PERSON_KEY.test(window) || PERSON_NAME_VALUE.test(window);
}

/** A key that introduces a person, then up to three words of the value (logfmt "guest=Okonkwo Brennan"), the words captured. */
const PERSON_KEY_CHAIN = /[^\w](?:user|username|customer|client|patient|author|name|fullname|full_name|owner|assignee|reporter|employee|member|contact|recipient|sender|from|to|cc|driver|guest|passenger|holder|cardholder)[ \t]*[:=][ \t]*["']?((?:[\p{L}'.-]+[ \t]+){0,3})$/iu;
/** PERSON_KEY_CHAIN before `start`, over a window whose cut start is no word's boundary. */
function personKeyChain(text: string, start: number): boolean {
  const from = Math.max(0, start - 80);
  const m = PERSON_KEY_CHAIN.exec((from === 0 ? " " : "") + text.slice(from, start));
  // The value's words are capitalised, as a name's are ("user=jdoe LEN=60": LEN is a key).
  return m !== null && m[1].split(/[ \t]+/).every((w) => w === "" || /^\p{Lu}/u.test(w));
}
const LANGUAGE_KEY = /(?:lang|language|locale|native|endonym|label|display)\w*["']?[ \t]*[:=][ \t]*["']?$/i;

/**
 * 1.11.0 (review): many languages' own names are also people's ("Romana", "Magyar", "Italiano",
 * "Galego", "Deutsch"), and the name lists hold few of them: one is a language only under a
 * language's key or beside another language's name (a locale list); under "name" alone it is
 * someone's ('{"name": "Romana", "level": "info"}').
 */
function personalEndonym(text: string, start: number, end: number, lower: string, before: string): boolean {
  if (LANGUAGE_KEY.test(before)) return false;
  const near = text.slice(Math.max(0, start - 200), start) + " " + text.slice(end, end + 200);
  for (const word of near.toLowerCase().split(/[^\p{L}]+/u)) if (word !== lower && ENDONYMS.has(word)) return false;
  return true;
}

/** Whether the candidate [start, end) is a type, a default, a region's city, a language or a label (the list above). */
export function programWord(text: string, start: number, end: number, type: string, machine: () => boolean): boolean {
  const span = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 48), start);
  if (TYPE_WORD.test(span) && /[:(,][ \t]*$|\b(?:pub|let|var|val)\s+\w+\s*:\s*$/.test(before)) return true;
  // A column's SQL type after its name in a table's definition ("  city TEXT NOT NULL,").
  if (SQL_TYPE.test(span) && /(?:^|[\n,(])[ \t]*["`]?\w{1,60}["`]?[ \t]+$/.test(before)) return true;
  // A person's name may be a default ("default_assignee: Jonas Weber"); a place there is a setting.
  if (type === "LOCATION" && DEFAULT_HINT.test(before) && (DEFAULT_KEY.test(before) || DEFAULT_CAMEL.test(before)) && !personRecord(text.slice(Math.max(0, start - 240), start))) return true;
  // The code inside the span or beside it, with nothing but brackets, spaces and commas between.
  if (type === "LOCATION") {
    const after = text.slice(end, end + 40);
    if (REGION_HINT.test(before) || REGION_HINT.test(span) || REGION_HINT.test(after)) {
      if (REGION_CODE.test(span)) return true;
      // 1.11.0 (review): never after a cue of someone's home ("Anna moved from Frankfurt (eu-central-1 …"); a
      // code after the city only when the city stands in brackets or a table's cell ("Europe (Frankfurt)
      // eu-central-1", "us-east-1 (N. Virginia), us-west-2") or the code alone in brackets right after it
      // ("Deploy to Frankfurt (eu-central-1)"): "Lives in Frankfurt, eu-central-1 is where we host" is hers.
      if (!HOME_CUE_BEFORE.test(before) && (REGION_BEFORE.test(before) || REGION_BRACKETED_AFTER.test(after) || (CELL_OPEN.test(before) && REGION_AFTER_CLOSED.test(after)))) return true;
    }
  }
  // "LEN=60", "SPT=51234 DPT=5432": a key of a log's key=value fields.
  // 1.11.0 (review): not a name after a person's key ("guest=Okonkwo Brennan=host").
  if (text.charCodeAt(end) === 61 && end + 1 < text.length && text.charCodeAt(end + 1) > 32 && text.charCodeAt(end + 1) !== 61 && !personKeyChain(text, start) && machine()) return true;
  const lower = span.toLowerCase();
  if (ENDONYMS.has(lower) && machine() && !personalEndonym(text, start, end, lower, before)) return true;
  // "Execution Time: 0.921 ms": a label's first word at a line's start, with the label going on after it.
  // A name list's word there stays a name ("Anna Status: pending" is rare, but hers).
  if (type === "PERSON" && /(?:^|\n)[ \t]*$/.test(before) && /^[ \t]+[A-Za-z]+:[ \t]/.test(text.slice(end, end + 24)) && !/\s/.test(span)) {
    const lex = getLexicon();
    if (!lex.givenNames.has(lower) && !lex.surnames.has(lower) && machine()) return true;
  }
  return false;
}
