/**
 * The date recognizers' word gates: which kinds of date word a text holds (an English or
 * Romance month name, a month of the locale patterns, a life event's verb, a person's event,
 * a Hungarian month), read from one pass over its tokens with one flag per distinct word, so
 * a text without such words skips the patterns that need them (split from date-time.ts, 1.11.0).
 */
import { HAS_CJK, HAS_HANGUL, textScripts } from "../text-scan";
import { tokenizeWords } from "./tokens";
import { lexHas, wordFlag } from "./word-info";
import { asciiLetters, localeKeysAreWords, localeMonthWord } from "./locale-dates";

export const MONTHS: Record<string, number> = {};
const MONTH_NAMES = [
  "january jan janvier janv enero ene januar jänner gennaio gen janeiro",
  "february feb février fevrier févr fev febrero februar febbraio fevereiro",
  "march mar mars marzo märz maerz março marco",
  "april apr avril avr abril aprile",
  "may mai mayo maggio maio",
  "june jun juin junio juni giugno junho",
  "july jul juillet juil julio juli luglio julho",
  "august aug août aout agosto ago",
  "september sep sept septembre septiembre settembre set setembro",
  "october oct octobre octubre oktober ottobre outubro out okt",
  "november nov novembre noviembre novembro",
  "december dec décembre decembre déc diciembre dic dezember dicembre dezembro dez",
];
MONTH_NAMES.forEach((names, i) => names.split(" ").forEach((n) => (MONTHS[n] = i + 1)));
export const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");
// Speed: a word with a month name above as one of its runs of letters (a token splits at marks,
// hyphens and apostrophes), answered once per distinct word (word-info.ts). Every pattern that
// needs a month name takes it as a whole run of letters, so a text with no such word skips them.
// The long s matches "s" under the i flag (ſept); lower-casing only adds letters (İ).
const NOT_LETTERS = /[^\p{L}]+/u;
// Most words are lower-case ASCII letters only: one run, which no case folding changes.
const monthWord = (w: string) => (asciiLetters(w) ? MONTHS[w] !== undefined : w.split(NOT_LETTERS).some((run) => MONTHS[run.replace(/ſ/g, "s")] !== undefined));
const MONTH_WORD = wordFlag({ has: monthWord });

/** Some word of the text holds a month name (the gate of the month-name patterns). */
export function namesMonth(text: string): boolean {
  return (dateWordKinds(text) & DATE_MONTH) !== 0;
}

export const HU_MONTHS = "január|február|március|április|május|június|július|augusztus|szeptember|október|november|december";
// Speed: a Hungarian month name is a run of letters, so it lies inside one token; asked of the
// words that are date words at all (DATE_WORD below), with the pattern's own flags (ſ, K).
const HU_MONTH_IN_WORD = new RegExp(HU_MONTHS, "iu");
const HU_MONTH_IN_ASCII = asciiMatcher(HU_MONTHS);
const huMonthWord = (w: string) => (asciiLetters(w) && HU_MONTH_IN_ASCII ? HU_MONTH_IN_ASCII.test(w) : HU_MONTH_IN_WORD.test(w));

const LOCALE_MONTH_WORD = wordFlag({ has: localeMonthWord });

/** False only when no number of the text can stand next to a month name of the locale patterns. */
export function mayNameLocaleMonth(text: string): boolean {
  // The year and month signs of Chinese, Japanese and Korean are read as characters, not words.
  if (!localeKeysAreWords() || (textScripts(text) & (HAS_CJK | HAS_HANGUL)) !== 0) return true;
  return (dateWordKinds(text) & DATE_LOCALE_MONTH) !== 0;
}

// 1.11.0: the participles that end a clause after its year in German, Dutch and the Nordic
// languages ("Ich bin 1984 geboren", "2019 nach Berlin umgezogen", "in 1990 getrouwd").
export const VERB_FINAL_EVENTS = String.raw`geboren|gestorben|verstorben|verheiratet|geheiratet|geschieden|umgezogen|ausgewandert|eingewandert|overleden|getrouwd|gescheiden|verhuisd|geëmigreerd|född|født`;
// A year tied to a person's life event ("born in 1987", "geboren 1987", "родился в 1975 году"),
// matched on the text that ends with the year.
const LIFE_EVENT_VERBS = String.raw`born|died|married|graduated|retired|emigrated|immigrated|moved|relocated|diagnosed|admitted|hired|baptized|baptised|divorced|widowed|passed away|geboren|gestorben|verheiratet|heiratete|né|née|décédée?|mariée?|nacid[oa]|falleci[oó]|casad[oa]|nat[oa]|mort[oa]|sposat[oa]|nascid[oa]|urodzon[ya]|urodził[a]?|zmarł[a]?|narozen[aá]?|narodil[a]?|született|meghalt|родил(?:ся|ась)|умер(?:ла)?|народи(?:вся|лася)|doğdu|doğumlu|född|født|syntyi|geboren|rođen[a]?|născut[ăa]?|γεννήθηκε|${VERB_FINAL_EVENTS}|déménagée?|mudé|mudó|mudamos|trasferit[oa]|przeprowadzi(?:ł[ao]?|łem|łam)|переех(?:ал[аи]?)|переїха(?:в|ла|ли)|taşındı[mk]?|flyttade|flyttet|muutti|muutin|költözött|költöztem`;
// 1.11.0: moves in French, Spanish, Italian, Polish, Russian, Ukrainian, Turkish, Swedish,
// Norwegian, Finnish and Hungarian ("déménagé en 2019", "me mudé en 2019", "переехал в 2019").
export const EVENT_YEAR_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:${LIFE_EVENT_VERBS})(?:[ \u00a0][\p{L}\p{M}'’-]{1,20}){0,4}?[ \u00a0](?:in|im|en|em|nel|no|na|w|v|ve|в|у|i|år|vuonna|roku|jahr|anno|ano|año|the year|year|during|around|circa|c\.|ca\.)?[ \u00a0]?(?:(?:the )?year[ \u00a0])?(\d{4})$`,
  "iu",
);
// Speed: a word ending one of those verbs in a run of letters, answered once per distinct word
// (word-info.ts). The verb is followed by a space, so it ends a run of letters; it may start
// inside one where the window before a year cuts a word ("…xmoved" read as "moved"). "passed
// away" ends a run with "passed".
const LIFE_EVENT_END = new RegExp(`(?:${LIFE_EVENT_VERBS.replace("passed away", "passed")})$`, "iu");
const LIFE_EVENT_END_ASCII = asciiMatcher(LIFE_EVENT_END.source);
const lifeEventWord = (w: string) => (asciiLetters(w) && LIFE_EVENT_END_ASCII ? LIFE_EVENT_END_ASCII.test(w) : w.split(NOT_LETTERS).some((run) => LIFE_EVENT_END.test(run)));
const LIFE_EVENT_WORD = wordFlag({ has: lifeEventWord });

/**
 * The same pattern without the i and u flags, for a word of lower-case ASCII letters: a pattern
 * of lower-case literals answers such a word alike either way (its non-ASCII letters match no
 * ASCII letter). Null when the pattern holds a capital or an escape; `\p{L}*` (matching nothing
 * is enough for these unanchored tests) is dropped.
 */
function asciiMatcher(source: string): RegExp | null {
  const plain = source.replaceAll("\\p{L}*", "");
  return /[A-Z\\]/.test(plain) ? null : new RegExp(plain);
}

/** False only when no window before a year can hold a life-event verb (the gate of EVENT_YEAR_BEFORE). */
export function mayNameLifeEvent(text: string): boolean {
  return (dateWordKinds(text) & DATE_LIFE_EVENT) !== 0;
}


// 1.6.0: a person's travel, appointment or life event in the sentence makes its dates personal
// even without a pronoun ("ok so samuel is flying to Lyon on Thursday").
const EVENT_OPEN = "(?:^|[^\\p{L}])(?:";
const EVENT_CLOSE = ")(?:[^\\p{L}]|$)";
export const PERSONAL_EVENT = /(?:^|[^\p{L}])(?:fly|flying|flew|flight|driving to|drove to|travel\p{L}*|trip|visit\p{L}*|appointment|appt|surgery|operation|hospital|admitted|discharged|born|birthday|wedding|married|funeral|interview|check-?up|dentist|doctor|vaccin\p{L}*|termin|geburtstag|rendez-vous|anniversaire|cita|cumpleaños|appuntamento|compleanno|consulta|aniversário|afspraak|verjaardag|wizyta|urodziny|randevu|doğum|приём|прием|визит|день рождения|запис\p{L}*|vol|vuelo|volo|voo|vlucht|flug|arzt|krankenhaus|médecin|hôpital|médico|medico|ospedale|dokter|ziekenhuis|lekarz|szpital|рейс|прилет\p{L}*|прилёт\p{L}*|вылет\p{L}*|родил\p{L}*|народи\p{L}*|больниц\p{L}*|лікар\p{L}*|врач\p{L}*)(?:[^\p{L}]|$)/iu;
// The events of a person in Chinese, Japanese and Korean (hospital, flight, birthday, surgery, booking).
export const CJK_EVENT = /医院|病院|병원|航班|飞机|飛行機|生日|出生|生まれ|手术|手術|予約|预约|預約|예약|비행기|수술|생일|진료/;

// Speed: PERSONAL_EVENT's words without its boundaries. A sentence is a slice of the text, so
// a text where this finds nothing has no sentence about an event; null (no gate) if the
// pattern's boundaries ever change shape.
const EVENT_WORDS = ((src) => (src.startsWith(EVENT_OPEN) && src.endsWith(EVENT_CLOSE) ? new RegExp(src.slice(EVENT_OPEN.length, -EVENT_CLOSE.length), PERSONAL_EVENT.flags) : null))(PERSONAL_EVENT.source);

// Speed: EVENT_WORDS asked of each distinct word once (word-info.ts) instead of running its
// case-insensitive alternation over every text. Its one-word alternatives are made of letters
// (and a hyphen that joins letters), so they lie inside one token; the word's lower-case form
// may only add letters (İ becomes i and a mark), never lose a match. An alternative of several
// words ("driving to") ends a token with its first word: such a token sends the whole text to
// EVENT_WORDS. Null (no word gate) if the alternation ever holds a group.
// An event word opens after a non-letter: the sentences `personalSentence` cuts start at the
// text's start, after a newline or at the space of ". ", never inside a word (their end may cut
// one). In a token, whose lower-case form keeps every non-letter, the word starts the token or
// follows a mark, apostrophe or hyphen; "involve", "determine", "cooperation" do not pass.
const EVENT_ALTERNATIVES = EVENT_WORDS && !/[()]/.test(EVENT_WORDS.source) ? EVENT_WORDS.source.split("|") : null;
const EVENT_ONE_WORD = EVENT_ALTERNATIVES ? EVENT_ALTERNATIVES.filter((a) => !a.includes(" ")).join("|") : null;
const EVENT_IN_WORD = EVENT_ONE_WORD === null ? null : new RegExp(`(?<![\\p{L}])(?:${EVENT_ONE_WORD})`, "iu");
const EVENT_PHRASE_END = EVENT_ALTERNATIVES && new RegExp(`(?:${EVENT_ALTERNATIVES.filter((a) => a.includes(" ")).map((a) => a.slice(0, a.indexOf(" "))).join("|")})$`, "iu");
// A word of ASCII letters only has one place after a non-letter: its start.
const EVENT_IN_ASCII = EVENT_ONE_WORD === null ? null : asciiMatcher(`^(?:${EVENT_ONE_WORD})`);
const EVENT_PHRASE_END_ASCII = EVENT_PHRASE_END && asciiMatcher(EVENT_PHRASE_END.source);
const eventWord = (w: string) => EVENT_IN_WORD !== null && (asciiLetters(w) && EVENT_IN_ASCII ? EVENT_IN_ASCII.test(w) : EVENT_IN_WORD.test(w));
const eventPhraseWord = (w: string) => EVENT_PHRASE_END !== null && (asciiLetters(w) && EVENT_PHRASE_END_ASCII ? EVENT_PHRASE_END_ASCII.test(w) : EVENT_PHRASE_END.test(w));
const EVENT_WORD = wordFlag({ has: eventWord });
const EVENT_PHRASE_WORD = wordFlag({ has: eventPhraseWord });

// The kinds of date word a text holds, from one pass over its tokens: one flag per distinct word
// says whether it is any of them (most words are none), the kinds are read only for those that are.
const DATE_MONTH = 1;
const DATE_LOCALE_MONTH = 2;
const DATE_LIFE_EVENT = 4;
const DATE_EVENT = 8;
const DATE_EVENT_PHRASE = 16;
// Read without a flag bit of its own (they are few): only for the words that are date words.
const DATE_HU_MONTH = 32;
const DATE_WORD = wordFlag({ has: (w) => monthWord(w) || localeMonthWord(w) || lifeEventWord(w) || eventWord(w) || eventPhraseWord(w) || huMonthWord(w) });
const DATE_WORD_KINDS: ReadonlyArray<readonly [number, number]> = [
  [MONTH_WORD, DATE_MONTH],
  [LOCALE_MONTH_WORD, DATE_LOCALE_MONTH],
  [LIFE_EVENT_WORD, DATE_LIFE_EVENT],
  [EVENT_WORD, DATE_EVENT],
  [EVENT_PHRASE_WORD, DATE_EVENT_PHRASE],
];
let kindsText: string | null = null;
let kinds = 0;
// The spans of the text's words holding a month of the locale patterns, in text order (start, end, ...).
let localeMonthSpans: number[] = [];

function dateWordKinds(text: string): number {
  if (text === kindsText) return kinds;
  let found = 0;
  const spans: number[] = [];
  for (const t of tokenizeWords(text)) {
    if (!lexHas(t.info, DATE_WORD)) continue;
    for (const [flag, kind] of DATE_WORD_KINDS) if (lexHas(t.info, flag)) found |= kind;
    if ((found & DATE_HU_MONTH) === 0 && huMonthWord(t.info.lower)) found |= DATE_HU_MONTH;
    if (lexHas(t.info, LOCALE_MONTH_WORD)) spans.push(t.start, t.end);
  }
  kindsText = text;
  kinds = found;
  localeMonthSpans = spans;
  return found;
}

/**
 * The words of `text` that can hold a month key of the locale patterns, as [start, end) pairs
 * in text order, for `localeDates` to skip the numbers no such word stands next to; null when
 * every number must be looked at (the same cases that turn `mayNameLocaleMonth` off).
 */
export function localeMonthWords(text: string): readonly number[] | null {
  if (!localeKeysAreWords() || (textScripts(text) & (HAS_CJK | HAS_HANGUL)) !== 0) return null;
  dateWordKinds(text);
  return localeMonthSpans;
}

/** False only when no word of the text holds a Hungarian month name (the gate of HU_DATE). */
export function mayNameHungarianMonth(text: string): boolean {
  return (dateWordKinds(text) & DATE_HU_MONTH) !== 0;
}

/** False only when no sentence of the text can hold a person's event (relative dates need one). */
export function mayHoldEvent(text: string): boolean {
  if (EVENT_WORDS === null || EVENT_IN_WORD === null || CJK_EVENT.test(text)) return true;
  const found = dateWordKinds(text);
  return (found & DATE_EVENT) !== 0 || ((found & DATE_EVENT_PHRASE) !== 0 && EVENT_WORDS.test(text));
}

/** The sentence around [start, end): at most 100 characters each way to a sentence's end or a line break. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < 100 && !/[.!?\n]/.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < 100 && !/[.!?\n]/.test(text[to])) to++;
  return text.slice(from, to);
}
