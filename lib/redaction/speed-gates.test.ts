import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CueSet } from "./recognizers/cues";
import { ipv6Hinted } from "./recognizers/network";
import { LIST_OPEN, mayHoldVietnameseName, mayOpenList, VN_NAME, VN_NAME_CAPS } from "./recognizers/person-scripts";
import { hasCamelHump, tokenizeWords } from "./recognizers/tokens";
import { NATIVE_HOME } from "./recognizers/location";
import { AS_CUE, AS_WORD, BRACKET_AFTER_VALUE, IS_AFTER_VALUE, IS_VERB, SECRET_WORD_TAIL, VALUE_IS_CUE, VALUE_IS_ID, VALUE_THEN_BRACKET } from "./recognizers/cued-reverse";
import { CJK_EVENT, mayHoldEvent, PERSONAL_EVENT } from "./recognizers/date-time";
import { HAS_ARABIC, HAS_CJK, HAS_DEVANAGARI, HAS_DIGIT, HAS_HANGUL, HAS_HEBREW, HAS_NON_ASCII, digitRunBefore, textScripts } from "./text-scan";

// Speed cuts that must not change what is found: each cheap test answers true whenever the
// scan it spares would have found something (or answers exactly as the regex it replaced).
const matches = (re: RegExp, text: string) => {
  re.lastIndex = 0;
  return re.test(text);
};

describe("gates in front of scans find everything the scans find", () => {
  it("textScripts answers as one regex per script", () => {
    const pieces = ["a", "Z", "7", " ", "\n", "é", "ß", "أسكن", "ی", "گر", "ב", "״", "में", "に", "東京", "、", "대구", "\u3000", "\u9fff", "\uac00", "\ud7a3", "\ud7a4", "\u0590", "\u05ff", "\u0600", "\u06ff", "\u0900", "\u097f", "\u0980", "𠀀", "\ud800", "٣", "０"];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((p) => p.join(""));
    const expected = (t: string) =>
      (/[0-9]/.test(t) ? HAS_DIGIT : 0) | (/[\u0600-\u06ff]/.test(t) ? HAS_ARABIC : 0) | (/[\u0590-\u05ff]/.test(t) ? HAS_HEBREW : 0) | (/[\u0900-\u097f]/.test(t) ? HAS_DEVANAGARI : 0) | (/[\u3000-\u9fff]/.test(t) ? HAS_CJK : 0) | (/[\uac00-\ud7a3]/.test(t) ? HAS_HANGUL : 0) | (/[^\x00-\x7f]/.test(t) ? HAS_NON_ASCII : 0);
    fc.assert(fc.property(text, (t) => textScripts(t) === expected(t)), { numRuns: 20000 });
    // The answer is kept for the last text only: asking about another text answers for that one.
    expect(textScripts("Tokyo 東京")).toBe(HAS_NON_ASCII | HAS_CJK);
    expect(textScripts("ok 12")).toBe(HAS_DIGIT);
  });

  it("the event gate of relative dates is true whenever a sentence of the text holds a person's event", () => {
    const pieces = ["flying", "Flight", "FLEW", "flyer", "trip", "visiting", "Visite", "surgery", "check-up", "checkup", "vol", "volume", "Termin", "arzt", "прилетел", "ВРАЧ", "病院", "예약", "born", "ſurgery", "\u212a", "İ", "yesterday", "two weeks ago", " ", ". ", "\n", "x", "é", "\u0301", "my", "on"];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        // Sentences open where personalSentence opens them (never inside a word); they may end anywhere.
        const at = a % (t.length + 1);
        const from = Math.max(t.lastIndexOf(". ", at), t.lastIndexOf("\n", at), -1) + 1;
        const s = t.slice(from, from + (b % (t.length - from + 1)));
        return !(PERSONAL_EVENT.test(s) || CJK_EVENT.test(s)) || mayHoldEvent(t);
      }),
      { numRuns: 30000 },
    );
    // The gate is on (the pattern kept its shape): ordinary prose skips the relative-date scans.
    expect(mayHoldEvent("We shipped it last month and the build is green.")).toBe(false);
    expect(mayHoldEvent("Her flyer went out last month")).toBe(true);
  });

  it("digitRunBefore is true whenever an identifier stands before its bracketed cue or 'is'", () => {
    const pieces = ["X4829105", "00482913", "AB12cd", "ab", "Ünal7", "7ü", "名7", "𠀀9", " ", "  ", "\t", " (", "(", "(passport)", " is ", "\tis\t", " was ", "his MRN", "her passport number", ".", ",", "/", "-", "_", "\n", "x", "Q", "9", "é"];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, (t) => (!matches(VALUE_THEN_BRACKET, t) || digitRunBefore(t, BRACKET_AFTER_VALUE)) && (!matches(VALUE_IS_ID, t) || digitRunBefore(t, IS_AFTER_VALUE))),
      { numRuns: 30000 },
    );
    expect(digitRunBefore("ticket (urgent) is open", BRACKET_AFTER_VALUE)).toBe(false);
    expect(digitRunBefore("The ticket is open, call me", IS_AFTER_VALUE)).toBe(false);
    expect(digitRunBefore("X4829105 (passport)", BRACKET_AFTER_VALUE)).toBe(true);
    expect(digitRunBefore("00482913 \t is her MRN", IS_AFTER_VALUE)).toBe(true);
  });

  it("the password-before-cue gates are true whenever either pattern matches", () => {
    const pieces = ["hunter2", "Tr0ub4dor", "\"s3cret!\"", "use", "Use", "with", "set", "typed", " as ", " AS ", " aſ ", "\tas\t", " is ", " IS ", " was ", " will be ", " became ", "the", "her", "new", "wifi", " password", " PIN", " pin code", " api key", " token", " ", "  ", "\t", ".", "passwords", "pwd", "\u212a", "x"];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 9 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, (t) => (!matches(VALUE_IS_CUE, t) || (SECRET_WORD_TAIL.test(t) && IS_VERB.test(t))) && (!matches(AS_CUE, t) || (SECRET_WORD_TAIL.test(t) && AS_WORD.test(t)))),
      { numRuns: 30000 },
    );
    expect(SECRET_WORD_TAIL.test("the passwords page is slow")).toBe(false);
    expect(AS_WORD.test("use hunter22 as the password") && SECRET_WORD_TAIL.test("use hunter22 as the password")).toBe(true);
  });

  it("each native-home pattern is skipped only when what it needs is absent", () => {
    const pieces = ["أسكن", " في ", "القاهرة", "در ", "تهران", " زندگی", "لاہور", " میں ", "رہتا", "גר ", "בחיפה", "ב-", "दिल्ली", " में ", "रहता", "東京", "に住んで", "대구", "에 ", "살아요", "İzmir", "'de ", "’da ", "yaşıyorum", "oturuyor", "Budapesten", " lakom", " élek", " él", "Asun ", "asuu ", "Muutin ", "muutti ", "Tampereella", "Oulu", " ", "x", "\u00a0"];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((p) => p.join(""));
    const gateOpen = (need: number | readonly string[], t: string) => (typeof need === "number" ? (textScripts(t) & need) !== 0 : need.some((w) => t.includes(w)));
    fc.assert(fc.property(text, (t) => NATIVE_HOME.every(([need, re]) => !matches(re, t) || gateOpen(need, t))), { numRuns: 20000 });
    // Each gate sees its own pattern's example.
    for (const example of ["أسكن في القاهرة", " در تهران زندگی", "لاہور میں رہتا", "גר בחיפה", "दिल्ली में रहता", "東京に住んで", "대구에 살아요", "İzmir'de yaşıyorum", "Budapesten lakom", "Asun Tampereella"]) {
      expect(NATIVE_HOME.some(([need, re]) => matches(re, example) && gateOpen(need, example))).toBe(true);
    }
  });

  it("the Vietnamese-name gate is true whenever either name pattern matches", () => {
    const pieces = ["Nguyen", "Nguyễn", "NGUYEN", "Le", "LÊ", "Đặng", "Van", "Văn", "VAN", "Thi", "THỊ", "The", "An", "Hong", "BINH", "Jean-", "O'", "d’", " ", "  ", ",", "3", "\n", "\u0301", "x", "street"];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, (t) => !(matches(VN_NAME, t) || matches(VN_NAME_CAPS, t)) || mayHoldVietnameseName(tokenizeWords(t))),
      { numRuns: 20000 },
    );
    expect(mayHoldVietnameseName(tokenizeWords("Ticket from Jean-Nguyen Van An today"))).toBe(true);
    expect(mayHoldVietnameseName(tokenizeWords("TRAN VAN BINH signed"))).toBe(true);
    // "The" is a middle name too; without a family name before it the scans are skipped.
    expect(mayHoldVietnameseName(tokenizeWords("Yes. The order shipped to Hanoi."))).toBe(false);
  });

  it("the list-opening gate is true whenever LIST_OPEN matches, in any case", () => {
    const pieces = ["Attendees", "ATTENDEES", "attendees", "Speakers", "ſpeakers", "SPEAKERS", "Team for", "team for", "TEAM FOR", "Organizers", "organiſers", "Teilnehmerinnen", "УЧАСТНИКИ", "Účastníci", "KATILIMCILAR", "katılımcılar", "Winners are", "invite list", " ", ":", " - ", " are ", "\t", "Anna", "x", "\u0301", "İ", "\u212a"];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((p) => p.join(""));
    fc.assert(fc.property(text, (t) => !matches(LIST_OPEN, t) || mayOpenList(t)), { numRuns: 20000 });
    expect(mayOpenList("ATTENDEES: Anna Berg, Ole Dahl")).toBe(true);
    expect(mayOpenList("Thanks, see you at the meeting")).toBe(false);
  });

  it("ipv6Hinted answers as /::|(?:[0-9A-Fa-f]{1,4}:){5}/", () => {
    const hint = /::|(?:[0-9A-Fa-f]{1,4}:){5}/;
    const text = fc.array(fc.constantFrom("2001", "db8", "a", "F", "0", ":", "::", ".", " ", "g", "12:30"), { maxLength: 14 }).map((p) => p.join(""));
    fc.assert(fc.property(text, (t) => ipv6Hinted(t) === hint.test(t)), { numRuns: 20000 });
    expect(ipv6Hinted("fe80::1")).toBe(true);
    expect(ipv6Hinted("2001:db8:85a3:0:0:8a2e:370:7334")).toBe(true);
    expect(ipv6Hinted("at 12:30:45 on host a:b")).toBe(false);
  });

  it("hasCamelHump answers as /\\p{Ll}\\p{Lu}/u", () => {
    const word = fc.array(fc.constantFrom("a", "Z", "q", "Q", "1", "-", "é", "É", "ß", "ǅ", "𝐀", "ǆ"), { maxLength: 8 }).map((p) => p.join(""));
    fc.assert(fc.property(word, (w) => hasCamelHump(w) === /\p{Ll}\p{Lu}/u.test(w)), { numRuns: 20000 });
  });
});

describe("cue sets share one look-up per token", () => {
  it("each set still sees only its own phrases, also beyond the 31 sets one bit mask holds", () => {
    // Letters only: digits end a word token.
    const tag = (k: number) => String.fromCharCode(97 + (k % 26), 97 + Math.floor(k / 26));
    const sets = Array.from({ length: 40 }, (_, k) => new CueSet([`cue${tag(k)} word`, `alone${tag(k)}`, "shared end"]));
    const tokens = tokenizeWords(`cue${tag(7)} word Anna; alone${tag(33)} Berit, shared end Cora, cue${tag(7)} other Dan`);
    const at = (w: string) => tokens.findIndex((t) => t.text === w);
    for (let k = 0; k < sets.length; k++) {
      expect(sets[k].before(tokens, at("Anna"))).toBe(k === 7);
      expect(sets[k].before(tokens, at("Berit"))).toBe(k === 33);
      expect(sets[k].before(tokens, at("Cora"))).toBe(true);
      expect(sets[k].before(tokens, at("Dan"))).toBe(false);
    }
  });
});
