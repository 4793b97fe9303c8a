/**
 * People in the external corpus: how a name is written in each locale (order, initials,
 * patronymics, double surnames, Latin transliteration of Greek and Cyrillic names), and
 * the e-mail addresses, handles and profile URLs people derive from their names.
 */
import type { Rng } from "./rng";

export type NameOrder = "given-family" | "family-given" | "cjk";
export type Script = "latin" | "greek" | "cyrillic" | "other";

export interface Persona {
  first: string;
  last: string;
  /** Patronymic (Russian, Ukrainian) or second surname (Spanish, Portuguese). */
  middle?: string;
  female: boolean;
}

const GREEK: Record<string, string> = {
  α: "a", ά: "a", β: "v", γ: "g", δ: "d", ε: "e", έ: "e", ζ: "z", η: "i", ή: "i", θ: "th", ι: "i", ί: "i", ϊ: "i", ΐ: "i", κ: "k", λ: "l", μ: "m", ν: "n",
  ξ: "x", ο: "o", ό: "o", π: "p", ρ: "r", σ: "s", ς: "s", τ: "t", υ: "y", ύ: "y", ϋ: "y", φ: "f", χ: "ch", ψ: "ps", ω: "o", ώ: "o",
};
const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", ґ: "g", д: "d", е: "e", ё: "yo", є: "ye", ж: "zh", з: "z", и: "i", і: "i", ї: "yi", й: "y", к: "k", л: "l", м: "m",
  н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e",
  ю: "yu", я: "ya", ѓ: "gj", ќ: "kj", љ: "lj", њ: "nj", џ: "dzh", ј: "j", ѕ: "dz", "'": "", "ʼ": "", ө: "o", ү: "u",
};

/** Latin spelling of a Greek or Cyrillic name, as people write it in English text. */
export function transliterate(s: string): string {
  let out = "";
  for (const ch of s) {
    const lower = ch.toLowerCase();
    const t = GREEK[lower] ?? CYRILLIC[lower];
    if (t === undefined) out += ch;
    else out += ch !== lower && t ? t[0].toUpperCase() + t.slice(1) : t;
  }
  return out;
}

const SPECIAL: Record<string, string> = { ø: "o", æ: "ae", ß: "ss", ł: "l", đ: "d", ı: "i", þ: "th", œ: "oe", ŀ: "l", ð: "d" };

/** Lower-case ASCII for e-mail local parts; empty when the script has no Latin spelling here. */
export function asciiFold(s: string): string {
  const latin = transliterate(s).toLowerCase();
  let out = "";
  for (const ch of latin.normalize("NFD")) {
    if (/[a-z0-9]/.test(ch)) out += ch;
    else if (SPECIAL[ch]) out += SPECIAL[ch];
  }
  return out;
}

export interface NameStyle {
  order: NameOrder;
  /** Transliterate Greek/Cyrillic names (an English text written by a Greek or Russian user). */
  latin: boolean;
  /** Russian and Ukrainian formal order: surname, given name, patronymic. */
  patronymic: boolean;
  /** Chance that a CJK name is written with a space between family and given name. */
  cjkSpace: number;
}

const tr = (s: string, st: NameStyle) => (st.latin ? transliterate(s) : s);

export function givenName(p: Persona, st: NameStyle): string {
  return tr(p.first, st);
}

export function familyName(p: Persona, st: NameStyle): string {
  return tr(p.last, st);
}

/** The full name the way it is usually written in running text. */
export function fullName(r: Rng, p: Persona, st: NameStyle): string {
  const first = tr(p.first, st);
  const last = tr(p.last, st);
  switch (st.order) {
    case "family-given":
      return `${last} ${first}`;
    case "cjk":
      return r.chance(st.cjkSpace) ? `${last} ${first}` : `${last}${first}`;
    default:
      if (p.middle && !st.patronymic && r.chance(0.6)) return `${first} ${last} ${tr(p.middle, st)}`;
      if (p.middle && st.patronymic && r.chance(0.3)) return `${first} ${tr(p.middle, st)} ${last}`;
      return `${first} ${last}`;
  }
}

/** Initial and surname ("J. Nielsen", "И. С. Петров"). */
export function initialName(p: Persona, st: NameStyle): string {
  const first = tr(p.first, st);
  const last = tr(p.last, st);
  if (st.order === "cjk") return `${last}${first}`;
  const mid = p.middle && st.patronymic ? ` ${tr(p.middle, st).charAt(0)}.` : "";
  return st.order === "family-given" ? `${last} ${first.charAt(0)}.` : `${first.charAt(0)}.${mid} ${last}`;
}

/** Given name, middle initial, surname ("Anna K. Virtanen"); other orders fall back to the full name. */
export function middleInitialName(r: Rng, p: Persona, st: NameStyle): string {
  if (st.order !== "given-family") return fullName(r, p, st);
  const initial = r.letters(1, "ABCDEFGHJKLMNOPRSTVW");
  return `${tr(p.first, st)} ${initial}. ${tr(p.last, st)}`;
}

/** How forms and registers write a name: "KOWALCZYK, Anna", "Петров Иван Сергеевич". */
export function formalName(r: Rng, p: Persona, st: NameStyle): string {
  const first = tr(p.first, st);
  const last = tr(p.last, st);
  if (st.order === "cjk") return `${last} ${first}`;
  if (st.order === "family-given") return `${r.chance(0.4) ? last.toUpperCase() : last} ${first}`;
  if (st.patronymic && p.middle) return `${last} ${first} ${tr(p.middle, st)}`;
  const surname = r.chance(0.5) ? last.toUpperCase() : last;
  return r.chance(0.7) ? `${surname}, ${first}` : `${surname} ${first}`;
}

const GENERIC_DOMAINS = ["gmail.com", "gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me", "gmx.net"];

const LOCAL_DOMAINS: Record<string, string[]> = {
  DE: ["gmx.de", "web.de", "t-online.de", "posteo.de"], AT: ["gmx.at", "aon.at", "chello.at"], CH: ["bluewin.ch", "gmx.ch", "sunrise.ch"],
  FR: ["orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "sfr.fr"], BE: ["skynet.be", "telenet.be", "proximus.be"], LU: ["pt.lu"],
  NL: ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "xs4all.nl"], PL: ["wp.pl", "o2.pl", "onet.pl", "interia.pl"], CZ: ["seznam.cz", "email.cz", "centrum.cz"],
  SK: ["azet.sk", "zoznam.sk"], HU: ["freemail.hu", "citromail.hu"], RO: ["yahoo.ro"], RU: ["yandex.ru", "mail.ru", "rambler.ru", "bk.ru"],
  UA: ["ukr.net", "i.ua", "meta.ua"], FI: ["luukku.com", "elisanet.fi", "kolumbus.fi"], SE: ["telia.com", "bredband.net", "spray.se"],
  NO: ["online.no", "broadpark.no"], DK: ["jubii.dk", "mail.dk"], IT: ["libero.it", "virgilio.it", "tiscali.it", "alice.it"], ES: ["telefonica.net", "yahoo.es"],
  PT: ["sapo.pt", "clix.pt"], BR: ["uol.com.br", "bol.com.br", "terra.com.br"], MX: ["prodigy.net.mx", "hotmail.com.mx"], JP: ["yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp"],
  CN: ["qq.com", "163.com", "126.com", "sina.com"], TW: ["yahoo.com.tw", "hinet.net"], KR: ["naver.com", "daum.net", "hanmail.net"],
  IN: ["rediffmail.com", "yahoo.co.in"], GB: ["btinternet.com", "sky.com", "hotmail.co.uk"], IE: ["eircom.net"], US: ["aol.com", "comcast.net", "verizon.net"],
  TR: ["yandex.com.tr", "hotmail.com.tr"], GR: ["otenet.gr", "yahoo.gr"], IL: ["walla.co.il", "012.net.il"], AU: ["bigpond.com", "optusnet.com.au"],
  ZA: ["webmail.co.za", "mweb.co.za"], HR: ["net.hr", "t-com.hr"], SI: ["siol.net"], RS: ["eunet.rs"], LV: ["inbox.lv"], ID: ["yahoo.co.id"],
  VN: ["yahoo.com.vn"], NG: ["yahoo.com.ng"], CA: ["rogers.com", "videotron.ca", "shaw.ca"], AZ: ["mail.az"], GE: ["posta.ge"], UZ: ["mail.uz"],
};

const HANDLE_WORDS = ["sunny", "blue", "river", "tiger", "moon", "star", "happy", "lucky", "coffee", "panda", "rose", "storm", "pixel", "nova"];

/** An address derived from the person's name, or a handle when the name has no Latin spelling. */
export function emailFor(r: Rng, p: Persona, country: string): string {
  const a = asciiFold(p.first).slice(0, 14);
  const b = asciiFold(p.last).slice(0, 16);
  let local: string;
  if (a.length >= 2 && b.length >= 2) {
    local = r.pick([`${a}.${b}`, `${a}.${b}`, `${a[0]}${b}`, `${a}${b}${r.int(1, 99)}`, `${b}.${a}`, `${a}_${b}`, `${a}${r.int(60, 99)}`, `${a[0]}.${b}`, `${b}${r.int(1, 9)}`]);
  } else {
    local = `${r.pick(HANDLE_WORDS)}${r.pick(["", ".", "_"])}${r.pick(HANDLE_WORDS)}${r.int(1, 999)}`;
  }
  const domain = r.chance(0.55) ? r.pick(LOCAL_DOMAINS[country] ?? GENERIC_DOMAINS) : r.chance(0.8) ? r.pick(GENERIC_DOMAINS) : `${r.pick(["nordlicht", "bluefern", "kestrel", "alder", "tidewater", "granite"])}-${r.pick(["logistics", "studio", "consulting", "labs"])}.${r.pick(["com", "net", "eu", "io"])}`;
  return `${local}@${domain}`;
}

/** A login name as IT systems mint them. */
export function usernameFor(r: Rng, p: Persona): string {
  const a = asciiFold(p.first);
  const b = asciiFold(p.last);
  if (a.length < 2 || b.length < 2) return `${r.pick(HANDLE_WORDS)}${r.int(10, 9999)}`;
  return r.pick([`${a[0]}${b}`, `${a}.${b}`, `${b}${a[0]}`, `${a}${b[0]}${r.int(1, 99)}`, `${a.slice(0, 3)}${b.slice(0, 3)}`, `${a}_${b}`]).slice(0, 20);
}

/** A personal profile or home page. */
export function profileUrl(r: Rng, p: Persona): string {
  const a = asciiFold(p.first);
  const b = asciiFold(p.last);
  const slug = a && b ? `${a}-${b}` : `${r.pick(HANDLE_WORDS)}${r.int(10, 999)}`;
  return r.pick([
    `https://www.linkedin.com/in/${slug}-${r.hex(6)}`,
    `https://github.com/${slug.replace("-", "")}`,
    `https://${slug}.wordpress.com`,
    `https://www.facebook.com/${slug.replace("-", ".")}`,
    `https://instagram.com/${slug.replace("-", "_")}`,
    `https://${slug.replace("-", "")}.${r.pick(["com", "net", "de", "fr", "pl", "it", "me"])}`,
    `linkedin.com/in/${slug}`,
  ]);
}
