/**
 * Slot values for one locale, drawn from that locale's seeded faker. Names, streets, cities,
 * postcodes, phones, companies and cards come from faker; dates, identifiers and secrets are
 * built here from the same seeded stream (faker's own date helpers read the clock, which would
 * break the seal).
 */
import { allFakers, type Faker } from "@faker-js/faker";
import type { Rng } from "../external/rng";
import type { SlotValue } from "./render";

const MONTHS: Record<string, string[]> = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  de: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
  pt: ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
  it: ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
  nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
  sv: ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
  pl: ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
  ru: ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
  uk: ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
  tr: ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
};

const pad = (n: number) => String(n).padStart(2, "0");

/** A date in one of the ways `lang` writes dates by hand, or ISO. */
export function formatDate(rng: Rng, lang: string, y: number, m: number, d: number): string {
  if (rng.chance(0.15)) return `${y}-${pad(m)}-${pad(d)}`;
  if (lang === "zh" || lang === "ja") return `${y}年${m}月${d}日`;
  if (lang === "ko") return `${y}년 ${m}월 ${d}일`;
  const names = MONTHS[lang];
  if (lang === "en") return rng.pick([`${names[m - 1]} ${d}, ${y}`, `${d} ${names[m - 1]} ${y}`, `${pad(m)}/${pad(d)}/${y}`]);
  if (names && rng.chance(0.6)) {
    if (lang === "de") return `${d}. ${names[m - 1]} ${y}`;
    if (lang === "es" || lang === "pt") return `${d} de ${names[m - 1]} de ${y}`;
    return `${d} ${names[m - 1]} ${y}`;
  }
  const sep = ["de", "ru", "uk", "pl", "tr"].includes(lang) ? "." : lang === "nl" ? "-" : "/";
  return `${pad(d)}${sep}${pad(m)}${sep}${y}`;
}

// Romanised handles for scripts whose faker e-mails come out as encoded noise.
const HANDLES: Record<string, string[]> = {
  ko: ["minjun", "seoyeon", "jihoon", "kim.hana", "park.jiwoo", "lee.sumin", "choi.yuna"],
  zh: ["wei.zhang", "li.na", "wangfang", "liu.yang", "chen.jie", "yang.min", "zhou.lei"],
  th: ["somchai", "suda.k", "nattapong", "malee.s", "anan.p", "kanya.w"],
  ka: ["giorgi", "nino.b", "beridze", "tamar.k", "levan.m"],
  dv: ["ahmed.m", "aishath", "mohamed.r", "fathimath", "ibrahim.n"],
};

const PROFILE_SITES = ["https://github.com/", "https://www.linkedin.com/in/", "https://www.instagram.com/", "https://x.com/", "https://gitlab.com/", "https://www.facebook.com/", "https://mastodon.social/@"];

/** The per-sample value source: a fresh `Values` per sample keeps "{first}" consistent inside it. */
export class Values {
  private cache = new Map<string, string>();

  constructor(
    private readonly rng: Rng,
    private readonly lang: string,
    /** The locale's own language ("hu", "ko"), which decides name order and e-mail handles. */
    private readonly native: string,
    private readonly ibanCountry: string | undefined,
  ) {}

  private get f(): Faker {
    return this.rng.faker;
  }

  private first(key: string): string {
    let v = this.cache.get(key);
    if (v === undefined) this.cache.set(key, (v = this.safe((x) => x.person.firstName())));
    return v;
  }

  private last(key: string): string {
    let v = this.cache.get(key);
    if (v === undefined) this.cache.set(key, (v = this.safe((x) => x.person.lastName())));
    return v;
  }

  /** Family name first and no space where the language writes names that way. */
  private full(a: string, b: string): string {
    const first = this.first(a);
    const last = this.last(b);
    if (this.native === "zh" || this.native === "ja" || this.native === "ko") return `${last}${first}`;
    if (this.native === "hu") return `${last} ${first}`;
    return `${first} ${last}`;
  }

  private handle(): string {
    const own = HANDLES[this.native];
    if (own) return `${this.rng.pick(own)}${this.rng.chance(0.5) ? this.rng.int(1, 99) : ""}`;
    const u = this.f.internet.username({ firstName: this.first("first"), lastName: this.last("last") });
    return /^[\w.-]+$/.test(u) ? u.toLowerCase() : `${this.rng.letters(6, "abcdefghijklmnopqrstuvwxyz")}${this.rng.int(1, 99)}`;
  }

  private email(a = "first", b = "last"): string {
    const e = this.f.internet.email({ firstName: this.first(a), lastName: this.last(b) });
    if (!HANDLES[this.native] && /^[\w.+-]+@[\w.-]+$/.test(e)) return e.toLowerCase();
    return `${this.handle()}@${this.rng.pick(["gmail.com", "outlook.com", "yahoo.com", "proton.me", "mail.com"])}`;
  }

  private iban(): string {
    const formatted = this.rng.chance(0.6);
    try {
      if (this.ibanCountry) return this.f.finance.iban({ formatted, countryCode: this.ibanCountry });
    } catch {
      // faker has no IBAN format for this country: fall through to any country's.
    }
    return this.f.finance.iban({ formatted });
  }

  private secret(): string {
    const r = this.rng;
    return r.pick([
      () => `sk_live_${r.pattern("XXXXXXXXXXXXXXXXXXXXXXXX")}`,
      () => `ghp_${r.pattern("XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")}`,
      () => `AKIA${r.pattern("XXXXXXXXXXXXXXXX")}`,
      () => `xoxb-${r.digits(11)}-${r.digits(12)}-${r.pattern("XXXXXXXXXXXXXXXXXXXXXXXX")}`,
      () => `sk-proj-${r.pattern("XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")}`,
      () => `AIza${r.pattern("XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")}`,
      () => r.hex(40),
    ])();
  }

  private date(birth: boolean): string {
    const y = birth ? this.rng.int(1941, 2006) : this.rng.int(2025, 2027);
    return formatDate(this.rng, this.lang, y, this.rng.int(1, 12), this.rng.int(1, 28));
  }

  /**
   * A faker call for this locale, or the same call on English faker where the locale has no
   * such data (Hong Kong has no postcodes); reseeded from this stream, so still deterministic.
   */
  private safe(call: (f: Faker) => string): string {
    try {
      return call(this.f);
    } catch {
      const en = allFakers.en;
      en.seed(this.rng.int(0, 2 ** 31 - 1));
      return call(en);
    }
  }

  /** The value of one slot, or undefined for a name that is not a slot. */
  slot(name: string): SlotValue | undefined {
    const r = this.rng;
    const f = this.f;
    switch (name) {
      case "first": case "first2": case "first3":
        return { type: "PERSON", value: this.first(name) };
      case "last": case "last2":
        return { type: "PERSON", value: this.last(name) };
      case "full": return { type: "PERSON", value: this.full("first", "last") };
      case "full2": return { type: "PERSON", value: this.full("first2", "last2") };
      case "lower": return { type: "PERSON", value: this.first("first").toLowerCase() };
      case "mid": {
        const initial = this.safe((x) => x.person.firstName()).slice(0, 1).toUpperCase();
        return { type: "PERSON", value: `${this.first("first")} ${initial}. ${this.last("last")}` };
      }
      case "city": case "city2": return { type: "LOCATION", value: this.safe((x) => x.location.city()) };
      case "street": return { type: "LOCATION", value: this.safe((x) => x.location.streetAddress()).replace(/\s+/g, " ").trim() };
      case "zip": return { type: "LOCATION", value: this.safe((x) => x.location.zipCode()) };
      case "email": return { type: "EMAIL_ADDRESS", value: this.email() };
      case "email2": return { type: "EMAIL_ADDRESS", value: this.email("first2", "last2") };
      case "phone2":
      case "phone": return { type: "PHONE_NUMBER", value: this.safe((x) => x.phone.number({ style: r.pick(["national", "international"] as const) })) };
      case "date": return { type: "DATE_TIME", value: this.date(false) };
      case "birth": case "birth2": return { type: "DATE_TIME", value: this.date(true) };
      case "iban": return { type: "IBAN_CODE", value: this.iban() };
      case "card": return { type: "CREDIT_CARD", value: f.finance.creditCardNumber({ issuer: r.pick(["visa", "mastercard"]) }) };
      case "ssn": return { type: "US_SSN", value: `${r.int(1, 8)}${r.digits(2)}-${r.pattern("@9")}-${r.pattern("@999")}` };
      case "passport": case "passport2": return { type: "ID", value: r.pattern(r.pick(["AA9999999", "A99999999", "99AA99999"])) };
      case "taxid": return { type: "ID", value: r.pattern(r.pick(["99 999 999 999", "999-99-9999A", "@9999999999", "AAA9999999"])) };
      case "patient": return { type: "ID", value: r.pattern(r.pick(["@9999999", "MRN-@99999", "P@9999-99"])) };
      case "employee": case "employee2": return { type: "ID", value: r.pattern(r.pick(["E@9999", "EMP-@9999", "@99999"])) };
      case "account": return { type: "ID", value: r.pattern(r.pick(["@999999999", "999-@99999-99", "@9999 9999 99"])) };
      case "password": return { type: "SECRET", value: f.internet.password({ length: r.int(10, 16) }) };
      case "apikey": return { type: "SECRET", value: this.secret() };
      case "ip": return { type: "IP_ADDRESS", value: f.internet.ipv4() };
      case "url": return { type: "URL", value: `${r.pick(PROFILE_SITES)}${this.handle()}` };
      case "company": return { type: null, value: this.safe((x) => x.company.name()) };
      case "n": return { type: null, value: String(r.int(1000, 99999)) };
      case "n2": return { type: null, value: String(r.int(2, 60)) };
      default: return undefined;
    }
  }
}
