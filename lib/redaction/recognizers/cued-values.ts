/**
 * Values that only a cue word makes personal (1.4.0): a password written in prose after
 * its cue, whatever its characters ("with password Tr0ub4dor&3", "mein Passwort lautet
 * Kaffee&Kuchen9", "пароль: Медведь2019", "密码是Mima2024"); a login and its password
 * ("login jdoe / S3cret!"); an identifier after the word that names it ("passport no.
 * X4829105", "MRN 00482913", "PESEL 85071212345"), typed with Presidio's entity name when
 * Presidio has one (PASSPORT, IN_PAN, IN_AADHAAR, US_BANK_NUMBER, ...) and ID otherwise.
 * An identifier needs digits; a secret needs not to be an ordinary word. The shapes that
 * are distinctive on their own (an Indian PAN, an Aadhaar number with a valid Verhoeff
 * digit) are also taken without a cue.
 *
 * This module finds the cues and sends each to its kind's reading; the parts live beside it:
 * the cue table (`cued-cues.ts`), reading a value after its cue (`cued-reading.ts`), whether
 * it is a secret (`cued-secret-checks.ts`) and what follows one (`cued-secret-more.ts`),
 * logins (`cued-login.ts`), identifiers (`cued-ids.ts`).
 */
import { candidate, eachMatch } from "../text-scan";
import type { Candidate, Recognizer } from "../types";
import { isMachineText } from "./code-context";
import { headerCell, idColumn, keyedColumn } from "./cued-id-columns";
import { BY_FIRST, CAS, CJK_CUE, CJK_CUES, CUE_FIRST, cueAt, idTypeOf } from "./cued-cues";
import { distinctiveShapes, extendIdGroups, idList, idOk, LETTER_CODE_CUES, letterCode, PLATE_HEADS, RECORD_KEY_HEADS, typeFor, UUID } from "./cued-ids";
import { credentialLayouts } from "./cued-layout";
import { login } from "./cued-login";
import { ABOUT_WORDS, CONNECTORS, FAILURE_WORDS, FILLERS, skipConnector, valueAt } from "./cued-reading";
import { idsBeforeCue, secretsBeforeCue } from "./cued-reverse";
import { DATA_KEYS, describesPassword, toldCodeOk, NOT_SECRET, ownedCue, RANDOM_ONLY_CUES, randomToken, passphraseEnd, PASSWORD_COMPOUNDS, PASSWORD_WORDS, passwordShaped, PHRASE_CUES, pronounceable, secretOk, SEED_CUES, SHAPED_SECRET_CUES, WEAK_SECRET_CUES } from "./cued-secret-checks";
import { laterMention, moreSecrets, reverseSecretCues } from "./cued-secret-more";
import { credentialPairs, PAIR_RULE_WORDS, toldSecrets } from "./cued-secret-pairs";
import { CARD_WORDS, cardsAfterCue } from "./cued-cards";
import { tokenizeWords } from "./tokens";
import { lexHas, wordFlag } from "./word-info";

// The phone recognizer asks this module whether an identifier cue precedes a number.
export { idCueBefore } from "./cued-cues";
export { checkedIdDigits } from "./cued-ids";

const QUOTE_BEFORE = /["'`]$/;
// What stands before a table's header cell: a line's start, a delimiter or a quote.
const CELL_OPENERS = new Set(["\n", ",", ";", "\t", "|", '"', "'", " "]);
// 1.8.0: one flag for the words that open the rules of cued-secret-pairs.ts and cued-cards.ts.
const RULE_WORDS = wordFlag(new Set([...PAIR_RULE_WORDS, ...CARD_WORDS]));
// 1.8.0: a British sort code and an Australian BSB read like a date or a short number ("20-00-00", "062-000").
const BANK_BRANCH_CUES = new Set(["sort code", "bsb", "bsb number"]);
const BANK_BRANCH = /^\d{2}-\d{2}-\d{2}$|^\d{3}-\d{3}$|^\d{6}$/;
const NUMBER_ABBR = new Set(["no", "nr", "nº", "n", "num", "núm", "-nr"]);
// 1.9.0: what follows a secret's cue when it names the secret's use ("Use WPA2-PSK to connect to the network").
const PURPOSE_CLAUSE = /^[ \t\u00a0]+to[ \t\u00a0]+(?:connect|access|join|reach|open|use|get|go|pair|link|enter|visit|sign|log)\b/i;
// 1.9.0: a verb of having between an identifier's cue and a number: the number counts what the record holds.
const HOLDS = /^[ \t\u00a0]+(?:has|have|had|holds|contains|includes|with|hat|a|tiene|ha|heeft|har|ma|имеет)[ \t\u00a0]/i;
// 1.9.0: a value at a line's or sentence's start, a spaced dash or a colon, an owner, then (its cue).
const VALUE_DASH_CUE = /(?:^|[\n.;!?(][ \t\u00a0]*|^[ \t\u00a0]+)([\p{Lu}\d][\p{Lu}\d/-]{2,30}\d[\p{Lu}\d]*)[ \t\u00a0]+[-–—][ \t\u00a0]+(?:(?:my|our|your|his|her|their|the)[ \t\u00a0]+)?$/u;

function findCuedValues(text: string): Candidate[] {
  const out: Candidate[] = [];
  const tokens = tokenizeWords(text);
  // 1.8.0: words that open the rules of cued-secret-pairs.ts and cued-cards.ts, noted as the loop passes them.
  let ruleWords: number[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (lexHas(tokens[i].info, RULE_WORDS)) (ruleWords ??= []).push(i);
    if (!lexHas(tokens[i].info, CUE_FIRST)) continue;
    // 1.10.0: a cue word opening a header cell that is a record key ("member_id,name", "\"Kundennummer\";…").
    if ((tokens[i].start === 0 || CELL_OPENERS.has(text[tokens[i].start - 1])) && text.indexOf("\n", tokens[i].end) > 0) {
      const cellEnd = keyedColumn(text, tokens[i].start, out);
      if (cellEnd >= 0) {
        while (i + 1 < tokens.length && tokens[i + 1].start < cellEnd) i++;
        continue;
      }
    }
    const hit = cueAt(text, tokens, i);
    if (!hit) continue;
    const { cue, last } = hit;
    const cueEnd = tokens[last].end;
    // 1.9.0: "4471229 - membership number", "4471-22 – my member number": the value first, then a spaced dash and its cue, nothing after.
    if (cue.kind === "id" && !cue.colon && tokens[i].start > 4 && /^[ \t\u00a0]*(?:[.,;!)]|\r?\n|$)/.test(text.slice(cueEnd, cueEnd + 3))) {
      const before = VALUE_DASH_CUE.exec(text.slice(Math.max(0, tokens[i].start - 48), tokens[i].start));
      if (before && idOk(before[1])) {
        const start = tokens[i].start - before[0].length + before[0].indexOf(before[1]);
        out.push(candidate(typeFor(cue.type, before[1]), start, start + before[1].length, 0.85, "cued-id"));
        i = last;
        continue;
      }
    }
    // 1.8.0: "Password123", "Passwort2024!": the word for a password with digits glued on is a password itself
    // (two digits or a symbol: "password2" is a form's second field; not "pw"/"pwd": "The PW12 pen").
    if (cue.kind === "secret" && last === i && /^(?:\d{2}|\d[!@#$%^&*])/.test(text.slice(cueEnd, cueEnd + 2)) && PASSWORD_WORDS.has(cue.parts[0]) && cue.parts[0].length > 3 && (tokens[i].start === 0 || /\s/.test(text[tokens[i].start - 1]))) {
      let end = cueEnd;
      while (end < text.length && !/[\s,;)"'\]]/.test(text[end])) end++;
      while (end > cueEnd && /[.!?:]/.test(text[end - 1]) && !/\d/.test(text[end - 2] ?? "")) end--;
      if (end - tokens[i].start <= 64) out.push(candidate("SECRET", tokens[i].start, end, 0.85, "cued-secret"));
      continue;
    }
    // A JSON or YAML key ("password": ..., "passport_no": ...) belongs to the key-value recognizers.
    if (QUOTE_BEFORE.test(tokens[i].gap) && /^["'`]/.test(text.slice(cueEnd, cueEnd + 1))) continue;
    // "user.password", "passport_no": part of a code identifier.
    // 1.5.0: also a cue glued to a letter or digit before it ("pay_35pW3nl...": "pW" is no "pw").
    // 1.9.0: not the abbreviation of "number" before its digits ("Membership No.4471229", "Kd.-Nr.4471229").
    if ((/^[_.][\p{L}\p{N}]/u.test(text.slice(cueEnd, cueEnd + 2)) && !(cue.kind === "id" && NUMBER_ABBR.has(tokens[last].lower) && /^\.\d/.test(text.slice(cueEnd, cueEnd + 2)))) || (tokens[i].start > 0 && /[_.\p{L}\p{N}]/u.test(text[tokens[i].start - 1]))) continue;
    // 1.8.0: a table's header cell ("| Passport |", "Name,MRN,Ward"): the identifiers are in its column.
    if (cue.kind === "id" && headerCell(text, tokens[i].start, cueEnd)) {
      // A bare "ID" header keys the table's own rows ("ID,Product,Price"): no person's number.
      const bareId = cue.parts.length === 1 && (cue.parts[0] === "id" || cue.parts[0] === "ids");
      if (!bareId && !(RECORD_KEY_HEADS.has(cue.parts[0]) && isMachineText(text))) idColumn(text, tokens[i].start, cueEnd, cue.type, out);
      i = last;
      continue;
    }
    // 1.6.0: a cell of a CSV row ("…,x@y.id,ID,free,2025-07-14": a country code) opens no value.
    if (text[cueEnd] === "," && tokens[i].start > 0 && text[tokens[i].start - 1] === ",") continue;
    // 1.7.0: a cue alone on its line ("Password" above "K9#mn2Lp"): the value is the next line, as after "Password:".
    // 1.8.0: an identifier's cue too ("Passport" above "X4829105").
    const conn = cue.kind !== "login" && /^[ \t]*\r?\n/.test(text.slice(cueEnd, cueEnd + 3)) && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, tokens[i].start - 40), tokens[i].start)) ? skipConnector(text, cueEnd, true) : skipConnector(text, cueEnd);
    let { pos, explicit } = conn;
    if (cue.kind === "login") {
      if (login(text, pos, explicit, out, cue)) i = last;
      continue;
    }
    if (cue.kind === "secret" && PASSWORD_WORDS.has(cue.parts[cue.parts.length - 1]) && /\b(?:one|it)\b/i.test(text.slice(cueEnd, cueEnd + 120))) laterMention(text, cueEnd, out);
    let v = valueAt(text, pos);
    if (!v) continue;
    // 1.6.0: "Password (temporary): X", "Password [case-sensitive]: X": the bracket qualifies the cue.
    if (v.quoted && (text[v.start - 1] === "(" || text[v.start - 1] === "[") && /^[ \t]*[:：=]/.test(text.slice(v.end + 1, v.end + 4))) {
      ({ pos, explicit } = skipConnector(text, v.end + 1));
      v = valueAt(text, pos);
      if (!v) continue;
    }
    // 1.6.0: "the password (which was X)": the bracket holds a clause around the value.
    if (v.quoted && text[v.start - 1] === "(") {
      const lead = /^(?:which|that|it)(?:['’]s|[ \t]+(?:is|was))[ \t]+/i.exec(text.slice(v.start, v.end));
      if (lead) v = { ...v, start: v.start + lead[0].length };
    }
    // A value on the next line must be that whole line ("Password:\n\nX", not the next sentence).
    if (conn.nextLine && !/^[ \t]*(?:\r?\n|$)/.test(text.slice(v.end + (v.quoted ? 1 : 0), v.end + 4))) continue;
    if (cue.kind === "secret") {
      // 1.9.0: "Use WPA2-PSK to connect to the network": a purpose clause names what the secret is for, no value follows.
      if (!v.quoted && PURPOSE_CLAUSE.test(text.slice(cueEnd, v.start)) && !/[:=：]|\b(?:is|was)\b/.test(text.slice(cueEnd, v.start))) continue;
      // 1.6.0: "pass", "key" are ordinary words: their value needs ":", "=", "is" or quotes.
      // 1.8.0: … unless it is a long random string no one writes as a word ("I pasted the key 3kV6QDK5fTGGwcy by accident").
      if (WEAK_SECRET_CUES.has(cue.parts.join(" ")) && !explicit && !v.quoted && !(randomToken(text.slice(v.start, v.end)) && !isMachineText(text))) continue;
      // 1.8.0: a session's id or cookie is one only when random, and not in a log (where it keys the log's own records).
      if (RANDOM_ONLY_CUES.has(cue.parts.join(" ")) && (!randomToken(text.slice(v.start, v.end)) || isMachineText(text))) continue;
      // 1.8.0: "Authorization: <token>" without a scheme (the secret recognizer reads "Bearer …", "Basic …").
      if (cue.parts[0] === "authorization" && !randomToken(text.slice(v.start, v.end))) continue;
      if (SHAPED_SECRET_CUES.has(cue.parts.join(" ")) && !/[\d\W_]/.test(text.slice(v.start, v.end).replace(/[\p{L}\p{M}]/gu, ""))) continue;
      // "idempotency key: 4f5e…", "cache key: user-48213": keys that open nothing.
      if (cue.parts.length === 1 && cue.parts[0] === "key" && i > 0 && DATA_KEYS.has(tokens[i - 1].lower) && /^[ \t]$/.test(tokens[i].gap)) continue;
      // 1.5.0: a passphrase is several words: "passphrase correct horse battery staple".
      const phrase = !v.quoted && PHRASE_CUES.has(cue.parts.join(" "));
      // 1.7.0: a wallet's seed phrase runs to 12 or 24 words.
      // "The seed phrase was shown once": a word about the phrase opens none.
      if (phrase && explicit && NOT_SECRET.has(text.slice(v.start, v.end).toLowerCase()) && /(?:ed|en|wn|ing)$/.test(text.slice(v.start, v.end))) continue;
      const seed = phrase && SEED_CUES.has(cue.parts.join(" "));
      if (phrase) v.end = passphraseEnd(text, v.end, seed ? 23 : 5);
      // A seed phrase is checked by its first 64 characters (secretOk bounds a password's length).
      const secret = text.slice(v.start, seed ? Math.min(v.end, v.start + 64) : v.end);
      // 1.6.0: "with password sunshine and", "her password dragonfly was leaked": an ordinary
      // word right after "with/her/my … password", where the clause goes on or ends. A verb's
      // inflection ("your password expires.") says something about the password instead.
      const plainWord = !explicit && !v.quoted && /^[ \t]+$/.test(text.slice(cueEnd, v.start)) && ownedCue(text, tokens, i) && PASSWORD_WORDS.has(cue.parts[cue.parts.length - 1]) && /^\p{Ll}{4,}$/u.test(secret) && !PASSWORD_COMPOUNDS.has(secret) && !ABOUT_WORDS.has(secret) && !FAILURE_WORDS.has(secret) && !/(?:ed|es|ing)$/.test(secret) && /^[ \t]*(?:[.,;!?)]|$|(?:and|but|or|to|for|on|at|from|was|is|were|which|that|so|because|when|after|before|then|in|into|as|yesterday|today|tonight|earlier|again|this|last|since|until|without|twice)\b)/.test(text.slice(v.end, v.end + 12));
      if (!secretOk(secret, v.quoted, cue, explicit || plainWord)) continue;
      if (!v.quoted && describesPassword(secret, text.slice(cueEnd, v.start), cue)) continue;
      // After "password" with no "is"/":" the next word must look like a password (or, after
      // "passphrase", be three words or more).
      const core = secret.replace(/[?!]+$/, "");
      const wordsLike = phrase && core.split(" ").length >= 3;
      if (!explicit && !v.quoted && !wordsLike && !plainWord && !passwordShaped(core) && !pronounceable(core)) continue;
      out.push(candidate("SECRET", v.start, v.end, 0.85, "cued-secret"));
      if (!seed) moreSecrets(text, v, cue, out);
    } else {
      // "Claim #CLM-99812": the number sign is not part of an identifier.
      if (!v.quoted && text[v.start] === "#" && v.end - v.start > 1) v = { ...v, start: v.start + 1 };
      let grown = v.quoted ? v : extendIdGroups(text, v);
      // 1.7.0: a British plate's letters after its digits ("AB12 CDE").
      if (!v.quoted && PLATE_HEADS.has(cue.parts[0]) && /^[A-Z]{2}\d{2}$/.test(text.slice(grown.start, grown.end))) {
        const tail = /^[ \u00a0][A-Z]{3}(?![\p{L}\d])/u.exec(text.slice(grown.end, grown.end + 5));
        if (tail) grown = { ...grown, end: grown.end + tail[0].length };
      }
      const id = text.slice(grown.start, grown.end);
      // 1.9.0: "my account has 4471 points", "the membership includes 3 cards": a count of what the record holds.
      if (!v.quoted && HOLDS.test(text.slice(cueEnd, grown.start))) {
        i = last;
        continue;
      }
      if (!idOk(id) && !(LETTER_CODE_CUES.has(cue.parts.join(" ")) && letterCode(id)) && !(BANK_BRANCH_CUES.has(cue.parts.join(" ")) && BANK_BRANCH.test(id))) continue;
      // 1.8.0: a UUID names a person's record only after a personal cue, outside machine text ("Trace ID: <uuid>" keys a log).
      if (id.length === 36 && UUID.test(id) && ((cue.parts.length === 1 && /^ids?$/.test(cue.parts[0])) || isMachineText(text))) {
        i = last;
        continue;
      }
      if (cue.type === "ID" && RECORD_KEY_HEADS.has(cue.parts[0]) && isMachineText(text)) {
        i = last;
        continue;
      }
      out.push(candidate(typeFor(cue.type, id), grown.start, grown.end, 0.85, "cued-id"));
      idList(text, grown, cue.type, out);
    }
    i = last;
  }
  if (ruleWords) {
    credentialPairs(text, tokens, ruleWords, out);
    const told = out.length;
    toldSecrets(text, tokens, ruleWords, out);
    // 1.9.0: "Ваш код: 2024", "Enter code 1234 in the promo field": a year alone, or a discount's code, opens nothing.
    for (let k = out.length - 1; k >= told; k--) if (out[k].source === "told-code" && !toldCodeOk(text, out[k].start, out[k].end)) out.splice(k, 1);
    cardsAfterCue(text, tokens, ruleWords, out);
  }
  // 1.6.0: a password column under its header, a list under its cue line.
  for (const c of credentialLayouts(text, (value) => secretOk(value, true, null) && /[\p{L}\p{N}]/u.test(value))) out.push(c);
  reverseSecretCues(text, tokens, out);
  // 1.6.0: English word order with the value first ("X is the new password", "X (passport)").
  secretsBeforeCue(text, (value) => secretOk(value, true, null), out);
  idsBeforeCue(text, idTypeOf, idOk, out);
  if (CAS.test(text)) cjkCues(text, out);
  distinctiveShapes(text, out);
  return out;
}

/**
 * 1.6.0: whether `phrase` is a cue word or phrase ("пароль", "رمز عبور", "NIK"): the registry
 * keeps it out of PERSON/LOCATION when a value read after it follows.
 */
export function isCuePhrase(phrase: string): boolean {
  // 1.10.0: a CJK cue word ("고객번호", "顧客番号") before its number is no name either.
  if (CAS.test(phrase)) {
    const word = phrase.trim().replace(/(?:是|为|為|は|を|는|은|：|:)$/u, "");
    if (CJK_CUES.some(([c]) => c === word) || CJK_NUMBERED_WORD.test(word)) return true;
  }
  let parts = phrase.toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
  // 1.7.0: with the words around it ("Իմ գաղտնաբառն է": "my password is"), read as a name in another script.
  while (parts.length > 1 && FILLERS.has(parts[0])) parts = parts.slice(1);
  while (parts.length > 1 && CONNECTORS.has(parts[parts.length - 1])) parts = parts.slice(0, -1);
  // A linking word alone right before a value ("… الخاصة بي هي X": "هي" is "is").
  if (parts.length === 1 && CONNECTORS.has(parts[0]) && !/^[a-z]+$/.test(parts[0])) return true;
  if (parts.length === 0 || parts.length > 4) return false;
  return (BY_FIRST.get(parts[0]) ?? []).some((c) => c.parts.length === parts.length && c.parts.every((w, k) => w === parts[k]));
}

function cjkCues(text: string, out: Candidate[]): void {
  eachMatch(CJK_CUE, text, (m) => {
    const entry = CJK_CUES.find(([p]) => p === m[1]);
    if (!entry) return;
    const [, kind, type] = entry;
    const pos = m.index + m[0].length;
    const run = /^[\x21-\x7e]{3,64}|^[\d０-９][\d０-９ -]{3,30}/.exec(text.slice(pos, pos + 64));
    if (!run) return;
    const value = run[0].replace(/[.,;:)\]}。、，]+$/, "");
    if (kind === "id" ? !idOk(value) : !secretOk(value, true, null)) return;
    out.push(candidate(kind === "id" ? type : "SECRET", pos, pos + value.length, 0.85, "cued-cjk"));
  });
  // 1.8.0: any word ending in the word for "number" ("订单号码", "注文番号", "주문번호", "保單號碼"), not a phone's.
  if (CJK_NUMBER_END.test(text)) eachMatch(CJK_NUMBERED, text, (m) => {
    if (CJK_PHONE.test(m[1])) return;
    const myNumber = CJK_MY_NUMBER.test(m[1]);
    const pos = m.index + m[0].length;
    const run = /^[\[(「【]?([A-Za-z0-9][A-Za-z0-9-]{3,30}|[\d０-９][\d０-９ -]{3,30})/.exec(text.slice(pos, pos + 40));
    if (!run) return;
    const start = pos + run[0].length - run[1].length;
    const value = run[1].replace(/[- ]+$/, "");
    if (!idOk(value)) return;
    // The phone recognizer has no cue in "我的号码" alone: a phone-shaped number it names is read here, as a phone's;
    // any other ("A1234567", "123456") stays the identifier it was before.
    const digits = value.replace(/\D/g, "").length;
    const phone = myNumber && digits >= 7 && digits <= 15 && /^[\d -]+$/.test(value);
    out.push(candidate(phone ? "PHONE_NUMBER" : "ID", start, start + value.length, 0.85, "cued-cjk"));
  });
}

const CJK_NUMBER_END = /番号|号码|號碼|编号|編號|번호|单号|單號/;
const CJK_NUMBERED_WORD = /^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,8}(?:番号|号码|號碼|编号|編號|번호|单号|單號)$/;
// 1.10.0: "我的号码", "私の番号", "내 번호": "my number" alone is a phone's, as in English (cued-ids.ts PHONE_WORDS).
const CJK_MY_NUMBER = /^(?:我的|你的|您的|他的|她的|我们的|我們的|私の|僕の|俺の|あなたの|내|제|나의|저의|당신의)(?:号码|號碼|番号|번호)$/;
const CJK_NUMBERED = /([\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,8}(?:番号|号码|號碼|编号|編號|번호|单号|單號))(?:是|为|為|は|：|:|는|은)?[ \t\u3000]*/g;
// Phone, fax and mobile numbers are the phone recognizer's; a room, a bus line or a page are no one's.
// A Korean order number is a shop's record key (names-world.test.ts keeps "주문번호 12345" as written).
// 1.9.0: a product's or a model's number (商品番号, 型番, 产品编号, 상품번호) is a catalogue's.
const CJK_PHONE = /电话|電話|手机|手機|携帯|傳真|传真|전화|휴대폰|핸드폰|팩스|房间|房間|部屋|호실|页|頁|ページ|페이지|路|線|线|주문|商品|製品|品番|型番|型号|型號|产品|產品|货|貨|部品|상품|제품|모델|품번/;

export const cuedValueRecognizer: Recognizer = {
  id: "cued-values",
  types: ["SECRET", "CREDIT_CARD", "PHONE_NUMBER", "ID", "PASSPORT", "MEDICAL_LICENSE", "US_BANK_NUMBER", "ABA_ROUTING_NUMBER", "US_ITIN", "IN_PAN", "IN_AADHAAR", "IN_VOTER", "UK_NHS", "UK_NINO", "US_DRIVER_LICENSE"],
  find: findCuedValues,
};
