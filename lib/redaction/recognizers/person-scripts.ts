/**
 * 1.6.0: PERSON rules that letter case cannot drive: names in scripts without case after a
 * person cue (Hebrew, Arabic-script, Thaana, Indic, Thai, Georgian, Ethiopic...), Chinese
 * and Japanese names before a title ("张先生", "佐藤さん") or after an introduction
 * ("我叫王建国"), and Vietnamese names, whose parts are often ordinary English words
 * ("Nguyen Van An", "Le Thi Hong"), by their family-name + middle-name shape.
 */
import { CJK_SURNAMES, CJK_SURNAMES_CUED, JAPANESE_SURNAMES } from "../lexicon/name-lists";
import { HEBREW_GIVEN_NAMES, PERSIAN_URDU_GIVEN_NAMES } from "../lexicon/regional-names";
import { candidate } from "../text-scan";
import type { Candidate } from "../types";
import type { CueSet } from "./cues";
import { joinedBySpace, tokenizeWords, type WordToken } from "./tokens";

/** Letters of a script without case that is written with spaces between words. */
function caselessScript(code: number): boolean {
  return (
    (code >= 0x0590 && code <= 0x08ff) || // Hebrew, Arabic, Syriac, Thaana, N'Ko
    (code >= 0x0900 && code <= 0x0dff) || // Devanagari ... Sinhala
    (code >= 0x0e00 && code <= 0x0eff) || // Thai, Lao
    (code >= 0x1000 && code <= 0x109f) || // Myanmar
    (code >= 0x10d0 && code <= 0x10ff) || // Georgian Mkhedruli
    (code >= 0x1200 && code <= 0x137f) || // Ethiopic
    (code >= 0x1780 && code <= 0x17ff) || // Khmer
    (code >= 0xfb1d && code <= 0xfeff) // Hebrew and Arabic presentation forms
  );
}

// Words of those scripts that end a name: verbs, particles, "and", pronouns.
const CASELESS_STOP = new Set(
  (
    "ו של את עם הוא היא אני גר גרה התקשר התקשרה " +
    // 1.8.0: verbs after "אני" (I), which is a cue ("אני מחכה לחבילה" is "I'm waiting for the parcel").
    // 1.9.0: more of them ("מחר אני נפגש עם דניאל", I am meeting Daniel tomorrow).
    "נפגש נפגשת מדבר מדברת הולך הולכת מגיע מגיעה שולח שולחת עובד עובדת מחפש מחפשת " +
    "מחכה רוצה צריך צריכה מבקש מבקשת יכול יכולה חושב חושבת מנסה מקווה כותב כותבת פונה מתקשר מתקשרת לא " +
    // 1.7.0: time words and courtesy after a name ("משה פרץ אתמול", "احمد علی صاحب").
    "אתמול היום מחר עכשיו בבוקר בערב בלילה תודה רבה בבקשה לא כבר גם רק מאוד על אל כל אם כי أمس اليوم غدا بخصوص صاحب صاحبہ جی " +
    "و في من إلى الى على عن مع هو هي أنا انا اتصل اتصلت يسكن تسكن " +
    "است در را از به که می و هستم هست زندگی " +
    "ہے ہیں اور میں نے کو کا کی کے سے جان " +
    "है हूँ हूं हैं और ने को का की के से में पर था थी जी " +
    "และ ครับ ค่ะ คะ ที่ โทร " +
    "და არის მე"
  ).split(" "),
);

// 1.9.0: greetings before a name in Hebrew and Hindi ("שלום נועה,", "नमस्ते राहुल जी"); what follows
// the name's comma is the message, not more names (person.ts takes no list members from these).
// Words of address after a name: Hindi "ji", Persian and Urdu "jan", "sahib".
const ADDRESS_AFTER = new Set(["जी", "جان", "جی", "صاحب"]);
const CASELESS_GREETINGS = new Set(["שלום", "היי", "תודה", "नमस्ते", "नमस्कार", "धन्यवाद", "সালাম", "নমস্কার", "ধন্যবাদ", "শুভেচ্ছা", "வணக்கம்", "நன்றி", "سلام", "مرحبا", "شكرا", "გამარჯობა", "სალამი", "მადლობა"]);

// Titles: after one, the first word of a running sentence is still a name ("מר כהן התקשר").
const TITLES = new Set("mr mrs ms dr prof מר גברת السيد السيدة श्री श्रीमती آقای خانم جناب محترمہ นาย นาง นางสาว ბატონი ქალბატონი".split(" "));

/**
 * "Attendees: דליה יהודה, …", "שמי דוד כהן", "cc ზოია T. ჯანელიძე": words of a caseless
 * script (a Latin middle initial between them allowed) right after a person cue. A run that
 * goes on as a sentence ("לקוח חדש נרשם למערכת") is no name, except its first word after a title.
 */
export function caselessAfterCue(tokens: WordToken[], cues: CueSet[], out: Candidate[]): void {
  for (let k = 0; k < tokens.length; k++) {
    if (!caselessScript(tokens[k].text.charCodeAt(0))) continue;
    if (tokens[k].text === "هستم" || tokens[k].text === "ہوں") introducedBefore(tokens, k, out);
    else if (tokens[k].text.charCodeAt(0) <= 0x0e7f && tokens[k].text.charCodeAt(0) >= 0x0e00) thaiIntroduction(tokens, k, out);
    if (CASELESS_STOP.has(tokens[k].text) || thaiPhrase(tokens[k].text)) continue;
    const greeted = k > 0 && CASELESS_GREETINGS.has(tokens[k - 1].text) && joinedBySpace(tokens[k].gap);
    if (!greeted && !cues.some((c) => c.before(tokens, k)) && !hebrewNameAfterWith(tokens, k)) continue;
    let e = k;
    let words = 1;
    while (words < 5 && e + 1 < tokens.length) {
      const next = tokens[e + 1];
      if (joinedBySpace(next.gap) && caselessScript(next.text.charCodeAt(0)) && !CASELESS_STOP.has(next.text) && !stopPrefix(next.text)) {
        e++;
        words++;
      } else if (joinedBySpace(next.gap) && /^[A-Z]$/.test(next.text) && e + 2 < tokens.length && /^\.[ \u00a0]$/.test(tokens[e + 2].gap) && caselessScript(tokens[e + 2].text.charCodeAt(0))) {
        e += 2;
        words++;
      } else break;
    }
    const after = e + 1 < tokens.length ? tokens[e + 1] : undefined;
    // Where a name's run stops: the end of the text or line, a list separator, or a Latin word.
    const ends = !after || /[\n,;|、，]/.test(after.gap) || (joinedBySpace(after.gap) && (after.text.charCodeAt(0) < 0x250 || CASELESS_STOP.has(after.text) || stopPrefix(after.text)));
    const sentenceEnd = !!after && /^[.!?।۔]/.test(after.gap);
    // 1.9.0: after a greeting, a listed Hebrew name, or one word before a comma or a word of
    // address ("שלום נועה,", "नमस्ते राहुल जी", "سلام مریم جان"); "שלום ההזמנה שלי לא הגיעה" (my order did
    // not arrive) is the message, "שלום לכולם" (hello all) and "شكرا جزيلا" (thanks a lot) are no names.
    if (greeted && !(HE_GIVEN.has(tokens[k].text) || (words === 1 && !!after && (/^[ \u00a0]*[,،]/.test(after.gap) || ADDRESS_AFTER.has(after.text))))) {
      k = e;
      continue;
    }
    if ((ends && words <= 3) || (sentenceEnd && words <= 2)) {
      out.push(candidate("PERSON", tokens[k].start, tokens[e].end, 0.7, greeted ? "caseless-greeting" : "caseless-cue"));
    } else if (e > k && KA_SURNAME.test(tokens[k + 1].text) && tokens[k + 1].text.charCodeAt(0) >= 0x10d0 && tokens[k + 1].text.charCodeAt(0) <= 0x10ff) {
      // 1.6.0: "პაციენტი ჯონდო ვაჩნაძე დღეს მოვიდა": the sentence goes on, a given name and a Georgian surname open it.
      out.push(candidate("PERSON", tokens[k].start, tokens[k + 1].end, 0.7, "caseless-cue"));
    } else if (k > 0 && TITLES.has(tokens[k - 1].lower)) {
      out.push(candidate("PERSON", tokens[k].start, tokens[k].end, 0.65, "caseless-title"));
    }
    k = e;
  }
}

const FA_UR_GIVEN = new Set(PERSIAN_URDU_GIVEN_NAMES.split(/\s+/).filter(Boolean));

/**
 * 1.8.0: "من مریم هستم", "سلام من علی رضایی هستم" (Persian), "میں عمران ہوں" (Urdu): a listed
 * given name, and one more word as its surname, between "I" and "am" (`k` is at "am").
 */
function introducedBefore(tokens: WordToken[], k: number, out: Candidate[]): void {
  const pronoun = tokens[k].text === "هستم" ? "من" : "میں";
  for (const words of [1, 2]) {
    const first = k - words;
    if (first < 1 || tokens[first - 1].text !== pronoun || !FA_UR_GIVEN.has(tokens[first].text)) continue;
    let joined = true;
    for (let m = first; m <= k; m++) joined &&= joinedBySpace(tokens[m].gap);
    if (joined && (words === 1 || !CASELESS_STOP.has(tokens[k - 1].text))) out.push(candidate("PERSON", tokens[first].start, tokens[k - 1].end, 0.75, "caseless-intro"));
    return;
  }
}

// Thai writes "my name is" and the name as one word ("ผมชื่อสมชาย"), often with the polite particle glued on.
const THAI_INTRO = /^(ผมชื่อ|ฉันชื่อ|ดิฉันชื่อ|หนูชื่อ|เราชื่อ)(.+?)(?:ครับ|ค่ะ|คะ|นะคะ|นะครับ|จ้า|จ้ะ)?$/;

// 1.9.0: "คุณ" (Khun) glued to a name after a greeting or thanks, in the same word or the one before
// ("สวัสดีค่ะ คุณสมศรี", "ขอบคุณครับคุณวิชัย"); alone "คุณ" opens words ("คุณภาพ", quality) and means "you".
const THAI_KHUN = /^(สวัสดี|ขอบคุณ)?(?:ครับ|ค่ะ|คะ)?คุณ(.+?)(?:ครับ|ค่ะ|คะ|นะคะ|นะครับ)?$/;
const THAI_GREETING = /^(?:สวัสดี|ขอบคุณ|เรียน)/;
const THAI_KHUN_WORDS = /^(?:ภาพ|สมบัติ|ค่า|ประโยชน์|ธรรม|ลักษณะ|ครู|แม่|พ่อ|ป้า|ลุง|หมอ)/;

/** 1.8.0: "ผมชื่อสมชาย", "ฉันชื่อสุดารัตน์ค่ะ": the name glued to its cue. */
function thaiIntroduction(tokens: WordToken[], k: number, out: Candidate[]): void {
  const t = tokens[k];
  const khun = t.text.includes("คุณ") ? THAI_KHUN.exec(t.text) : null;
  if (khun && (khun[1] !== undefined || (k > 0 && THAI_GREETING.test(tokens[k - 1].text))) && khun[2].length >= 2 && khun[2].length <= 14 && !THAI_PHRASE.test(khun[2]) && !THAI_KHUN_WORDS.test(khun[2])) {
    const start = t.start + t.text.length - khun[0].length + khun[0].indexOf("คุณ", (khun[1] ?? "").length) + 3;
    out.push(candidate("PERSON", start, start + khun[2].length, 0.75, "caseless-intro"));
    return;
  }
  const m = THAI_INTRO.exec(t.text);
  if (!m || m[2].length < 2 || m[2].length > 14 || THAI_PHRASE.test(m[2])) return;
  const start = t.start + m[1].length;
  out.push(candidate("PERSON", start, start + m[2].length, 0.75, "caseless-intro"));
}

const HE_GIVEN = new Set(HEBREW_GIVEN_NAMES.split(/\s+/).filter(Boolean));
const HE_WITH = new Set(["עם", "ועם", "זו", "זה", "וזו", "וזה"]);

/** 1.8.0: "דיברתי עם יוסי כהן", "זו רונית לוי": a listed Hebrew given name after "with" or "this is". */
function hebrewNameAfterWith(tokens: WordToken[], k: number): boolean {
  return k > 0 && HE_GIVEN.has(tokens[k].text) && HE_WITH.has(tokens[k - 1].text) && joinedBySpace(tokens[k].gap);
}

// Thai writes a clause without spaces: a "word" holding a verb or particle is a phrase, not a name.
const THAI_PHRASE = /ต้องการ|ไม่|แล้ว|ได้|จะ|ให้|การ|ของ|สินค้า|ครับ|ค่ะ|ขอ|ช่วย/;

function thaiPhrase(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 0x0e00 && c <= 0x0e7f && (word.length > 16 || THAI_PHRASE.test(word));
}

/** 1.7.0: a word of a caseless script that ends a name (a verb, particle, preposition, time word). */
export function caselessStopWord(word: string): boolean {
  return CASELESS_STOP.has(word) || stopPrefix(word);
}

/** Hebrew "and"/"that" glued to a following word ("ואני", "שגר") after a name. */
function stopPrefix(word: string): boolean {
  // 1.6.0: "and the/in/to …" ("והחבילה", "ובסוף") opens a new clause too.
  // 1.7.0: "from/to/in the …" ("מהשירות", "להנהלה", "בהזמנה") is a noun with its preposition.
  return word.length >= 3 && ((/^[וש][\u05d0-\u05ea]/.test(word) && (/^(?:ואני|ואנחנו|שגר|שגרה|והוא|והיא)/.test(word) || (word.length >= 5 && /^ו[הבל]/.test(word)))) || (word.length >= 5 && /^[מלב]ה/.test(word)));
}

// 1.6.0: Georgian surname endings ("ვაჩნაძე", "იაშვილი", "ჩიქოვანი", "გელაშვილი").
const KA_SURNAME = /(?:ძე|შვილი|ია|ავა|უა|ანი|ური|ელი|ონი|ვილი)$/;

// Family names before a title or after a cue; the rarer ones count there too (name-lists.ts).
const HAN_SURNAME_CUED = new Set([...CJK_SURNAMES, ...CJK_SURNAMES_CUED]);
const JP_SURNAMES = JAPANESE_SURNAMES.split(" ");
const HAN = /[\u4e00-\u9fff]/;
// Titles written after a Chinese or Japanese name.
const ZH_TITLE = /(?:先生|女士|小姐|老师|老師|经理|經理|医生|醫生|太太|同学|同學|律师|律師)/g;
const JA_TITLE = /(?:さん|様|さま|くん|ちゃん|先生|氏|殿)/g;
// Introductions and roles before a Chinese name ("我叫王建国", "联系人：李娜").
// Roles and kinship words before さん/様 ("社長さん", "お客様"): no names.
const JA_ROLE_WORDS = new Set("社長 部長 課長 係長 店長 院長 所長 会長 校長 先生 患者 担当 担当者 運転手 医者 看護師 弁護士 皆 奥 旦那 神 王 客 店員 駅員 職員 社員 会員 皆さん 東京 大阪 日本 中国 韓国 本日 明日 今日 昨日".split(" "));
// Two short kanji words separated by one space, at a boundary on both sides.
const JA_SPACED_NAME = /(?<![\u4e00-\u9fff々\u30a0-\u30ff])([\u4e00-\u9fff々]{1,3})[ \u3000]([\u4e00-\u9fff々][\u4e00-\u9fff々\u3040-\u309f]{0,2}?)(?=です|さん|様|さま|くん|ちゃん|と申|[、。，,.：:\s)）」]|$)/gu;

const ZH_CUE = /(?:我叫|我是|名叫|联系|聯繫|聯絡|告诉|告訴|转告|轉告|通知|叫做|姓名[:：]?|联系人[:：]?|聯絡人[:：]?|客户[:：]|客戶[:：]|患者|收件人[:：]?|负责人[:：]?|負責人[:：]?)[ \u3000]?/g;
// Characters that end a name written without spaces: particles, verbs, punctuation.
const ZH_STOP = /[的是在说說和跟了，,。.、：:；;！!？?（(\s住电電给給从從向让讓请請也都就会會要]/;

/** Chinese and Japanese names found by a title after them or an introduction before them. */
// 1.7.0: a given name alone after an introduction that can only be one ("我叫小明", "我的名字是",
// "こんにちは、さくらです", "ゆいと申します", "私の名前はさくらです").
const ZH_INTRO = /(?:我叫|我的名字是|我的名字叫)([\u4e00-\u9fff]{2,3})(?=[，。,.!！？?、\s]|$)/gu;
const JA_INTRO = /(?:私の名前は|名前は|こんにちは[、。]|はじめまして[、。]|もしもし[、。])([\u3040-\u309f\u30a0-\u30ff\u4e00-\u9fff々]{1,6}?)(?:です|と申します|といいます)|(?<![\u4e00-\u9fff々\u30a0-\u30ff])([\u4e00-\u9fff々]{2,4}|[\u30a0-\u30ff]{2,6})と申します/gu;
const JA_NOT_NAMES = new Set("そう いい よろしい 大丈夫 本当 無理 結構 以上 担当 担当者 私 わたし".split(" "));

function introducedNames(text: string, out: Candidate[]): void {
  if (text.includes("我")) for (const m of text.matchAll(ZH_INTRO)) out.push(candidate("PERSON", m.index + m[0].length - m[1].length, m.index + m[0].length, 0.75, "zh-intro"));
  if (text.includes("です") || text.includes("申します") || text.includes("いいます")) {
    for (const m of text.matchAll(JA_INTRO)) {
      const name = m[1] ?? m[2];
      if (JA_NOT_NAMES.has(name) || JA_ROLE_WORDS.has(name)) continue;
      const start = m.index + m[0].indexOf(name, m[1] ? m[0].length - name.length - 6 : 0);
      out.push(candidate("PERSON", start, start + name.length, 0.7, "ja-intro"));
    }
  }
}

export function cjkNames(text: string, out: Candidate[]): void {
  if (!HAN.test(text) && !/[\u3040-\u30ff]/.test(text)) return;
  introducedNames(text, out);
  for (const m of text.matchAll(ZH_TITLE)) {
    // One to three Han characters before the title, the first a family name: "张伟先生", "王女士".
    for (let len = 3; len >= 1; len--) {
      const s = m.index - len;
      if (s < 0) continue;
      const name = text.slice(s, m.index);
      if (HAN_SURNAME_CUED.has(name[0]) && /^[\u4e00-\u9fff]+$/.test(name) && !ZH_STOP.test(name)) {
        out.push(candidate("PERSON", s, m.index, 0.75, "zh-title"));
        break;
      }
    }
  }
  for (const m of text.matchAll(JA_TITLE)) {
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    const surname = JP_SURNAMES.find((n) => before.endsWith(n));
    if (surname) out.push(candidate("PERSON", m.index - surname.length, m.index, 0.75, "ja-title"));
    else {
      // 1.6.0: a surname no list holds: two or three kanji standing alone before the title
      // ("関口さんに", "は柳田様"), not a role ("社長さん", "お客様").
      const run = /(?:^|[^\u4e00-\u9fff々])([\u4e00-\u9fff々]{2,3})$/.exec(before);
      if (run && !JA_ROLE_WORDS.has(run[1]) && !/^お/.test(before.slice(-run[1].length - 1))) out.push(candidate("PERSON", m.index - run[1].length, m.index, 0.7, "ja-title"));
    }
  }
  // 1.6.0: a Japanese (or Chinese) name written family name, space, given name ("横田 結菜です", "患者：手塚 直子、").
  if (text.includes(" ") || text.includes("\u3000")) {
    for (const m of text.matchAll(JA_SPACED_NAME)) {
      if (!JA_ROLE_WORDS.has(m[1]) && !JA_ROLE_WORDS.has(m[2])) out.push(candidate("PERSON", m.index + m[0].indexOf(m[1]), m.index + m[0].length, 0.7, "ja-spaced"));
    }
  }
  for (const m of text.matchAll(ZH_CUE)) {
    const s = m.index + m[0].length;
    if (!HAN_SURNAME_CUED.has(text[s] ?? "")) continue;
    let e = s + 1;
    while (e < s + 3 && e < text.length && /[\u4e00-\u9fff]/.test(text[e]) && !ZH_STOP.test(text[e])) e++;
    if (e - s >= 2) out.push(candidate("PERSON", s, e, 0.75, "zh-cue"));
  }
}

// Vietnamese family names and the middle names that follow them, with and without diacritics.
const VN_FAMILY = "Nguyễn|Nguyen|Trần|Tran|Lê|Le|Phạm|Pham|Hoàng|Hoang|Huỳnh|Huynh|Phan|Vũ|Vu|Võ|Vo|Đặng|Dang|Bùi|Bui|Đỗ|Do|Hồ|Ho|Ngô|Ngo|Dương|Duong|Lý|Ly|Trịnh|Trinh|Đinh|Dinh|Trương|Truong|Lâm|Lam|Lương|Luong|Đoàn|Doan|Cao|Tạ|Quách|Quach|Đào|Dao|Vương|Vuong|Châu|Chau|Mai|Tô|Hà";
const VN_MIDDLE = "Văn|Van|Thị|Thi|Đức|Duc|Hữu|Huu|Minh|Ngọc|Ngoc|Thanh|Quang|Xuân|Xuan|Thu|Công|Cong|Quốc|Quoc|Trọng|Trong|Kim|Bảo|Bao|Gia|Tuấn|Tuan|Thành|Mạnh|Manh|Đình|Dinh|Hồng|Hong|Phương|Phuong|Khánh|Khanh|Mỹ|Thùy|Thuy|Bích|Bich|Hải|Hai|Tiến|Tien|Viết|Viet|Chí|Trung|Tấn|Nhật|Nhat|Thế|The|Phúc|Phuc|Diệu|Hoài|Hoai|Như";
const VN_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]*`;
export const VN_NAME = new RegExp(String.raw`(?<![\p{L}\p{M}\d])(?:${VN_FAMILY}) (?:${VN_MIDDLE})(?: ${VN_WORD}){1,2}(?![\p{L}\p{M}\d])`, "gu");
export const VN_NAME_CAPS = new RegExp(String.raw`(?<![\p{L}\p{M}\d])(?:${VN_FAMILY.toUpperCase()}) (?:${VN_MIDDLE.toUpperCase()})(?: \p{Lu}[\p{Lu}\p{M}]*){1,2}(?![\p{L}\p{M}\d])`, "gu");

const VN_FAMILY_WORDS = new Set([...VN_FAMILY.split("|"), ...VN_FAMILY.toUpperCase().split("|")]);
const VN_MIDDLE_WORDS = new Set([...VN_MIDDLE.split("|"), ...VN_MIDDLE.toUpperCase().split("|")]);

/**
 * Whether the text holds a family name, one space and a middle name, which every match of
 * VN_NAME / VN_NAME_CAPS does: read from the word tokens (already built for this text), so
 * the two scans, which try their look-behind and alternatives at every position, run only
 * on texts that can match. The middle name stands between spaces, so it is a whole token;
 * the family name ends its token, after any hyphen or apostrophe ("Jean-Nguyen Van An").
 */
export function mayHoldVietnameseName(tokens: readonly WordToken[]): boolean {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.cap || t.gap !== " " || !VN_MIDDLE_WORDS.has(t.text)) continue;
    const prev = tokens[k - 1].text;
    const cut = Math.max(prev.lastIndexOf("-"), prev.lastIndexOf("'"), prev.lastIndexOf("’")) + 1;
    if (VN_FAMILY_WORDS.has(cut > 0 ? prev.slice(cut) : prev)) return true;
  }
  return false;
}

/** "Nguyen Van An", "Le Thi Hong", "TRAN VAN BINH": family name, middle name, given name(s). */
export function vietnameseNames(text: string, out: Candidate[]): void {
  if (!mayHoldVietnameseName(tokenizeWords(text))) return;
  for (const re of [VN_NAME, VN_NAME_CAPS]) {
    for (const m of text.matchAll(re)) {
      // Ho Chi Minh City is a place; a third word that is a street or city word ends nothing here.
      if (/^h[oồ] ch[ií] minh/i.test(m[0])) continue;
      let value = m[0];
      const last = value.slice(value.lastIndexOf(" ") + 1).toLowerCase();
      if (/^(?:street|road|city|district|ward|avenue|st|rd)$/.test(last)) value = value.slice(0, value.lastIndexOf(" "));
      if (value.split(" ").length < 3) continue;
      out.push(candidate("PERSON", m.index, m.index + value.length, 0.8, "vi-name"));
    }
  }
}

// A line or sentence that announces a list of people: "Attendees:", "The winners are", "Team for the offsite:".
export const LIST_OPEN = /(?<![\p{L}])(?:attendees|participants|invitees|guests|speakers|panelists|judges|organi[sz]ers|winners are|invite list|team for [\p{L} ]{1,30}|teilnehmer(?:innen)?|teilnehmende|participantes|partecipanti|deelnemers|deltagare|deltakere|deltagere|osallistujat|uczestnicy|účastníci|résztvevők|участники|учасники|katılımcılar|names|surnames|nachnamen|apellidos|nazwiska)[ \t]*(?::|—|–|-|are)[ \t]*/giu;
const LIST_ITEM_SEP = /,[ \u00a0]+(?:(?:and|und|et|y|e|en|og|och|i|a|és|и|та|і|ve|and also)[ \u00a0]+)?|[ \u00a0]+(?:and|&|und|et|y|e|en|og|och|i|a|és|и|та|і|ve)[ \u00a0]+|[、，;]/u;
const ITEM_WORD = /^(?:[\p{Lu}\p{Lo}\u10d0-\u10ff][\p{L}\p{M}'’.-]*|van|von|de|der|den|da|di|du|le|la|al|el|bin|ibn|y|[A-Z]\.)$/u;

/**
 * 1.6.0: "Attendees: Dries Janssen, Roos Thijs, Verstraete and Sara Peeters." After a cue that
 * announces people, every item of the list is a person, when every item looks like a name.
 */
// LIST_OPEN's words in lower case: every match holds one of them, case aside.
const LIST_OPEN_WORDS = ["attendees", "participants", "invitees", "guests", "speakers", "panelists", "judges", "organisers", "organizers", "winners are", "invite list", "team for ", "teilnehmer", "teilnehmende", "participantes", "partecipanti", "deelnemers", "deltagare", "deltakere", "deltagere", "osallistujat", "uczestnicy", "účastníci", "résztvevők", "участники", "учасники", "katılımcılar", "names", "surnames", "nachnamen", "apellidos", "nazwiska"];

/**
 * Whether LIST_OPEN can match: one of its words occurs in the lower-cased text. Its
 * case-insensitive scan (every position, every word) cost more than the lower-casing and
 * these searches. Lower-casing covers every case variant the regex accepts but the long
 * s ("ſ", which the regex takes for "s" and lower-casing keeps), so a text holding one
 * goes to the scan.
 */
export function mayOpenList(text: string): boolean {
  const lower = text.toLowerCase();
  if (lower.includes("ſ")) return true;
  for (const w of LIST_OPEN_WORDS) if (lower.includes(w)) return true;
  return false;
}

// 1.8.0: LIST_OPEN's words as the tokenizer cuts them ("winners are" -> "winners").
const LIST_OPEN_TOKENS = new Set(LIST_OPEN_WORDS.map((w) => w.split(" ")[0]).concat("teilnehmerinnen"));

/** Whether a token (lower-case) can hold LIST_OPEN's word: itself, or joined by "-"/"'" or glued to "are". */
function listOpenToken(lower: string): boolean {
  if (LIST_OPEN_TOKENS.has(lower)) return true;
  if (lower.length < 7) return false;
  for (let k = 5; k < lower.length && k < 16; k++) {
    const c = lower.charCodeAt(k);
    if (c === 45 || c === 39 || c === 0x2019) return LIST_OPEN_TOKENS.has(lower.slice(0, k));
  }
  return lower.endsWith("are") && LIST_OPEN_TOKENS.has(lower.slice(0, -3));
}

/**
 * 1.8.0: mayOpenList from the tokens findPersons already has: a text with none of its words
 * as a token skips the lower-casing and the searches (most texts). The long s, which the
 * regex folds to "s", still goes to mayOpenList.
 */
function mayOpenListIn(tokens: readonly WordToken[], text: string): boolean {
  for (const t of tokens) if (listOpenToken(t.lower)) return mayOpenList(text);
  return text.includes("ſ") && mayOpenList(text);
}

/**
 * `member`: whether a capitalised item may be a person; `knownName`: whether a lower-case word
 * is a listed given name or surname and no ordinary word (1.8.0: "Attendees: amit, priya, rahul").
 */
export function cuedLists(text: string, tokens: readonly WordToken[], out: Candidate[], member: (value: string) => boolean, knownName: (word: string) => boolean): void {
  if (!mayOpenListIn(tokens, text)) return;
  for (const m of text.matchAll(LIST_OPEN)) {
    const from = m.index + m[0].length;
    // The list ends at the end of its sentence or line.
    const rest = text.slice(from, from + 300);
    const stop = rest.search(/[.!?](?:[ \t]|$)|\r?\n|[(:]/);
    const body = stop < 0 ? rest : rest.slice(0, stop);
    const items: Array<[number, string]> = [];
    let pos = 0;
    let ok = true;
    while (pos < body.length && ok) {
      const sep = LIST_ITEM_SEP.exec(body.slice(pos));
      const raw = sep ? body.slice(pos, pos + sep.index) : body.slice(pos);
      const value = raw.trim();
      const words = value.split(/[ \u00a0]+/);
      ok = value.length > 0 && words.length <= 4 && words.every((w) => ITEM_WORD.test(w));
      if (ok) items.push([from + pos + raw.indexOf(value), value]);
      pos = sep ? pos + sep.index + sep[0].length : body.length;
    }
    if (!ok && lowerCaseList(body, from, out, knownName)) continue;
    // Single words alone ("Backend, Frontend and QA") may be teams; a full name among them says people.
    // 1.10.0: so do single words that are all listed names and no ordinary word ("Okafor, Lindqvist, Kowalski").
    if (!ok || items.length < 2 || !(items.some(([, v]) => v.includes(" ")) || items.every(([, v]) => knownName(v.toLowerCase())))) continue;
    for (const [start, value] of items) if (member(value)) out.push(candidate("PERSON", start, start + value.length, 0.65, "cued-list"));
  }
}

const LOWER_ITEM = /^[\p{Ll}][\p{Ll}\p{M}'’-]*$/u;

/**
 * 1.8.0: a list typed in lower case after a cue that announces people ("attendees: amit, priya
 * and rahul"): every item one or two words, every word a known name (not an ordinary word), two
 * items at least. Whether it took the list.
 */
function lowerCaseList(body: string, from: number, out: Candidate[], knownName: (word: string) => boolean): boolean {
  const items: Array<[number, string]> = [];
  let pos = 0;
  while (pos < body.length) {
    const sep = LIST_ITEM_SEP.exec(body.slice(pos));
    const raw = sep ? body.slice(pos, pos + sep.index) : body.slice(pos);
    const value = raw.trim();
    const words = value.split(/[ \u00a0]+/);
    if (value.length === 0 || words.length > 2 || !words.every((w) => LOWER_ITEM.test(w) && knownName(w))) return false;
    items.push([from + pos + raw.indexOf(value), value]);
    pos = sep ? pos + sep.index + sep[0].length : body.length;
  }
  if (items.length < 2) return false;
  for (const [start, value] of items) out.push(candidate("PERSON", start, start + value.length, 0.6, "cued-list-lower"));
  return true;
}

// An e-mail header line whose value is a name before an address: "From: Thùy My Bùi <t@x.vn>".
const HEADER_NAME = /(?:^|\n)[ \t]*(?:from|to|cc|bcc|reply-to|sender|von|an|de|à|para|da|van|aan|från|till|od|do|от|кому|від|kimden|kime)[ \t]*:[ \t]*"?([^\n<>@,;:"]{2,60}?)"?[ \t]*<[^\s<>@]{1,64}@/giu;

/** 1.6.0: the display name in an e-mail header, whatever its words also mean. */
export function headerNames(text: string, out: Candidate[], nameLike: (value: string) => boolean): void {
  if (!text.includes("@") || !text.includes(":")) return;
  for (const m of text.matchAll(HEADER_NAME)) {
    const value = m[1];
    if (value.split(/\s+/).length > 6 || !/^[\p{Lu}\p{Lo}]/u.test(value) || !nameLike(value)) continue;
    const start = m.index + m[0].indexOf(value, m[0].indexOf(":"));
    out.push(candidate("PERSON", start, start + value.length, 0.85, "header-name"));
  }
}
