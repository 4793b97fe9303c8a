/**
 * PERSON without a trained model: chains of capitalised words scored by name lists
 * (compromise's lexicon + ours), surname morphology and context cues (greetings,
 * sign-offs, "my name is", honorifics). Scripts without letter case use family-name
 * lists. compromise's tagger is NOT called: at ~3.5 ms per call it alone would cap the
 * engine far below 1 MB/s on chat messages, and it added ~0.01 recall on our data.
 */
import { getLexicon, type Lexicon } from "../lexicon/lexicon";
import { isListedName } from "../lexicon/human-names";
import { foldWord, getGazetteer } from "../lexicon/gazetteer";
import { ARABIC_SCRIPT_NAMES, CJK_SURNAMES, JAPANESE_SURNAMES, KOREAN_SURNAMES, KOREAN_SURNAMES_RARE, SURNAME_SUFFIXES } from "../lexicon/name-lists";
import * as personCues from "../lexicon/person-cues";
import { candidate } from "../text-scan";
import { CueSet } from "./cues";
import { STRONG_PLACE_CUES } from "./location";
import { LANGUAGE_WORDS } from "./gazetteer-places";
import type { Candidate, Recognizer } from "../types";
import { inCodeToken } from "./code-context";
import { codeCased, joinedByInitial, joinedBySpace, tokenizeWords, type WordToken } from "./tokens";
import { caselessAfterCue, caselessStopWord, cjkNames, cuedLists, headerNames, vietnameseNames } from "./person-scripts";
import { WORD_GIVEN_NAMES } from "../lexicon/more-names";
import { koreanNameInContext } from "./person-korean";
import { capsNames } from "./person-caps";
import { afterNameKey, speakerLabel, tableNames } from "./person-records";
import { GIVEN, lexHas } from "./word-info";
import { assistantProduct, codeMention, firmName, indonesianWordName, numberLabel, productName, ROLE, FACILITY, teamName } from "./person-gates";

const STRONG_BEFORE = new CueSet(personCues.STRONG_PERSON_CUES);
const WEAK_BEFORE = new CueSet(personCues.WEAK_PERSON_CUES);
const LOWER_CASE_CUES = new CueSet(personCues.LOWER_CASE_NAME_CUES);
const SIGN_OFFS = new CueSet(personCues.SIGN_OFF_CUES);
const LOWER_VERB_CUES = new CueSet(personCues.LOWER_CASE_VERB_CUES);
// 1.6.0: the weak cues that open a list of people or name one ("Attendees:", "loop in", "ask").
const LIST_CUES = new CueSet(personCues.LIST_PERSON_CUES);
const AFTER_CUES = new Set(personCues.AFTER_NAME_WORDS);
const STRONG_AFTER = new Set(personCues.STRONG_AFTER_NAME_WORDS);
const STRONG_AFTER_LISTED = new Set(personCues.STRONG_AFTER_LISTED_NAME_WORDS);
const FUNCTION_WORDS = new Set(personCues.FUNCTION_WORDS);
const PLACE_PREPOSITIONS = new Set(personCues.PLACE_PREPOSITIONS);
// Pronouns, articles and courtesy words of other languages, capitalised at a sentence's start
// or always (German "Sie"): never a name.
const FOREIGN_FUNCTION = new Set(personCues.FOREIGN_FUNCTION_WORDS);
// 1.8.0: foreign pronouns that are also given names ("Ele Santos", "Ela Kaya") when a surname follows.
const OPENING_PRONOUN_NAMES = new Set(["ele", "ela"]);
// Weak cues that are mere prepositions ("to Markdown", "with DynamoDB"): half the boost.
const PREPOSITION_CUES = new Set("from by with to for and or per about mit avec con com met med z s с со με ile".split(" "));

const SUFFIXES = [...new Set(SURNAME_SUFFIXES)].sort((a, b) => b.length - a.length);
const CJK_SET = new Set([...CJK_SURNAMES]);
const JP_LIST = JAPANESE_SURNAMES.split(" ");
const KO_SET = new Set(KOREAN_SURNAMES.split(" "));
const KO_RARE = new Set(KOREAN_SURNAMES_RARE.split(" ").filter((n) => n.length === 1));
const AR_SET = new Set(ARABIC_SCRIPT_NAMES.split(" "));
const HAN = /^[\u4e00-\u9fff\u3400-\u4dbf]+$/;
const HANGUL = /^[\uac00-\ud7af]+$/;
const ARABIC = /^[\u0600-\u06ff]+$/;
const KANA = /^[\u3040-\u30ff\u4e00-\u9fff]+$/;
const KO_PARTICLE = /(?:이고|입니다|이에요|예요|에게|한테|께서|에서|에|은|는|이|가|을|를|의|도|와|과|님|씨)$/;
// Common words that open with a family-name syllable ("이름" name, "이메일" e-mail).
const KO_NOT_NAMES = new Set(("이고 이에요 입니다 이다 이랑 이나 이며 이라고 이라는 이면 이지만 이름 이메일 주소 전화 전화번호 번호 비밀번호 정보 이번 이후 이전 문제 문의 안내 안녕 조회 주문 최근 최대 최소 고객 고객님 김치 박스 신청 신규 서울 부산 유의 전체 정보를 오늘 오전 오후 " +
    // 1.6.0: everyday words that open with a family-name syllable (yesterday, tomorrow, now, really, we, change...).
    "배송지 주소지 거주지 소재지 목적지 출발지 도착지 연락처 생년월일 수신자 발신자 담당자 신청서 영수증 " +
    "어제 내일 지금 정말 진짜 우리 저희 제가 제품 제발 이제 이미 이상 이용 이유 이것 이거 최고 최종 정도 정상 정리 정확 조금 조건 장소 장애 한국 한번 한글 오류 서버 서비스 신용 안전 송금 송장 전송 전달 전부 고장 문자 문서 배송 배달 백업 유효 유지 하지만 하나 하루 성공 성함 주세요 우리 우편 구매 구독 진행 나중 지난 지원 지연 방법 방문 공유 공지 현재 변경 여기 여권 여행 추가 도움 도착 설정 설명 마지막 연락 연결 위치 기간 기존 기능 반품 금액 금요일 인증 모두 모든 은행 계정 확인 결제 환불 취소 요청 감사 감사합니다 수요일 목요일 화요일 월요일 토요일 일요일").split(" "));

interface TokenClass {
  given: boolean;
  surname: boolean;
  common: boolean;
  place: boolean;
  particle: boolean;
  honorific: boolean;
  /** 1.6.0: a given name that is also an ordinary word ("Eve", "Frank"): a name only before a non-word. */
  wordName: boolean;
  /** 1.10.0: a surname only by its ending ("-in", "-ova"), in no list: may be a verb ("Puhuin", "Soitin"). */
  morphOnly: boolean;
  /** Written in code case ("OrderQueue", "SciPy"): never a name. */
  code: boolean;
  /**
   * In the wide (noisy) human-names list only: a weak signal (lexicon/human-names.ts).
   * Looked up on first use (`isListed`): only chain scoring asks, for few tokens.
   */
  listed?: boolean;
}

const WORD_NAMES = new Set(WORD_GIVEN_NAMES.split(/\s+/).filter(Boolean));

/** "Eve Wuckert": an ordinary word that is a given name, then a capitalised word that is no ordinary word. */
function wordNameFirst(tokens: WordToken[], at: ClassAt, s: number, j: number): boolean {
  if (!at(s).wordName || s >= j || !tokens[s].cap || tokens[s].allCaps) return false;
  const n = at(s + 1);
  const next = tokens[s + 1];
  if (!next.cap || next.allCaps || n.common || n.code || n.honorific || n.place) return false;
  // "Prince Albert Road" is a street.
  const third = tokens[s + 2];
  if (third && joinedBySpace(third.gap) && getLexicon().streetTypes.has(third.lower)) return false;
  // A surname or a word no list knows ("Eve Wuckert"), not a town ("Summer Sale").
  return (getGazetteer().population.get(foldWord(next.lower)) ?? 0) < 15_000;
}

/** The class of token k (computed on first use). */
type ClassAt = (k: number) => TokenClass;

/** Token classes depend only on the token's text: kept on the word's shared record (word-info.ts). */
function classify(t: WordToken, lex: Lexicon): TokenClass {
  return (t.info.person ??= classifyUncached(t, lex)) as TokenClass;
}

function classifyUncached(t: WordToken, lex: Lexicon): TokenClass {
  const w = t.lower;
  // 1.6.0: the lists hold many names without their diacritics ("Gyorgy", "Julio"): a word with
  // diacritics is looked up folded too ("György", "Júlio", "Đinh"), unless it is a greeting or
  // function word whose folded form is a name ("Olá" is no "Ola").
  const folded = /[^\x00-\x7f]/.test(w) && w.charCodeAt(0) < 0x370 ? foldWord(w) : w;
  // Hyphenated given names ("Jean-Luc", "Anne-Marie") count when every part is one.
  const given = lex.givenNames.has(w) || (folded !== w && lex.givenNames.has(folded) && !FOREIGN_FUNCTION.has(w)) || (w.includes("-") && (w.split("-").every((p) => lex.givenNames.has(p)) || romanisedSyllables(w))) || declinedGivenName(w, lex) || possessiveGivenName(w, lex);
  // 1.9.0: Irish "O'" surnames ("O'Connor", "O'Sullivan") whatever list holds them ("o'clock" is none).
  const knownSurname = lex.surnames.has(w) || (folded !== w && lex.surnames.has(folded) && !lex.commonWords.has(folded)) || (t.cap && IRISH_O.test(w) && w !== "o'clock" && !TOWN_ENDING.test(w));
  const common = (lex.commonWords.has(w) && !knownSurname) || FOREIGN_FUNCTION.has(w);
  const morph = !common && w.length >= 5 && (t.cap || t.allCaps) && SUFFIXES.some((s) => w.endsWith(s) && w.length > s.length + 2);
  const surname = knownSurname || morph;
  return {
    given,
    surname,
    common,
    place: lex.cities.has(w) || lex.countries.has(w) || lex.regions.has(w),
    particle: lex.particles.has(w) && !t.cap,
    honorific: lex.honorifics.has(w),
    wordName: WORD_NAMES.has(w),
    morphOnly: morph && !knownSurname,
    code: codeCased(t.text),
    // Present from the start (filled by isListed) so every class object keeps one shape.
    listed: undefined,
  };
}

// 1.9.0: syllables of Korean and Chinese given names written in Latin letters with a hyphen
// ("Ji-hoon", "Hyun-woo", "Mei-ling", "Chia-hui"): a hyphenated word made of two of them is a given name.
const ROMANISED_SYLLABLES = new Set(("ji hoon hyun woo min jun seo yeon su bin ha eun do yun ye jin jae won seung jong hye young ho sung dong hee kyung sang hwa joon hyuk tae yoon soo " +
  "mi na kyu il chul gyu bo yeong jeong hyeon seon sun myung nam chan hun wook yong mei ling chia hui yu hsin wei chen chun jia xiao li ting yi hua").split(" "));

function romanisedSyllables(w: string): boolean {
  const dash = w.indexOf("-");
  return dash > 0 && w.indexOf("-", dash + 1) < 0 && ROMANISED_SYLLABLES.has(w.slice(0, dash)) && ROMANISED_SYLLABLES.has(w.slice(dash + 1));
}

// Case endings of Russian and Ukrainian given names and the nominative endings they replace
// ("Ольге" -> "Ольга", "Марії" -> "Марія", "Игорю" -> "Игорь", "Ивану" -> "Иван").
const CYRILLIC_CASES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["ой", ["а"]], ["ою", ["а"]], ["ей", ["я", "ь", "й"]], ["ею", ["я"]], ["ем", ["ь", "й", ""]], ["ом", [""]],
  ["ии", ["ия"]], ["ию", ["ия"]], ["ией", ["ия"]], ["ії", ["ія"]], ["ію", ["ія", "ій"]], ["ія", ["ій"]],
  ["е", ["а", "я"]], ["і", ["а", "я"]], ["и", ["а", "я"]], ["у", ["а", ""]], ["ю", ["я", "ь", "й"]],
  ["а", [""]], ["я", ["ь", "й"]], ["ові", [""]], ["еві", ["ь", "й"]], ["є", ["я"]],
  // 1.9.0: the Serbian dative of names in "-ца" ("Милици").
  ["ци", ["ца"]],
];

// 1.8.0: Polish case endings of given names in Latin letters: masculine after a consonant
// ("Bartosza", "Tomaszowi", "Adamem"; not the "-u" of Romanian surnames, "Marcu"), feminine for the
// final "a" ("Kasi", "Anny", "Olę", "Igą").
// 1.9.0: the Czech and Slovak dative "-ovi" ("Petrovi", "Janovi").
const MASCULINE_CASES = ["owi", "ovi", "em", "a"];
const FEMININE_CASES = ["ie", "y", "i", "ę", "ą"];
// 1.9.0: feminine cases whose last consonant changes ("Agnieszce" from "Agnieszka", "Oldze" from
// "Olga", "Barbarze" from "Barbara") and the Czech instrumental and dative ("s Janou", "Janě").
const FEMININE_ALTERNATIONS: ReadonlyArray<readonly [string, string]> = [["ce", "ka"], ["ke", "ka"], ["dze", "ga"], ["rze", "ra"], ["ou", "a"], ["ě", "a"]];
const IRISH_O = /^o['’]\p{L}{3,}$/u;
// Town names made from such a surname ("O'Connerstead", "O'Keefeshire") are places.
const TOWN_ENDING = /(?:stead|shire|haven|mouth|ville|borough|burgh|chester|fort|port|side|view|land|bury|berg|ton|town)$/;

function declinedLatinGivenName(w: string, lex: Lexicon): boolean {
  if (w.length < 4 || lex.commonWords.has(w) || lex.cities.has(w) || lex.countries.has(w) || lex.regions.has(w)) return false;
  for (const ending of MASCULINE_CASES) {
    if (!w.endsWith(ending)) continue;
    const stem = w.slice(0, w.length - ending.length);
    if (stem.length >= 4 && !/[aeiouy]$/.test(stem) && lex.givenNames.has(stem) && !lex.commonWords.has(stem)) return true;
    // "Pawła", "Pawłowi", "Markiem", "Jacka": the "e" before the last consonant of "Paweł",
    // "Marek", "Jacek" drops in every other case ("iem" is "em" after k and g).
    const bare = ending === "em" && /[kg]i$/.test(stem) ? stem.slice(0, -1) : stem;
    if (bare.length >= 3 && /[^aeiouy][^aeiouy]$/.test(bare) && givenNotWord(bare.slice(0, -1) + "e" + bare.slice(-1), lex)) return true;
  }
  if (balticFinnishHungarian(w, lex)) return true;
  for (const ending of FEMININE_CASES) {
    if (!w.endsWith(ending)) continue;
    const stem = w.slice(0, w.length - ending.length) + "a";
    if (stem.length >= 4 && lex.givenNames.has(stem) && !lex.commonWords.has(stem)) return true;
    // "Kasi", "Basi": the genitive of "Kasia" drops its "a" only.
    if (ending === "i" && lex.givenNames.has(stem.slice(0, -1) + "ia")) return true;
  }
  for (const [ending, base] of FEMININE_ALTERNATIONS) {
    if (w.endsWith(ending) && w.length - ending.length >= 3 && givenNotWord(w.slice(0, w.length - ending.length) + base, lex)) return true;
  }
  return false;
}

function givenNotWord(w: string, lex: Lexicon): boolean {
  if (lex.givenNames.has(w)) return !lex.commonWords.has(w);
  // The lists hold many names without their diacritics ("Rūta", "Gintarė").
  const folded = /[^\x00-\x7f]/.test(w) ? foldWord(w) : w;
  return folded !== w && lex.givenNames.has(folded) && !lex.commonWords.has(folded);
}

// 1.8.0: case endings of given names in Lithuanian ("Jonui", "Rūtai", "Gintarei"), Finnish
// ("Mikalle", "Jussin", "Annalta") and Hungarian ("Péternek", "Péterrel", "Annához"), each with
// the nominative endings it replaces. Finnish "-n" only after "i" ("Jussin"): after other vowels
// it makes English words of names ("Vegan", "Logan").
const OTHER_CASES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["ui", ["as", "is", "us"]], ["ai", ["a"]], ["ei", ["ė"]], ["ės", ["ė"]], ["os", ["a"]],
  ["lle", [""]], ["llä", [""]], ["lla", [""]], ["lta", [""]], ["ltä", [""]], ["in", ["i"]],
  ["nak", [""]], ["nek", [""]], ["hoz", [""]], ["hez", [""]], ["höz", [""]], ["tól", [""]], ["től", [""]],
];

function balticFinnishHungarian(w: string, lex: Lexicon): boolean {
  for (const [ending, bases] of OTHER_CASES) {
    if (!w.endsWith(ending)) continue;
    const stem = w.slice(0, w.length - ending.length);
    if (stem.length >= 3 && bases.some((b) => (stem + b).length >= 4 && givenNotWord(stem + b, lex))) return true;
    // Hungarian lengthens a final "a" or "e" before an ending ("Annához", "Annának").
    if (stem.length >= 3 && bases[0] === "" && /[áé]$/.test(stem) && givenNotWord(stem.slice(0, -1) + (stem.endsWith("á") ? "a" : "e"), lex)) return true;
  }
  // Hungarian "-val/-vel" takes the last consonant's sound: "Péterrel", "Ádámmal".
  const n = w.length;
  if (n >= 7 && (w.endsWith("al") || w.endsWith("el")) && w[n - 3] === w[n - 4] && !/[aeiouáéíóöőúüű]/.test(w[n - 3])) return givenNotWord(w.slice(0, n - 3), lex);
  return false;
}

/** 1.6.0: a Cyrillic word that is a listed given name in another grammatical case. */
function declinedGivenName(w: string, lex: Lexicon): boolean {
  const c = w.charCodeAt(0);
  if (c < 0x400) return c >= 0x41 && declinedLatinGivenName(w, lex);
  if (c > 0x4ff || w.length < 4) return false;
  for (const [ending, bases] of CYRILLIC_CASES) {
    if (!w.endsWith(ending)) continue;
    const stem = w.slice(0, w.length - ending.length);
    if (stem.length >= 2 && bases.some((b) => lex.givenNames.has(stem + b))) return true;
  }
  return false;
}

const ENGLISH_CONTRACTION = /^(?:t|ll|re|ve|d|m)$/i;

/**
 * 1.8.0: a given name with a case ending after an apostrophe (Turkish "Aylin'in", "Mehmet'e"),
 * or the German, Dutch and Scandinavian possessive "-s" after a vowel or "n" ("Svenjas Nummer",
 * "Jürgens Auto"). Classified once per word (word-info.ts).
 */
function possessiveGivenName(w: string, lex: Lexicon): boolean {
  const apostrophe = w.search(/['’]/);
  if (apostrophe >= 3) {
    // An English contraction is no case ending: "Don't", "Won't", "Will've" open ordinary sentences.
    if (ENGLISH_CONTRACTION.test(w.slice(apostrophe + 1))) return false;
    return w.length - apostrophe <= 5 && lex.givenNames.has(w.slice(0, apostrophe)) && !lex.commonWords.has(w.slice(0, apostrophe));
  }
  if (w.length < 5 || !w.endsWith("s") || lex.commonWords.has(w)) return false;
  const stem = w.slice(0, -1);
  return /[aeiouyn]$/.test(stem) && lex.givenNames.has(stem) && !lex.commonWords.has(stem) && !WORD_NAMES.has(stem);
}

/** 1.9.0: a word with diacritics whose folded form is in the wide list or the given names ("elène", "pătru", "armīns"). */
function foldedListed(w: string, lex: Lexicon): boolean {
  if (w.charCodeAt(0) >= 0x370 || !/[^\x00-\x7f]/.test(w)) return false;
  const f = foldWord(w);
  return !lex.commonWords.has(f) && (lex.givenNames.has(f) || isListedName(f, lex.commonWords));
}

function isListed(t: WordToken, c: TokenClass, lex: Lexicon): boolean {
  // 1.7.0: the wide list holds many names without their diacritics ("Kiné", "Miklós", "Alíz").
  c.listed ??= !c.given && !c.surname && !c.common && (isListedName(t.lower, lex.commonWords) || (t.lower.charCodeAt(0) < 0x370 && /[^\x00-\x7f]/.test(t.lower) && isListedName(foldWord(t.lower), lex.commonWords)));
  return c.listed;
}

function nameLike(t: WordToken, c: TokenClass): boolean {
  if (c.particle) return true;
  if (!t.cap || c.code) return false;
  if (t.allCaps) return (c.given || c.surname) && t.text.length > 2;
  return !c.common || c.given;
}

/** A capitalised ordinary word that may still continue a name already under way ("Natalia Fern Kłosowski"). */
function continuesName(t: WordToken, c: TokenClass): boolean {
  return t.cap && !t.allCaps && !c.code && !c.honorific && !FUNCTION_WORDS.has(t.lower) && !getLexicon().extraCommon.has(t.lower);
}

const LOWER_AFTER = personCues.LOWER_CASE_NAME_AFTER.map((p) => p.split(" "));

/** A phrase from LOWER_CASE_NAME_AFTER follows token i on its line. */
function lowerNameAfter(tokens: WordToken[], i: number): boolean {
  for (const words of LOWER_AFTER) {
    let ok = i + words.length < tokens.length;
    for (let k = 0; k < words.length && ok; k++) ok = tokens[i + 1 + k].lower === words[k] && joinedBySpace(tokens[i + 1 + k].gap);
    if (ok) return true;
  }
  return false;
}

const LOWER_STRONG_AFTER = ["and i", "and me", "is flying", "is driving"].map((p) => p.split(" "));

/** "and i", "is flying" follows token i on its line (the phrases that make any word before them a name). */
function lowerNameBefore(tokens: WordToken[], i: number): boolean {
  if (i + 2 >= tokens.length || tokens[i + 1].lower !== "and" && tokens[i + 1].lower !== "is") return false;
  return LOWER_STRONG_AFTER.some((w) => tokens[i + 1].lower === w[0] && tokens[i + 2].lower === w[1] && joinedBySpace(tokens[i + 1].gap) && joinedBySpace(tokens[i + 2].gap));
}

// Turkish words that follow "Ben" (I) without a letter only Turkish has.
const TURKISH_AFTER_BEN = new Set("bu şu o bir çok hiç hep zaten şimdi sadece yarın bugün dün ne neden size sana sizi seni onu onlara de da".split(" "));

/** The word after token i is Turkish (a dotless i, soft g or s-cedilla, or a listed word), on the same line. */
function turkishAfter(tokens: WordToken[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.cap || !joinedBySpace(next.gap)) return false;
  // "Ben de Vries": Dutch "de" before a capitalised surname.
  if ((next.lower === "de" || next.lower === "da") && tokens[i + 2]?.cap) return false;
  return TURKISH_AFTER_BEN.has(next.lower) || /[ığş]/.test(next.lower);
}

// 1.8.0: "sent it to priya", "made this for fatima", "ok rahul": these words sit before any noun,
// so only a first name that is no word, no place and no word-like name ("to mark") counts after them.
const PLAIN_NAME_CUES = new Set(["to", "for", "ok", "okay"]);
// First names the lexicon keeps as names that are also English words after "to"/"for" ("to mark", "for grace").
const PLAIN_WORD_NAMES = new Set("mark grace pat rob bob sue jack penny dot carol don ken jean drew gene chase chuck art sage cole wade gale lane reed glen kit nick wes rich dash ace amber brook ginger olive basil angel jade jasper gus sally norm van bud buck chip jimmy roger carl sterling noble earl baron duke hank gay bonnie tad ty cash grant bill will".split(" "));

function plainNameAfterTo(tokens: WordToken[], i: number, at: ClassAt): boolean {
  if (i === 0 || !PLAIN_NAME_CUES.has(tokens[i - 1].lower) || !/^[ \u00a0]$/.test(tokens[i].gap) || tokens[i].text.length < 3) return false;
  const c = at(i);
  const lex = getLexicon();
  // The word itself, not its class: a surname that is also a word ("mark", "bill") is no common word there.
  return c.given && !c.place && !c.wordName && !PLAIN_WORD_NAMES.has(tokens[i].lower) && !lex.commonWords.has(tokens[i].lower) && !lex.extraCommon.has(tokens[i].lower) && !isListedPlaceWord(tokens[i].lower);
}

/** A language or a country's adjective ("translate to hindi"): never a name after "to". */
function isListedPlaceWord(w: string): boolean {
  return LANGUAGE_WORDS.has(w) || (getGazetteer().population.get(foldWord(w)) ?? 0) >= 15_000;
}

/** Right after a person cue, an ordinary word at `k` that opens a chain (up to `j`) is a first name. */
function cuedFirst(tokens: WordToken[], at: ClassAt, k: number, j: number): boolean {
  return k < j && nameLike(tokens[k + 1], at(k + 1)) && STRONG_BEFORE.before(tokens, k);
}

/**
 * 1.9.0: where a chain opening a sentence really starts. A given name in a case form after an
 * unlisted opening word ("Paldies Jānim", "Küldd el Péternek", particle between), or any name
 * after a chat verb ("Ping Xiaoling"), starts the name.
 */
function openingWordOff(tokens: WordToken[], at: ClassAt, i: number, j: number, lex: Lexicon): number {
  if (LOWER_VERB_CUES.isSingleWord(tokens[i].lower) && nameLike(tokens[i + 1], at(i + 1))) return i + 1;
  const k = at(i + 1).particle && i + 2 <= j ? i + 2 : i + 1;
  const w = tokens[k].lower;
  // Declined: a given name only through its case ending (the lists hold the nominative).
  if (finnishGenitive(tokens, k, lex)) return k;
  return at(k).given && !lex.givenNames.has(w) && !lex.givenNames.has(foldWord(w)) ? k : i;
}

// Finnish postpositions that take a genitive ("Annan kanssa", with Anna; "Mikon luona", at Mikko's).
const FINNISH_POSTPOSITIONS = new Set("kanssa kanssaan luona luokse luota puolesta takia vuoksi mukaan kautta jälkeen kohdalla".split(" "));

/** 1.10.0: tokens[k] a listed given name (no word) plus the genitive "-n", before a Finnish postposition. */
function finnishGenitive(tokens: WordToken[], k: number, lex: Lexicon): boolean {
  const w = tokens[k].lower;
  const next = k + 1 < tokens.length ? tokens[k + 1] : undefined;
  if (!next || w.length < 4 || !w.endsWith("n") || !joinedBySpace(next.gap) || !FINNISH_POSTPOSITIONS.has(next.lower)) return false;
  return givenNotWord(w.slice(0, -1), lex);
}

// notAPerson's verdicts: a name, nobody, or a place named after someone.
const PERSON_CHAIN = 0;
const NOT_A_PERSON = 1;
const FACILITY_CHAIN = 2;

/**
 * 1.9.0: chains that look like names and are none. A team or role ("Dear Customer Service",
 * "cc Operations"), unless a title names a person before it ("Ms. Major"); a place named after
 * someone ("Logan Airport", "Victoria Station"); a word-name after "the" before a noun ("the
 * Grace period", "the Amber alert"); an Indonesian word that is a name elsewhere next to
 * Indonesian words ("Dana belum dikembalikan").
 */
function notAPerson(text: string, tokens: WordToken[], at: ClassAt, s: number, e: number): number {
  const before = s > 0 ? tokens[s - 1] : undefined;
  // A leading honorific of the chain sits right before s too.
  const titled = before !== undefined && at(s - 1).honorific && before.lower !== "dear";
  if (!titled) {
    let role = true;
    for (let k = s; k <= e && role; k++) {
      const c = at(k);
      role = !c.given && !c.surname && !c.wordName && (lexHas(tokens[k].info, ROLE) || c.common);
    }
    if (role) return NOT_A_PERSON;
  }
  if (e > s && facility(tokens[e], at(e))) return FACILITY_CHAIN;
  // 1.10.0: "T.C. Kimlik No:", a field's name before its number.
  if (numberLabel(tokens, e, text)) return NOT_A_PERSON;
  // 1.10.0: "Singapore Airlines", "Qatar Airways": a firm named after its country.
  if (firmName(tokens, s, e)) return NOT_A_PERSON;
  // "Eid Mubarak", "Feliz Navidad": a greeting and its holiday read as two names.
  if (e === s + 1 && HOLIDAY_GREETINGS.has(tokens[s].lower) && HOLIDAYS.has(tokens[e].lower)) return NOT_A_PERSON;
  const next = e + 1 < tokens.length ? tokens[e + 1] : undefined;
  if (next && joinedBySpace(next.gap) && (next.cap || next.lower === "airport") && facility(next, at(e + 1))) return FACILITY_CHAIN;
  // 1.10.0: "Switching from Jenkins to GitHub Actions", "Can Copilot write tests?", "Docker Hub".
  // A plain word: ordinary and no name, or an ordinary word opening the sentence before the product ("Can", a name too).
  // Never after a person's cue ("Her daughter Alpha").
  if (!titled && !STRONG_BEFORE.before(tokens, s) && productName(tokens, s, e, (k) => at(k).given || at(k).surname || at(k).wordName, (k) => at(k).common && ((!at(k).given && !at(k).surname) || (k === s && k < e && tokens[k].sentenceStart)))) return NOT_A_PERSON;
  if (s !== e || titled) return PERSON_CHAIN;
  // 1.10.0: "Liebe Grüße\nJana", "Gruß, Jana": a sign-off's word is nobody (unless it is a given name).
  if (SIGN_OFFS.isSingleWord(tokens[s].lower) && !at(s).given) return NOT_A_PERSON;
  // 1.10.0: "Does Alexa work with Spotify?", "Send to Chelsea design team".
  if (assistantProduct(tokens, s) || teamName(tokens, s, (k) => lexHas(tokens[k].info, ROLE))) return NOT_A_PERSON;

  // "the Grace period": only a word-name before a noun that makes the phrase a thing; a name
  // before "family", "case" or "team" is still that person's ("The Nguyen case", "The Grace family").
  if (before && before.lower === "the" && next && !next.cap && joinedBySpace(next.gap) && joinedBySpace(tokens[s].gap) && (at(s).wordName || PLAIN_WORD_NAMES.has(tokens[s].lower)) && THING_AFTER_THE.has(next.lower)) return NOT_A_PERSON;
  // "Grazie Mille!", "Děkuji Vám", "Gracias Dios mío": after a thanks cue, an ordinary word of its
  // language written with a capital is no name.
  if (before && joinedBySpace(tokens[s].gap) && THANKS_CUES.has(before.lower) && THANKS_ORDINARY.has(tokens[s].lower)) return NOT_A_PERSON;
  // "Merry Christmas", "Joyeux Noël", "Eid Mubarak": a holiday after its greeting is no person.
  if (before && joinedBySpace(tokens[s].gap) && HOLIDAY_GREETINGS.has(before.lower) && HOLIDAYS.has(tokens[s].lower)) return NOT_A_PERSON;
  // "Chase the invoice", "Mark the ticket as done": a word opening a sentence before an article
  // or a possessive is a verb.
  // Only for words that are also English words or no given name ("Marie-Claire a appelé" stays).
  const c = at(s);
  // A given name needs a verb's meaning too ("Chase", "Mark", "Grant"): "Grace the new nurse called" is Grace.
  if (tokens[s].sentenceStart && next && joinedBySpace(next.gap) && VERB_OBJECT_OPENERS.has(next.lower) && (!c.given || VERB_NAMES.has(tokens[s].lower))) return NOT_A_PERSON;
  // "Mark as resolved", "Sue me", "Jack up the price", "Grant access": such a name opening a
  // sentence before an object pronoun or a particle is the verb (a person's name is followed by
  // what they did: "Mark asked", "Jack called").
  if (tokens[s].sentenceStart && next && joinedBySpace(next.gap) && VERB_PARTICLES.has(next.lower) && (VERB_NAMES.has(tokens[s].lower) || PARTICLE_VERB_NAMES.has(tokens[s].lower))) return NOT_A_PERSON;
  // "Is Chase bank open?", "I love Porsche design": a brand before the thing it sells. Only a
  // word that is also a brand or an ordinary word: a given name that is only a name is a person
  // given or sent the thing ("give Sarah design feedback", "bought Emma shoes").
  if (next && !next.cap && joinedBySpace(next.gap) && PRODUCT_AFTER.has(next.lower) && ((!c.given && !c.surname) || c.common || c.wordName || PLAIN_WORD_NAMES.has(tokens[s].lower) || BRAND_NAMES.has(tokens[s].lower))) return NOT_A_PERSON;
  return indonesianWordName(tokens, s) ? NOT_A_PERSON : PERSON_CHAIN;
}

// Given names that are also brands ("Harmony remote", "Alexa app", "Tiffany store").
const BRAND_NAMES = new Set("harmony alexa tiffany mercedes victoria".split(" "));

// Nouns a brand or a firm is named before; a person's name is not (that takes "'s").
const PRODUCT_AFTER = new Set("bank banking shoes sneakers app apps store stores shop airlines airways cars laptop tv remote headphones design dealership dealer insurance".split(" "));

// Nouns after "the" + a word-name that make the phrase a thing, not a person's ("the Amber alert").
const THING_AFTER_THE = new Set("period periods alert alerts note notes sale sales plan plans card cards value values setting settings option options level levels mode version button tab field file folder scan color colour theme font key rate fee limit window season release update tier package bundle model edition gem plant garden".split(" "));

// Given names that are also verbs opening a request ("Chase the invoice", "Mark the ticket").
// 1.10.0: "ping" ("Ping me at ...", "Ping the on-call").
const VERB_NAMES = new Set("chase mark grant bill pat rob sue will wade skip buck dash cash chuck drew hunt ping".split(" "));
// Names that are verbs only before a pronoun or a particle ("Jack up", "Lance it"), not before
// "the" ("Jack the new guy called" is Jack).
const PARTICLE_VERB_NAMES = new Set(["jack", "lance"]);
const VERB_PARTICLES = new Set("me it us them him her as up out off down access".split(" "));

// Season's greetings and the holidays they name, some of which are also names (Noël, Natale, Mubarak).
const HOLIDAY_GREETINGS = new Set("merry happy feliz felices joyeux joyeuse bonne buon buona buone frohe fröhliche frohes boas boa eid wesołych vrolijk god glædelig hyvää".split(" "));
const HOLIDAYS = new Set("christmas xmas easter navidad pascua noël noel pâques natale pasqua weihnachten ostern natal páscoa mubarak świąt kerstmis jul joulua diwali hanukkah".split(" "));

// Thanks cues of person-cues.ts after which a capitalised word may be an ordinary word.
const THANKS_CUES = new Set("děkuji grazie kiitos dziękuję gracias obrigado obrigada ačiū paldies salamat".split(" "));
// Pronouns and intensifiers of those languages ("Vám", "Mille", "Paljon", "Bardzo", "Mesmo").
const THANKS_ORDINARY = new Set(("vám vam ti ty vy vás mille tante molte tanto tutti paljon kovasti sinulle teille kaikille bardzo pani panu wam ci tobie " +
  "totales muchas mil dios señor senor amigo amiga amigos amigas todos todas chicos mesmo muito muita demais você voce senhor senhora labai jums tau už uz " +
  "ļoti loti tev").split(" "));

const VERB_OBJECT_OPENERS = new Set("the a an my your his our their this that these those".split(" "));

/**
 * A facility word that is no surname or given name ("Airport", "Street"; not "Hall", "Park"). Not
 * every street type: "Mills", "Hills", "Ridge", "Ferry" end surnames more often than places.
 */
function facility(t: WordToken, c: TokenClass): boolean {
  return lexHas(t.info, FACILITY) && !c.surname && !c.given;
}

function findPersons(text: string): Candidate[] {
  const lex = getLexicon();
  const tokens = tokenizeWords(text);
  // Classified on first use: most tokens are lower-case prose no rule below asks about.
  const classes: Array<TokenClass | undefined> = new Array(tokens.length);
  const at: ClassAt = (k) => (classes[k] ??= classify(tokens[k], lex));
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // A letter glued to digits ("E20417", "ID4471") is part of a code, not a name.
    if (digitAt(text, t.end) || (t.start > 0 && digitAt(text, t.start - 1))) {
      i++;
      continue;
    }
    if (!t.cap) {
      // 1.10.0: "[10:02] maria.k: is it shipped?": a transcript's speaker typed in lower case.
      const label = lexHas(t.info, GIVEN) ? speakerLabel(tokens, i) : -1;
      if (label >= 0 && !at(i).common && !at(i).wordName && !PLAIN_WORD_NAMES.has(t.lower) && !lex.commonWords.has(t.lower) && !FUNCTION_WORDS.has(t.lower)) {
        out.push(candidate("PERSON", t.start, tokens[label].end, 0.75, "person-speaker"));
        i = label + 1;
        continue;
      }
      // 1.10.0: "name": "lindiwe dube": the value of a key naming a person's name (set below).
      let keyed = false;
      // Chat users often type in lower case: "my name is priya sharma".
      // 1.10.0: "Best,\nsiobhán": alone on its line after a sign-off.
      const cued = LOWER_CASE_CUES.before(tokens, i) || (t.gap.includes("\n") && SIGN_OFFS.before(tokens, i, true) && lineEndsAfter(text, t.end));
      // The phrase check after the word runs only for listed first names (most words are not).
      // 1.7.0: "ask ivan", "cc olga": a request verb before a listed first name.
      // 1.8.0: "@sipho can you check": a mention of a listed first name in lower case.
      const c = (cued || (lexHas(t.info, GIVEN) && ((mentionAt(text, t.start) && !codeMention(tokens, i, i)) || lowerNameAfter(tokens, i) || LOWER_VERB_CUES.before(tokens, i) || plainNameAfterTo(tokens, i, at) || (keyed = afterNameKey(tokens, i))))) && !FUNCTION_WORDS.has(t.lower) ? at(i) : null;
      // Without a cue before it, a lower-case first name needs a verb after it and no other meaning ("ok so anna and i").
      // 1.8.0: after Turkish "ben" (I) only a first name that is no Turkish word ("ben elif"; "ben de" is "me too", "ben yarın" "I tomorrow").
      if (c && (c.given || c.surname) && (cued || (c.given && !c.common)) && (tokens[i - 1]?.lower !== "ben" || (c.given && !TURKISH_AFTER_BEN.has(t.lower)))) {
        let e = i;
        while (e + 1 < tokens.length && e - i < 3 && joinedBySpace(tokens[e + 1].gap) && (at(e + 1).given || at(e + 1).surname || (keyed && !lex.commonWords.has(tokens[e + 1].lower) && !FUNCTION_WORDS.has(tokens[e + 1].lower)))) e++;
        out.push(candidate("PERSON", t.start, tokens[e].end, 0.75, "person-lower"));
        i = e + 1;
      } else if (t.text.length >= 3 && !FUNCTION_WORDS.has(t.lower) && lowerNameBefore(tokens, i) && (isListedName(t.lower, lex.commonWords) || foldedListed(t.lower, lex))) {
        // 1.6.0: "ok so eyram and i are driving": a name of the wide list (no English word) before "and i".
        out.push(candidate("PERSON", t.start, t.end, 0.6, "person-lower-listed"));
        i++;
      } else i++;
      continue;
    }
    // 1.8.0: Turkish "Ben" (I) opening a sentence in Turkish ("Ben yarın gelirim") is no "Ben".
    if (t.lower === "ben" && !t.allCaps && turkishAfter(tokens, i)) {
      i++;
      continue;
    }
    const c = at(i);
    const strongCue = STRONG_BEFORE.before(tokens, i);
    // Grow a chain of name-like tokens on one line. Once the chain holds a given name or
    // follows a strong cue, capitalised ordinary words continue it ("Edward Rice").
    let j = i;
    let named = strongCue || c.given || c.honorific;
    while (j + 1 < tokens.length && j - i < 5) {
      const next = tokens[j + 1];
      const nc = at(j + 1);
      const joined = joinedBySpace(next.gap) || joinedByInitial(tokens[j], next.gap);
      if (!joined || nc.honorific || digitAt(text, next.end)) break;
      // 1.6.0: "Brock C. Stark", "Andreas A. Peter": a middle initial carries the chain to the
      // capitalised word after it, whatever that word also means.
      if (middleInitial(tokens, at, j)) {
        named = true;
        j += 2;
        continue;
      }
      if (!nameLike(next, nc) && !(named && continuesName(next, nc))) break;
      named = named || nc.given;
      j++;
    }
    // A first word glued into a path or code token ("…22\AHi Jane Doe", "src/Foo Jane") is
    // no part of the name after it: without this the whole chain went with that token.
    let s = i < j && inCodeToken(text, t.start, t.end) ? i + 1 : i;
    // Leading honorifics and sentence-opening ordinary words are not part of the name.
    let honorific = false;
    // Right after a person cue ("Patient Rose Meijer", "Account owner Holly Nicolas") an
    // ordinary word opening a two-word chain is a first name the lists don't hold.
    // 1.5.0: "Hi, I'm Maria Garcia": a pronoun or its contraction never opens a name.
    // 1.6.0: "Ask Ms. Major": right after an honorific, a capitalised ordinary word is the surname.
    const afterHonorific = i > 0 && at(i - 1).honorific && /^\.?[ \u00a0]{1,2}$/.test(t.gap) && !digitBefore(text, tokens[i - 1].start) && !FUNCTION_WORDS.has(t.lower);
    // 1.9.0: "Thanks Max!", "Jade just texted": a word-name alone after a greeting or before such a verb.
    const aloneWordName = i === j && c.wordName && !t.allCaps && (strongCue || (i + 1 < tokens.length && joinedBySpace(tokens[i + 1].gap) && STRONG_AFTER.has(tokens[i + 1].lower)) || (i + 2 < tokens.length && tokens[i + 1].lower === "just" && STRONG_AFTER.has(tokens[i + 2].lower)));
    while (s <= j && !aloneWordName && !(s === i && afterHonorific && !at(s).honorific) && (CONTRACTED_PRONOUN.test(tokens[s].lower) || at(s).honorific || ((at(s).common && !at(s).given && !(s > i && named)) || !nameLike(tokens[s], at(s))) && !(at(s).common && (cuedFirst(tokens, at, s, j) || wordNameFirst(tokens, at, s, j))))) {
      if (at(s).honorific) honorific = true;
      if (s > i && !at(s).honorific && named && continuesName(tokens[s], at(s))) break;
      s++;
    }
    // "Remind Rada Rusnac ...", "Patient Ana Lima": a sentence opening with a cue word the
    // lexicon doesn't know as ordinary ("Remind") has the name after it.
    if (s === i && i < j && t.sentenceStart && STRONG_BEFORE.isSingleWord(t.lower) && !c.given) s = i + 1;
    // 1.7.0: "Dün Ahmet Yılmaz ile konuştum", "Kunden Lars Nielsen bad om…": a sentence's
    // opening word that no name list holds (not even the wide one), before a known first name,
    // is an ordinary word of the language ("yesterday", "the customer"), not part of the name.
    // 1.9.0: not after "To:" opening a header line ("To: Auxence Gerard").
    if (s === i && s < j && t.sentenceStart && !afterHonorific && !c.given && !c.surname && !c.honorific && at(s + 1).given && !isListedName(t.lower, lex.commonWords) && !headerCue(tokens, i)) s = i + 1;
    // 1.9.0: "Paldies Jānim", "Puhuin Annan kanssa", "Küldd el Péternek": a given name in a case
    // form is inside a sentence, so the unlisted word opening it (a verb, "thanks") is no part of
    // the name, even where the wide list holds its spelling; "Ping Xiaoling": a chat verb opening it.
    // 1.10.0: also a verb that only looks like a surname by its ending ("Soitin Annalle", "Puhuin Annan kanssa").
    if (s === i && s < j && t.sentenceStart && !afterHonorific && !c.given && (!c.surname || c.morphOnly) && !c.honorific) s = openingWordOff(tokens, at, i, j, lex);
    // "Mr. Okonkwo": the honorific is its own chain when followed by a dot.
    if (s === i && i > 0 && at(i - 1).honorific && /^\.?[ \u00a0]{1,2}$/.test(t.gap)) honorific = true;
    // A chain right after a strong person cue is a name: its last word stays ("Customer Cassien Cousin").
    if (!named && s <= j && s !== i && STRONG_BEFORE.before(tokens, s)) {
      named = true;
      while (j + 1 < tokens.length && j - s < 3 && joinedBySpace(tokens[j + 1].gap) && continuesName(tokens[j + 1], at(j + 1))) j++;
    }
    // 1.8.0: "Ele Santos ligou": Portuguese "he"/"she" right before a surname is a given name
    // (the pronoun is never followed by a bare surname).
    if (s === i + 1 && s <= j && OPENING_PRONOUN_NAMES.has(t.lower) && !t.allCaps && at(s).surname && !at(s).common) s = i;
    let e = j;
    while (e >= s && !aloneWordName && !(e === i && afterHonorific) && (at(e).particle || (at(e).common && !at(e).given && !at(e).surname && !(named && e > s)))) e--;
    const verdict = s > e ? NOT_A_PERSON : notAPerson(text, tokens, at, s, e);
    if (verdict !== PERSON_CHAIN) {
      // "from Carroll Bridge", "at Logan Airport": after a place word it is the place.
      // 1.9.0: without one too ("Logan Airport was crowded"), when a name opens it ("Help Center"
      // is a page) and the word names a place, not a prize.
      if (verdict === FACILITY_CHAIN && ((s > 0 && PLACE_PREPOSITIONS.has(tokens[s - 1].lower)) || ((at(s).given || at(s).surname) && !at(s).common && !NON_PLACE_FACILITY.has((facility(tokens[e], at(e)) ? tokens[e] : tokens[e + 1]).lower)))) out.push(candidate("LOCATION", tokens[s].start, tokens[facility(tokens[e], at(e)) ? e : e + 1].end, 0.6, "person-facility"));
      i = j + 1;
      continue;
    }
    const score = scoreChain(text, tokens, at, s, e, i, honorific, strongCue);
    if (score >= 0.3) out.push(candidate("PERSON", tokens[s].start, tokens[e].end, score, "person"));
    i = j + 1;
  }
  // 1.6.0: names in capitals ("SZŐKE GYÖRGY") from every list, not only the main ones (person-caps.ts).
  if (tokens.some((t) => t.allCaps)) {
    capsNames(text, tokens, (k) => {
      const c = at(k);
      const folded = foldWord(tokens[k].lower);
      return { name: c.given || c.surname, listed: isListed(tokens[k], c, lex) || (folded !== tokens[k].lower && isListedName(folded, lex.commonWords)), ordinary: c.common || c.honorific || c.code || lex.extraCommon.has(tokens[k].lower) };
    }, (k) => STRONG_BEFORE.before(tokens, k) || LIST_CUES.before(tokens, k), out);
  }
  findCaselessScripts(tokens, out);
  caselessAfterCue(tokens, [STRONG_BEFORE, LIST_CUES], out);
  // After a cue that announces people, a first word that is also an ordinary word ("Dries") is still a name.
  cuedLists(text, tokens, out, (value) => listMember(value, lex) || (value.includes(" ") && listMember(value.slice(value.indexOf(" ") + 1), lex)), (w) => (lex.givenNames.has(w) || lex.surnames.has(w)) && !lex.commonWords.has(w) && !FUNCTION_WORDS.has(w));
  headerNames(text, out, (value) => {
    const words = value.toLowerCase().split(/\s+/);
    return listMember(value, lex) || words.some((w) => lex.surnames.has(w) || (lex.givenNames.has(w) && !lex.commonWords.has(w)));
  });
  cjkNames(text, out);
  vietnameseNames(text, out);
  // 1.10.0: the cells under "first_name,last_name", "| Name | Email |"; a bare "name" column only with a listed name in it.
  tableNames(text, tokens, out, (value) => value.toLowerCase().split(/[ \u00a0]+/).some((w) => lex.surnames.has(w) || (lex.givenNames.has(w) && !lex.commonWords.has(w))));
  listMembers(text, out, lex);
  return out;
}

// A name in a list: words opening with a capital or a letter of a script without case
// (Georgian's Mkhedruli counts as one), with the particles of names.
const LIST_WORD = String.raw`(?:\p{Lu}\.|[\p{Lu}\p{Lo}\u10d0-\u10ff][\p{L}\p{M}'’-]*)`;
const LIST_NAME = String.raw`${LIST_WORD}(?:[ \u00a0](?:${LIST_WORD}|van|von|de|der|den|da|di|du|le|la|al|el|bin|ibn|y)){0,3}`;
const LIST_SEP = String.raw`(?:,[ \u00a0]|[ \u00a0](?:and|&|und|et|y|e|en|og|och|i|a|és|и|та|і|και|ve|và|dan|ja|ir|un|oraz)[ \u00a0]|、|，)`;
const SEP_WORDS = new Set("and & und et y e en og och i a és и та і και ve và dan ja ir un oraz".split(" "));

const spaceAt = (text: string, at: number): boolean => at >= 0 && at < text.length && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 0xa0);

/**
 * 1.8.0: whether LIST_SEP can start at `at`, by char codes: most names have no list after
 * them, and the member pattern is then neither sliced for nor run.
 */
function sepAfter(text: string, at: number): boolean {
  const c = at < text.length ? text.charCodeAt(at) : 0;
  if (c === 0x3001 || c === 0xff0c) return true;
  if (c === 44) return spaceAt(text, at + 1);
  if (!spaceAt(text, at)) return false;
  let k = at + 1;
  while (k < text.length && k - at <= 4 && !spaceAt(text, k)) k++;
  return spaceAt(text, k) && SEP_WORDS.has(text.slice(at + 1, k));
}

/** Whether LIST_SEP can end right before `at` (the mirror of sepAfter; PREV_MEMBER is unanchored at its start). */
function sepBefore(text: string, at: number): boolean {
  const c = at > 0 ? text.charCodeAt(at - 1) : 0;
  if (c === 0x3001 || c === 0xff0c) return true;
  if (!spaceAt(text, at - 1)) return false;
  if (at >= 2 && text.charCodeAt(at - 2) === 44) return true;
  let k = at - 2;
  while (k >= 0 && at - 2 - k < 4 && !spaceAt(text, k)) k--;
  return spaceAt(text, k) && SEP_WORDS.has(text.slice(k + 1, at - 1));
}

const NEXT_MEMBER = new RegExp(String.raw`^${LIST_SEP}(${LIST_NAME})(?![\p{L}\p{M}\d])`, "u");
const PREV_MEMBER = new RegExp(String.raw`(?<![\p{L}\p{M}\d])(${LIST_NAME})${LIST_SEP}$`, "u");

/**
 * "Attendees: Anna Berg, Ole Dahl, Lindqvist and Sara Bo": once one member of a list is a
 * person, the other members of the same shape are people too (surnames alone included),
 * unless they are known places or ordinary words.
 */
const ZH_FIELD_WORDS = new Set(("电话 電話 地址 邮箱 郵箱 手机 手機 姓名 微信 传真 傳真 日期 时间 時間 备注 備註 订单 訂單 编号 編號 邮编 郵編 " +
  // 1.6.0: Japanese and Korean form fields after a name in a list-like line ("患者：手塚 直子、生年月日：").
  "生年月日 住所 氏名 年齢 性別 電話番号 連絡先 備考 日付 生年月日 생년월일 주소 연락처 전화번호 이메일 성별 나이 배송지 주소지").split(" "));

function listMembers(text: string, out: Candidate[], lex: Lexicon): void {
  // A chain ending in a street word ("Joshua Street") is an address, not a list's member.
  // 1.8.0: the last word found with lastIndexOf (no array per candidate).
  // 1.9.0: a name after a greeting in a script without case opens no list: what follows its comma
  // is the message ("שלום נועה, החבילה הגיעה?").
  const seeds = out.filter((c) => c.score >= 0.5 && c.source !== "caseless-greeting" && !lex.streetTypes.has(lastWordOf(text, c.start, c.end)));
  if (seeds.length === 0) return;
  const taken = new Set(seeds.map((c) => c.start));
  const member = (value: string): boolean => listMember(value, lex);
  for (const seed of seeds) {
    // Rightwards, then leftwards, one member at a time (at most eight each way).
    let end = seed.end;
    for (let n = 0; n < 8; n++) {
      const m = sepAfter(text, end) ? NEXT_MEMBER.exec(text.slice(end, end + 80)) : null;
      if (!m || !member(m[1])) break;
      const start = end + m[0].length - m[1].length;
      if (!taken.has(start)) out.push(candidate("PERSON", start, start + m[1].length, 0.6, "list-member"));
      taken.add(start);
      end = start + m[1].length;
    }
    let start = seed.start;
    for (let n = 0; n < 8; n++) {
      const m = sepBefore(text, start) ? PREV_MEMBER.exec(text.slice(Math.max(0, start - 80), start)) : null;
      if (!m || !member(m[1])) break;
      const s = start - m[0].length;
      if (!taken.has(s)) out.push(candidate("PERSON", s, s + m[1].length, 0.6, "list-member"));
      taken.add(s);
      start = s;
    }
  }
}

/** The lower-cased last space-separated word of text[start, end). */
function lastWordOf(text: string, start: number, end: number): string {
  const space = text.lastIndexOf(" ", end - 1);
  return text.slice(space >= start ? space + 1 : start, end).toLowerCase();
}

/**
 * Token j is a name-like word, j+1 a single capital letter, then ". " and a capitalised
 * word: "Brock C. Stark". An ordinary word before the initial ("Plan B. The") is none.
 */
function middleInitial(tokens: WordToken[], at: ClassAt, j: number): boolean {
  if (j + 2 >= tokens.length) return false;
  const initial = tokens[j + 1];
  const after = tokens[j + 2];
  if (initial.text.length !== 1 || !initial.cap || !joinedBySpace(initial.gap) || !/^\.[ \u00a0]$/.test(after.gap)) return false;
  if (!after.cap || after.allCaps || at(j + 2).honorific || FUNCTION_WORDS.has(after.lower) || getLexicon().extraCommon.has(after.lower)) return false;
  const c = at(j);
  return tokens[j].cap && !c.code && !c.honorific && (!c.common || c.given);
}

/** A list item that may be a person: no known place or company, no code or acronym, no ordinary first word. */
function listMember(value: string, lex: Lexicon): boolean {
  const words = value.split(/[ \u00a0]+/);
  const l = value.toLowerCase();
  if (lex.cities.has(l) || lex.countries.has(l) || lex.regions.has(l) || lex.organizations.has(l)) return false;
  if (words.some((w) => codeCased(w) || (w.length >= 2 && w === w.toUpperCase() && /\p{Lu}/u.test(w)))) return false;
  // Field labels written after a name in Chinese ("李娜，电话 …": 电话 is "phone").
  if (ZH_FIELD_WORDS.has(value)) return false;
  // 1.7.0: Hebrew names are two words; three after a name's comma are the next clause
  // ("משה פרץ, נחזור אליך בהקדם").
  const c0 = value.charCodeAt(0);
  if (c0 >= 0x5d0 && c0 <= 0x5ea && (words.length > 2 || words.some(caselessStopWord))) return false;
  // 1.7.0: a Chinese or Japanese member holding a pronoun, a particle or thanks is a greeting or
  // a clause, no name ("你好，我叫小明，我下周三去杭州", "こんにちは、さくらです"); names joined by
  // 和 stay members ("李娜和张敏").
  if (c0 >= 0x3040 && c0 <= 0x9fff && /[我你他她的了去是很谢へにをはがでと]/.test(value)) return false;
  // 1.9.0: a run of five or more Han characters is a clause, no name ("请转告张伟，会议改到三点"),
  // unless "and" joins two names in it ("李娜和张敏").
  if (c0 >= 0x4e00 && c0 <= 0x9fff && value.length > 4 && HAN.test(value) && !/[和与與及]/.test(value)) return false;
  // 1.7.0: a Korean sentence ending ("감사합니다, 이서연 님") or an everyday word is no member.
  if (c0 >= 0xac00 && c0 <= 0xd7a3 && (/(?:다|요|까|죠|세요)$/.test(value) || KO_NOT_NAMES.has(value))) return false;
  const first = words[0].toLowerCase().replace(/[.']+$/, "");
  // 1.10.0: nor a sign-off before a name's comma ("Gruß, Jana").
  if (lex.extraCommon.has(first) || FUNCTION_WORDS.has(first) || FOREIGN_FUNCTION.has(first) || (words.length === 1 && SIGN_OFFS.isSingleWord(first) && !lex.givenNames.has(first))) return false;
  // 1.9.0: a greeting before a name's comma is no member ("Привет, Даша!", "Сәлем, Айгерім").
  if (words.length === 1 && STRONG_BEFORE.isSingleWord(first) && !lex.givenNames.has(first)) return false;
  if (lex.commonWords.has(first) && !lex.givenNames.has(first)) {
    // "Eve Wuckert": a given name that is also a word, before a word that is none.
    const second = words[1]?.toLowerCase();
    return WORD_NAMES.has(first) && !!second && !lex.commonWords.has(second);
  }
  return true;
}

function digitAt(text: string, at: number): boolean {
  const c = at < text.length ? text.charCodeAt(at) : 0;
  return c >= 48 && c <= 57;
}

/** Scores the chain tokens[s..e] (i: where the raw chain began, before trimming). */
// 1.5.0: "He wrote ...", "She said ...": an English personal pronoun alone is no name, even
// where a name list holds its spelling (the family name He, 何).
const CONTRACTED_PRONOUN = /^(?:i|you|we|they|he|she|it)['’](?:m|re|ve|ll|d|s)$/;
const PRONOUNS = new Set(["he", "she", "we", "they", "it", "you", "i", "me", "him", "her", "us", "them"]);

function scoreChain(text: string, tokens: WordToken[], at: ClassAt, s: number, e: number, i: number, honorific: boolean, strongCueAtI: boolean): number {
  const lex = getLexicon();
  const first = tokens[s];
  if (s === e && PRONOUNS.has(first.lower) && !strongCueAtI && !honorific) return 0;
  // One pass over the chain (it runs for every capitalised chain of every message).
  let words = 0;
  let anyGiven = false;
  let anySurname = false;
  let allPlace = true;
  // Capitalised words no list knows (not English, not a place or a company) are proper
  // nouns; next to a person cue they are names from cultures our lists miss.
  let unknown = true;
  // 1.8.0: every word an ordinary one that no list holds as a name ("Support Team", "Customer").
  let ordinary = true;
  for (let k = s; k <= e; k++) {
    const c = at(k);
    if (!c.particle) words++;
    ordinary &&= c.common && !c.given && !c.surname && !c.wordName;
    anyGiven ||= c.given;
    anySurname ||= c.surname;
    allPlace &&= c.place || c.particle;
    unknown &&= !c.common && !c.place && !lex.organizations.has(tokens[k].lower);
  }
  // Every word a listed name (and no ordinary word): "Thandeka Mthembu", "Adebayo Okafor".
  const allListed = (): boolean => {
    for (let k = s; k <= e; k++) {
      const c = at(k);
      if (!c.particle && !isListed(tokens[k], c, lex)) return false;
    }
    return true;
  };
  const c0 = at(s);
  const lower = !first.cap;
  let score: number;
  if (words >= 2) score = c0.given ? 0.85 : anyGiven || anySurname || wordNameFirst(tokens, at, s, e) ? 0.7 : unknown && allListed() ? 0.6 : unknown ? 0.45 : 0.4;
  // 1.9.0: a given name that is also a word ("Max", "Jade", "Will") alone scores as a listed
  // common given name: a greeting before it or "texted" after it makes it a name ("Thanks Max!").
  else score = (c0.common && c0.given) || c0.wordName ? 0.3 : c0.given ? 0.6 : c0.surname ? 0.45 : isListed(first, c0, lex) && unknown ? 0.42 : unknown ? (PLACE_PREPOSITIONS.has(s > 0 ? tokens[s - 1].lower : "") ? 0.35 : 0.38) : 0.2;
  if (first.sentenceStart && words === 1 && !honorific) score -= 0.1;
  // "Anna Berg <anna@x.org>", "Anna Berg (anna@x.org)": a name written before its e-mail address.
  // 1.8.0: the bracket looked for by char code first, so most chains take no slice and no regex.
  if (bracketAfter(text, tokens[e].end) && /^[ \u00a0]?[<(][^\s<>()]{1,64}@/.test(text.slice(tokens[e].end, tokens[e].end + 70)) && !allPlace) score = Math.max(score, 0.8);
  // "Ashmi E. Hamal": a middle initial between two names is a person's name.
  for (let k = s + 1; k < e; k++) if (tokens[k].text.length === 1 && tokens[k].cap && /^\.[ \u00a0]$/.test(tokens[k + 1].gap) && !at(k - 1).common && !at(k + 1).common) score = Math.max(score, 0.75);
  if (allPlace && !anyGiven) score -= 0.35;
  // A chain that is exactly a known place ("Hong Kong", "San Jose") is a place.
  if (words >= 2 && wholePlace(tokens, s, e)) score -= 0.4;
  // 1.9.0: "To: Cindy Will" in a forwarded message's header (the address-less form).
  const strongCue = (s === i ? strongCueAtI : STRONG_BEFORE.before(tokens, s)) || headerCue(tokens, s);
  if (STRONG_PLACE_CUES.before(tokens, s)) score -= 0.3;
  // "12.4ms | Allocations": "ms" written against a number is a unit, not "Ms".
  // 1.8.0: "Dear Customer": "dear" before one ordinary word opens no name.
  const dearRole = ordinary && words === 1 && s > 0 && tokens[s - 1].lower === "dear";
  if (!dearRole && (honorific || (s > 0 && at(s - 1).honorific && !digitBefore(text, tokens[s - 1].start)))) score = Math.max(score + 0.3, 0.85);
  // 1.7.0: "@Sherzod can you review": a mention in chat names a person (not "@Stripe", a known word).
  else if (first.start > 0 && text.charCodeAt(first.start - 1) === 64 && !allPlace && (first.start === 1 || /\s/.test(text[first.start - 2])) && !codeMention(tokens, s, e, c0.given || c0.surname)) score += 0.3;
  // 1.8.0: "Dear Customer", "cc Operations": one ordinary word after a cue is a role or a team.
  else if (strongCue) score += ordinary && words === 1 ? 0.2 : 0.35;
  else if (WEAK_BEFORE.before(tokens, s)) score += PREPOSITION_CUES.has(tokens[s - 1].lower) ? 0.06 : 0.12;
  const next = tokens[e + 1];
  const tail = text.slice(tokens[e].end, tokens[e].end + 3);
  if (next && joinedBySpace(next.gap) && (STRONG_AFTER.has(next.lower) || ((anyGiven || anySurname) && STRONG_AFTER_LISTED.has(next.lower)))) {
    score += 0.2 + (next.lower === "here" && first.sentenceStart && words <= 3 && commaSpaceStart(text.slice(next.end, next.end + 2)) ? 0.15 : 0);
    // 1.10.0: "Bill said ok", "Max texted me": a word-name opening a sentence before a verb of
    // speech is the subject; "bill" or "max" the words take no "said".
    if (words === 1 && c0.wordName && first.sentenceStart && !first.allCaps && next.lower !== "here") score = Math.max(score, 0.6);
  }
  // 1.10.0: "Jade just texted": the same with "just" between.
  else if (next && next.lower === "just" && words === 1 && c0.wordName && first.sentenceStart && !first.allCaps && e + 2 < tokens.length && STRONG_AFTER.has(tokens[e + 2].lower) && joinedBySpace(tokens[e + 2].gap)) score = Math.max(score, 0.6);
  // 1.9.0: "let Keanu know": only a person is let know.
  else if (next && next.lower === "know" && s > 0 && tokens[s - 1].lower === "let" && joinedBySpace(next.gap) && words <= 3) score += 0.3;
  // 1.7.0: "Dorel and I will arrive", "Nizom and me": only a person does things with "I".
  else if (next && next.lower === "and" && joinedBySpace(next.gap) && e + 2 < tokens.length && (tokens[e + 2].text === "I" || tokens[e + 2].lower === "me") && joinedBySpace(tokens[e + 2].gap)) score += 0.25;
  else if ((next && joinedBySpace(next.gap) && AFTER_CUES.has(next.lower)) || bracketOrPossessive(tail)) score += 0.1;
  // Vocative: a name opening a sentence or a quote, then a comma ("Jesper, I waited ...").
  if (words <= 3 && !allPlace && commaSpaceStart(tail) && (first.sentenceStart || /["“'‘]$/.test(first.gap)) && next && FUNCTION_WORDS.has(next.lower) && (!next.cap || next.text === "I")) score += 0.3;
  // A chain alone on its line after a sign-off ("Best,\nJane Doe") is a signature.
  // 1.8.0: not when every word is an ordinary one ("Best regards,\nThe Support Team", "Accounts Payable").
  if (!ordinary && first.gap.includes("\n") && SIGN_OFFS.before(tokens, s, true) && lineEndsAfter(text, tokens[e].end)) score = Math.max(score, 0.85);
  // 1.10.0: "— Mateus", "-- Ana Lima": a name alone on its line after a dash opening the line signs the message.
  if (!ordinary && words <= 3 && dashSignOff(first.gap, s === 0) && !allPlace && (c0.given || c0.surname || isListed(first, c0, lex)) && lineEndsAfter(text, tokens[e].end)) score = Math.max(score, 0.8);
  // 1.10.0: "Obrigado!\nMateus", "Sent from my iPhone\n\nMateus": a name of the main lists alone
  // on the message's last line signs it. Not the wide list: a window the engine analyses again
  // may end on a word that opens a sentence ("…\n\nSolar").
  if (!ordinary && words <= 2 && e === tokens.length - 1 && (c0.given || (c0.surname && !c0.morphOnly)) && !c0.common && !c0.wordName && first.gap.includes("\n") && !allPlace && /^[\s.!]*$/.test(text.slice(tokens[e].end))) score = Math.max(score, 0.7);
  // 1.10.0: "Puhuin Annan kanssa": a given name in the Finnish genitive before a postposition.
  if (words === 1 && finnishGenitive(tokens, s, lex)) score = Math.max(score, 0.6);
  if (lower) score -= 0.25;
  return score;
}

/** A gap that is a dash opening a line (or the text): "\n— ", "\n-- ", "\n–". */
function dashSignOff(gap: string, atStart: boolean): boolean {
  const nl = gap.lastIndexOf("\n");
  if (nl < 0 && !atStart) return false;
  const dash = gap.slice(nl + 1).trim();
  return dash === "—" || dash === "–" || dash === "--" || dash === "-" || dash === "~";
}

const HEADER_WORDS = new Set(["to", "from", "cc", "an", "von", "à", "de", "para", "aan", "till", "från", "do", "od", "kime", "kimden"]);

/** "To:", "From:", "Cc:" opening a line right before tokens[s]. */
function headerCue(tokens: WordToken[], s: number): boolean {
  if (s === 0 || !HEADER_WORDS.has(tokens[s - 1].lower) || !/^:[ \t]+$/.test(tokens[s].gap)) return false;
  return s === 1 || tokens[s - 1].gap.includes("\n");
}

/** An "@" right before `at`, opening the text or after a space (a mention, not an e-mail address). */
function mentionAt(text: string, at: number): boolean {
  if (at === 0 || text.charCodeAt(at - 1) !== 64) return false;
  const c = at >= 2 ? text.charCodeAt(at - 2) : 32;
  return c === 32 || c === 10 || c === 9 || c === 0xa0 || c === 40;
}

/** "<" or "(" at `at`, or after one space there: where a name's e-mail address may follow. */
function bracketAfter(text: string, at: number): boolean {
  let c = at < text.length ? text.charCodeAt(at) : 0;
  if ((c === 32 || c === 0xa0) && at + 1 < text.length) c = text.charCodeAt(at + 1);
  return c === 60 || c === 40;
}

function digitBefore(text: string, at: number): boolean {
  const c = at > 0 ? text.charCodeAt(at - 1) : 0;
  return c >= 48 && c <= 57;
}

/**
 * `/^(?: ?\(|['’]s\b)/` on the three characters after a chain, by char code (it runs for
 * every chain): "Jane (", "Jane's", "Jane’s" but not "Jane'sx".
 */
function bracketOrPossessive(tail: string): boolean {
  // Reads stay inside the string: an out-of-range charCodeAt deoptimises the scorer.
  const n = tail.length;
  if (n === 0) return false;
  const c0 = tail.charCodeAt(0);
  if (c0 === 40 || (c0 === 32 && n > 1 && tail.charCodeAt(1) === 40)) return true;
  if ((c0 !== 39 && c0 !== 0x2019) || n < 2 || tail.charCodeAt(1) !== 115) return false;
  if (n < 3) return true;
  // \b after the "s": the next character is not [A-Za-z0-9_].
  const c2 = tail.charCodeAt(2);
  return !((c2 >= 48 && c2 <= 57) || (c2 >= 65 && c2 <= 90) || (c2 >= 97 && c2 <= 122) || c2 === 95);
}

/** `/^,[ \u00a0]/` on the characters after a chain. */
function commaSpaceStart(tail: string): boolean {
  if (tail.length < 2 || tail.charCodeAt(0) !== 44) return false;
  const c1 = tail.charCodeAt(1);
  return c1 === 32 || c1 === 0xa0;
}

function lineEndsAfter(text: string, end: number): boolean {
  return /^[ \t]*(?:\r?\n|$)/.test(text.slice(end, end + 8));
}

/** Whether tokens[s..e] spell one known multi-word place. */
function wholePlace(tokens: WordToken[], s: number, e: number): boolean {
  const options = getLexicon().placeFirstWords.get(tokens[s].lower);
  if (!options) return false;
  let phrase = tokens[s].lower;
  for (let k = s + 1; k <= e; k++) phrase += " " + tokens[k].lower;
  return options.includes(phrase);
}

/** Han, Hangul and Arabic-script names: a known family name opening a short standalone run. */
function findCaselessScripts(tokens: WordToken[], out: Candidate[]): void {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const w = t.text;
    // Latin, Greek and Cyrillic words (most of them) are none of these scripts.
    if (w.charCodeAt(0) < 0x0600) continue;
    if (w.length >= 2 && w.length <= 4 && HAN.test(w) && (CJK_SET.has(w[0]) || JP_LIST.some((s) => w.startsWith(s)))) {
      out.push(candidate("PERSON", t.start, t.end, 0.6, "cjk"));
    } else if (KANA.test(w) && JP_LIST.includes(w) && k + 1 < tokens.length && joinedBySpace(tokens[k + 1].gap) && KANA.test(tokens[k + 1].text)) {
      out.push(candidate("PERSON", t.start, tokens[k + 1].end, 0.7, "ja"));
      k++;
    } else if (HANGUL.test(w) && (KO_SET.has(w[0]) || KO_RARE.has(w[0]))) {
      // A Korean name may carry a particle ("김민수이고", "박지성은"): the name is what precedes it.
      const particle = KO_PARTICLE.exec(w);
      const name = particle && w.length - particle[0].length >= 2 && particleFits(w, particle[0]) ? w.slice(0, w.length - particle[0].length) : w;
      // Administrative units end in 시/구/동/도/군/읍/면/로/길 ("서울시" is Seoul, not Mr Seo).
      // 1.6.0: inside Korean text, only where a title, particle or cue marks a person (person-korean.ts).
      if (name.length >= 2 && name.length <= 4 && !KO_NOT_NAMES.has(name) && !(name.length >= 3 && /[시구동도군읍면로길]$/.test(name)) && koreanNameInContext(tokens, k, name, name === w ? "" : w.slice(name.length), !KO_SET.has(w[0])) > 0) out.push(candidate("PERSON", t.start, t.start + name.length, 0.55, "ko"));
    } else if (ARABIC.test(w) && AR_SET.has(w)) {
      let e = k;
      // 1.7.0: past the second word, only a listed name or an "al-"/"bin"/"abd" family part goes
      // on ("محمد العلي بخصوص الطلب": "regarding the order" is no name).
      while (e + 1 < tokens.length && e - k < 3 && joinedBySpace(tokens[e + 1].gap) && ARABIC.test(tokens[e + 1].text) && !arabicFunctionWord(tokens[e + 1].text) && (e === k || arabicNamePart(tokens[e + 1].text))) e++;
      out.push(candidate("PERSON", t.start, tokens[e].end, e > k ? 0.8 : 0.6, "ar"));
      k = e;
    }
  }
}

// Particles written after a final consonant (이, 은, 을, 과, 이고...) or after a vowel (가, 는, 를, 와).
const AFTER_CONSONANT = /^(?:이|은|을|과|이고|이에요)$/;
const AFTER_VOWEL = /^(?:가|는|를|와|예요)$/;

/**
 * 1.6.0: "허채이" is a three-syllable name, not "허채" + the particle 이: a Korean particle
 * that needs a final consonant cannot follow a syllable without one, and the other way round.
 */
function particleFits(word: string, particle: string): boolean {
  const code = word.charCodeAt(word.length - particle.length - 1);
  if (code < 0xac00 || code > 0xd7a3) return true;
  const batchim = (code - 0xac00) % 28 !== 0;
  if (AFTER_CONSONANT.test(particle)) return batchim;
  if (AFTER_VOWEL.test(particle)) return !batchim;
  return true;
}

const AR_STOP = new Set("في من إلى الى على عن مع هو هي أنا انا نحن هذا هذه التي الذي كلمة المرور السر رقم عنوان و أو ثم قد لقد كان كانت يسكن تسكن أسكن اسكن اتصل اتصلت قال قالت طلب طلبت يريد تريد أرسل أرسلت ارسل وصل وصلت".split(" "));

// 1.7.0: time words, "regarding" and Urdu postpositions and honorifics after a name ("احمد علی سے").
const AR_STOP_MORE = new Set("أمس امس اليوم غدا غداً بخصوص بشأن حول لأن لان صباح مساء الآن سے کو کا کی کے نے میں پر تک اور بھی صاحب صاحبہ جی وقال وقالت".split(" "));

/** A third or fourth word of an Arabic-script name: a listed name or a family part ("ال…", "بن", "عبد…"). */
function arabicNamePart(w: string): boolean {
  return AR_SET.has(w) || (w.length >= 4 && w.startsWith("ال") && !AR_STOP_MORE.has(w)) || w === "بن" || w === "ابن" || w === "بنت" || w.startsWith("عبد");
}

/** Arabic words that end a name: prepositions, pronouns, and "and" + a verb ("وأسكن"). */
function arabicFunctionWord(w: string): boolean {
  return AR_STOP.has(w) || AR_STOP_MORE.has(w) || (/^و[أيتن]/.test(w) && w.length >= 4 && !AR_SET.has(w));
}

// Facility words that name no place ("Nobel Prize", "Ford Foundation"): LOCATION only after a place word.
const NON_PLACE_FACILITY = new Set("prize award awards conference conferences foundation institute".split(" "));

// LOCATION too: a place named after someone ("Logan Airport") is found here, so a selection of
// LOCATION alone must run this recognizer.
export const personRecognizer: Recognizer = { id: "person", types: ["PERSON", "LOCATION"], find: findPersons };
