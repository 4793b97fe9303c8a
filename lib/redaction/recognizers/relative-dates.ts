/**
 * 1.6.0: relative and partial dates of a person's event ("two weeks ago", "yesterday evening",
 * "on the 14th", "in March", "next Monday at 3pm", "vor zwei Wochen", "il y a trois jours",
 * "hace dos semanas", "на прошлой неделе", "3日前") in the languages of our users. They are
 * redacted only in a sentence about a person (a personal pronoun or a person's travel,
 * appointment or life event, see date-time.ts); in ordinary prose and in logs "yesterday"
 * identifies nobody.
 */
import { candidate } from "../text-scan";
import type { Candidate } from "../types";

const EN_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
const EN_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
const EN_COUNT = String.raw`(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|several)`;
const TIME = String.raw`(?:[ \u00a0](?:at|around|by|um|à|a las|alle|às|om|в|o)[ \u00a0]\d{1,2}(?:[:.h]\d{2})?(?:[ \u00a0]?(?:am|pm|a\.m\.|p\.m\.|uhr|h))?)?`;
const DAYPART = String.raw`(?:[ \u00a0](?:morning|afternoon|evening|night))?`;

// Each pattern is anchored on a rare word and bounded; the whole match is the date.
const PHRASES: readonly string[] = [
  // English
  String.raw`(?:the day (?:before yesterday|after tomorrow)|yesterday|tomorrow|tonight)${DAYPART}${TIME}`,
  String.raw`(?:last|next|this coming|coming|previous)[ \u00a0](?:week|weekend|month|year|night|summer|winter|spring|autumn|fall)`,
  String.raw`${EN_COUNT}[ \u00a0](?:days?|weeks?|months?|years?)[ \u00a0]ago`,
  String.raw`in[ \u00a0](?:\d{1,2}|two|three|four|five|six|a few)[ \u00a0](?:days|weeks|months)`,
  String.raw`the[ \u00a0]\d{1,2}(?:st|nd|rd|th)(?:[ \u00a0]of[ \u00a0](?:${EN_MONTHS}))?${TIME}`,
  // German
  String.raw`(?:vorgestern|übermorgen|gestern(?:[ \u00a0]?(?:abend|morgen|nachmittag|früh))?|heute[ \u00a0]abend|morgen[ \u00a0](?:früh|abend|nachmittag))${TIME}`,
  String.raw`(?:letzte[nrms]?|vergangene[nrms]?|nächste[nrms]?|kommende[nrms]?)[ \u00a0](?:woche|monat|jahr|wochenende|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)`,
  String.raw`vor[ \u00a0](?:\d{1,3}|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|ein paar|einigen)[ \u00a0](?:tagen|tag|wochen|woche|monaten|monat|jahren|jahr)`,
  // French
  String.raw`(?:avant-hier|après-demain|hier|demain)(?:[ \u00a0](?:soir|matin|après-midi))?${TIME}`,
  String.raw`(?:la semaine|le mois|l'année|le week-end|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[ \u00a0](?:dernière|dernier|prochaine|prochain|passée|passé)`,
  String.raw`il y a[ \u00a0](?:\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques)[ \u00a0](?:jours?|semaines?|mois|ans?)`,
  // Spanish
  String.raw`(?:anteayer|anoche|pasado mañana|ayer(?:[ \u00a0]por[ \u00a0]la[ \u00a0](?:mañana|tarde|noche))?|mañana[ \u00a0]por[ \u00a0]la[ \u00a0](?:tarde|noche|mañana))${TIME}`,
  String.raw`(?:la semana|el mes|el año|el fin de semana|el lunes|el martes|el miércoles|el jueves|el viernes|el sábado|el domingo)[ \u00a0](?:pasad[oa]|que viene|próxim[oa])`,
  String.raw`hace[ \u00a0](?:\d{1,3}|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|unos|unas|varios|varias)[ \u00a0](?:días?|semanas?|mes(?:es)?|años?)`,
  // Italian
  String.raw`(?:l'altro ieri|dopodomani|ieri(?:[ \u00a0](?:sera|mattina|pomeriggio))?|domani[ \u00a0](?:sera|mattina|pomeriggio))${TIME}`,
  String.raw`(?:la settimana|il mese|l'anno|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)[ \u00a0](?:scors[oa]|prossim[oa])`,
  String.raw`(?:\d{1,3}|un|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|qualche)[ \u00a0](?:giorni|giorno|settimane|settimana|mesi|mese|anni|anno)[ \u00a0]fa`,
  // Portuguese
  String.raw`(?:anteontem|depois de amanhã|ontem(?:[ \u00a0](?:à noite|de manhã|à tarde))?|amanhã[ \u00a0](?:à noite|de manhã|à tarde))${TIME}`,
  String.raw`(?:a semana|o mês|o ano|na segunda|na terça|na quarta|na quinta|na sexta|no sábado|no domingo)[ \u00a0](?:passad[oa]|que vem)`,
  String.raw`há[ \u00a0](?:\d{1,3}|um|uma|dois|duas|três|quatro|cinco|alguns|algumas)[ \u00a0](?:dias?|semanas?|meses|mês|anos?)`,
  // Dutch
  String.raw`(?:eergisteren|overmorgen|gisteravond|gisteren(?:[ \u00a0](?:avond|ochtend|middag))?)${TIME}`,
  String.raw`(?:vorige|volgende|afgelopen)[ \u00a0](?:week|maand|jaar|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)`,
  String.raw`(?:\d{1,3}|een|twee|drie|vier|vijf)[ \u00a0](?:dagen|dag|weken|week|maanden|maand|jaar)[ \u00a0]geleden`,
  // Russian and Ukrainian
  String.raw`(?:позавчера|послезавтра|позавчора|післязавтра|вчера(?:[ \u00a0](?:вечером|утром|днём|днем))?|вчора(?:[ \u00a0](?:ввечері|вранці))?)`,
  String.raw`на[ \u00a0](?:прошлой|следующей|этой)[ \u00a0]неделе`,
  String.raw`в[ \u00a0](?:прошлый|прошлую|прошлое|следующий|следующую)[ \u00a0](?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)`,
  String.raw`(?:минулого|наступного)[ \u00a0](?:тижня|місяця|року)`,
  String.raw`(?:\d{1,3}|два|две|дві|три|четыре|чотири|пять|пʼять|несколько|кілька)[ \u00a0](?:дня|дней|дні|днів|недели|недель|тижні|тижнів|месяца|месяцев|місяці|місяців|года|лет|роки|років)[ \u00a0](?:назад|тому)`,
  String.raw`(?:неделю|месяц|год|тиждень|місяць|рік)[ \u00a0](?:назад|тому)`,
  // Polish, Czech, Turkish
  String.raw`(?:przedwczoraj|pojutrze|wczoraj(?:[ \u00a0]wieczorem)?|w[ \u00a0](?:zeszłym|przyszłym|ubiegłym)[ \u00a0](?:tygodniu|miesiącu|roku))`,
  String.raw`(?:\d{1,3}|dwa|dwie|trzy|kilka)[ \u00a0](?:dni|tygodnie|tygodni|miesiące|miesięcy|lata|lat)[ \u00a0]temu|(?:tydzień|miesiąc|rok)[ \u00a0]temu`,
  String.raw`(?:předevčírem|včera(?:[ \u00a0]večer)?|(?:minulý|příští)[ \u00a0](?:týden|měsíc|rok))`,
  String.raw`před[ \u00a0](?:\d{1,3}|dvěma|třemi|několika)[ \u00a0](?:dny|týdny|měsíci|lety)`,
  String.raw`(?:geçen|gelecek)[ \u00a0](?:hafta|ay|yıl|pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar)|(?:\d{1,3}|iki|üç|birkaç)[ \u00a0](?:gün|hafta|ay|yıl)[ \u00a0]önce|dün[ \u00a0]akşam`,
  // Nordic
  String.raw`(?:i går|igår|i förrgår|i forgårs)(?:[ \u00a0](?:kväll|kveld|aftes))?|(?:förra|nästa)[ \u00a0]veckan?|(?:forrige|neste)[ \u00a0]uke|(?:sidste|næste)[ \u00a0]uge`,
  String.raw`för[ \u00a0](?:\d{1,3}|två|tre)[ \u00a0](?:dagar|veckor|månader|år)[ \u00a0]sedan|for[ \u00a0](?:\d{1,3}|to|tre)[ \u00a0](?:dager|uker|dage|uger|måneder)[ \u00a0]siden`,
];

const PHRASE = new RegExp(String.raw`(?<![\p{L}\p{M}\d])(?:${PHRASES.join("|")})(?![\p{L}\p{M}\d])`, "giu");
// Scripts without spaces: the phrase stands on its own.
const CJK_PHRASE = /(?:一昨日|昨日|明日|明後日|先週|来週|先月|来月|前天|昨天|明天|后天|後天|上周|下周|上週|下週|上个月|下个月|上個月|下個月|\d{1,3}(?:天|日|週間|周|個月|个月|か月|ヶ月)前|그저께|어제|내일|모레|지난주|다음 ?주|지난달|\d{1,3}(?:일|주|개월) 전)/g;
// A month or a weekday of English written alone in a sentence: "in March", "on Friday at 3pm".
const EN_MONTH_ALONE = new RegExp(String.raw`(?<=(?:^|[^\p{L}])(?:in|since|until|by|early|mid|late|end of|during)[ \u00a0])(?:${EN_MONTHS})(?:[ \u00a0]\d{1,2}(?:st|nd|rd|th)?)?(?![\p{L}\d]|,?[ \u00a0]\d{4})`, "giu");
// 1.11.0: with the months' abbreviations too ("I'm flying out Dec 23", "surgery on 3 Feb"); "May" has none.
const EN_MONTHS_SHORT = String.raw`(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?`;
const EN_DAY_MONTH = new RegExp(String.raw`(?<![\p{L}\d])(?:\d{1,2}(?:st|nd|rd|th)?[ \u00a0](?:of[ \u00a0])?(?:${EN_MONTHS}|${EN_MONTHS_SHORT})|(?:${EN_MONTHS}|${EN_MONTHS_SHORT})[ \u00a0]\d{1,2}(?:st|nd|rd|th)?)(?![\p{L}\d]|,?[ \u00a0]\d{4})${TIME}`, "giu");
const WEEKDAY_TIME = new RegExp(String.raw`(?<![\p{L}])(?:${EN_WEEKDAYS})(?:${TIME.slice(0, -1)}|[ \u00a0](?:morning|afternoon|evening|night))`, "giu");

// A cheap first test: one of the words the patterns open or close on.
const GATE = /ago|last|next|coming|previous|yesterday|tomorrow|tonight|the \d|in \d|\d(?:st|nd|rd|th)\b|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|gestern|morgen|vor |letzte|nächste|hier|demain|dernier|prochain|il y a|ayer|anoche|mañana|hace|pasad|ieri|domani|scors|prossim| fa\b|ontem|amanhã|há |gister|vorige|volgende|afgelopen|geleden|вчера|вчора|завтра|назад|тому|прошл|следующ|минулого|наступного|wczoraj|temu|zeszłym|przyszłym|včera|před|minulý|příští|dün|önce|geçen|gelecek|går|förra|nästa|sedan|siden|forrige|neste|sidste|næste|[昨明先来上下前어내지다그모]/i;

// A month's abbreviation with its capital next to a day (the GATE above spells months in full).
const SHORT_MONTH_GATE = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?[ \u00a0]\d|\d[ \u00a0](?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;

/**
 * Relative and partial dates; `personal(start, end)` says whether the sentence around a match
 * is about a person.
 */
export function relativeDates(text: string, personal: (start: number, end: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  // A text that only names a month's abbreviation by a day runs the one pattern that reads it.
  const full = GATE.test(text);
  if (!full && !SHORT_MONTH_GATE.test(text)) return out;
  const push = (start: number, end: number, source: string, capital = false) => {
    if (capital && !/^\p{Lu}/u.test(text.slice(start, end).replace(/^\d+(?:st|nd|rd|th)? (?:of )?/, ""))) return;
    if (personal(start, end)) out.push(candidate("DATE_TIME", start, end, 0.6, source));
  };
  if (full) for (const m of text.matchAll(PHRASE)) push(m.index, m.index + m[0].length, "relative-date");
  if (full) for (const m of text.matchAll(CJK_PHRASE)) push(m.index, m.index + m[0].length, "relative-date");
  // Month names need a capital ("in may" is a verb's, "in March" a month's).
  if (full) for (const m of text.matchAll(EN_MONTH_ALONE)) push(m.index, m.index + m[0].length, "month-alone", true);
  for (const m of text.matchAll(EN_DAY_MONTH)) push(m.index, m.index + m[0].length, "day-month", true);
  if (full) for (const m of text.matchAll(WEEKDAY_TIME)) push(m.index, m.index + m[0].length, "weekday-time", true);
  return out;
}
