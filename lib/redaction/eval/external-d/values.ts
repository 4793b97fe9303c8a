/**
 * Values for corpus D's slots: faker's own names, streets and towns for the locale, mixed with
 * formats written here (phones, national ids, secrets, dates as people type them). A sample asks
 * for a slot by name; the first ask draws the value and later asks repeat it, so a name said
 * twice in one message is the same name.
 */
import type { Faker } from "@faker-js/faker";
import { ibanCheckDigits, luhnCheckDigit } from "../external/check-digits";
import { Rng } from "../external/rng";
import type { ExternalType } from "../external/sample";
import type { LocaleFacts } from "./locales";

/** One piece of a slot's text: labelled (a type) or not (null). */
export type Piece = [ExternalType | null, string];

// BBAN shapes (see Rng.pattern) for the IBAN countries among the locales.
const BBAN: Record<string, string> = {
  DE: "999999999999999999", AT: "9999999999999999", CH: "99999999999999999", FR: "99999999999999999999999",
  ES: "99999999999999999999", IT: "A9999999999999999999999", NL: "AAAA9999999999", BE: "999999999999",
  PL: "999999999999999999999999", CZ: "99999999999999999999", SK: "99999999999999999999", HU: "999999999999999999999999",
  RO: "AAAA9999999999999999", SE: "99999999999999999999", DK: "99999999999999", NO: "99999999999", FI: "99999999999999",
  PT: "999999999999999999999", HR: "99999999999999999", SI: "999999999999999", LV: "AAAA9999999999999",
  TR: "9999909999999999999999", GR: "99999999999999999999999", IL: "9999999999999999999", AZ: "AAAA99999999999999999999",
  GE: "AA9999999999999999", SA: "9999999999999999999999", MK: "999999999999999", RS: "999999999999999999",
  UA: "999999999999999999999999999", BR: "99999999999999999999999A1", MD: "AA999999999999999999", GB: "AAAA99999999999999",
};

// National identifiers as people of the country write them (all labelled ID after their cue).
const NATIONAL_ID: Record<string, string[]> = {
  DE: ["99 999 999 999", "99999999999"], AT: ["9999 999999"], CH: ["756.9999.9999.99"], FR: ["@ 99 99 99 999 999 99"],
  ES: ["99999999A", "X9999999A"], IT: ["AAAAAA99A99A999A"], NL: ["999999999"], BE: ["99.99.99-999.99"],
  PL: ["99999999999"], CZ: ["999999/9999"], SK: ["999999/9999"], HU: ["999 999 999", "9AAAAAAA"], RO: ["@999999999999"],
  SE: ["99999999-9999", "999999-9999"], DK: ["999999-9999"], NO: ["99999999999"], FI: ["999999-999A", "999999A999A"],
  PT: ["999999999", "99999999 9 AA9"], HR: ["99999999999"], SI: ["9999999999999"], RS: ["9999999999999"],
  TR: ["@9999999999"], RU: ["999-999-999 99", "9999 999999"], UA: ["9999999999"], GR: ["AA 999999", "999999999"],
  JP: ["9999 9999 9999"], KR: ["999999-@999999"], CN: ["99999919999999999X", "999999199999999999"], TW: ["A@99999999"],
  VN: ["099999999999"], ID: ["3999999999999999"], BR: ["999.999.999-99"], MX: ["AAAA999999AAAAAA99"],
  IN: ["9999 9999 9999", "AAAAA9999A"], ZA: ["9999999999999"], NG: ["99999999999"], GB: ["AA 99 99 99 A"],
  AU: ["999 999 999"], IL: ["999999999"], US: ["999-99-9999"],
};

const PASSWORD_WORDS = ["summer", "Bailey", "dragon", "Milano", "kitten", "Letmein", "Qwerty", "sunshine", "Barca", "tigre", "Kochanie", "Mustang", "Hasło", "Sommer", "soleil"];

const MACHINE = new Set(["n", "ts", "ms", "hash", "uuid", "port", "host"]);
// Family name first, as these languages write a full name.
const FAMILY_FIRST = new Set(["ja", "zh", "ko", "hu"]);

export class Values {
  readonly rng: Rng;
  private memo = new Map<string, Piece[]>();

  constructor(readonly faker: Faker, readonly facts: LocaleFacts) {
    this.rng = new Rng(faker);
  }

  get(slot: string): Piece[] {
    // Machine values differ at every mention (two hashes in one log are two hashes).
    if (MACHINE.has(slot)) return this.draw(slot);
    let v = this.memo.get(slot);
    if (!v) this.memo.set(slot, (v = this.draw(slot)));
    return v;
  }

  // Some locales mark a field as not applicable (Hong Kong has no postcodes): that part is left out.
  private zip(): string {
    try {
      return this.faker.location.zipCode();
    } catch {
      return "";
    }
  }

  private town(): string {
    const z = this.zip();
    if (!z) return this.faker.location.city();
    return this.rng.chance(0.5) ? `${z} ${this.faker.location.city()}` : `${this.faker.location.city()} ${z}`;
  }

  private first = () => this.faker.person.firstName();

  private fullName(): string {
    const lang = this.facts.lang;
    if (!FAMILY_FIRST.has(lang)) return `${this.first()} ${this.last()}`;
    const gap = lang === "hu" || lang === "ko" || this.rng.chance(0.3) ? " " : "";
    return `${this.last()}${lang === "ko" ? "" : gap}${this.first()}`;
  }
  private last = () => this.faker.person.lastName();

  private draw(slot: string): Piece[] {
    const f = this.faker;
    const r = this.rng;
    const base = slot.replace(/\d+$/, "");
    switch (base) {
      case "first": return [["PERSON", this.first()]];
      case "last": return [["PERSON", this.last()]];
      case "full": return [["PERSON", this.fullName()]];
      case "fullname": return [["PERSON", f.person.fullName()]];
      case "city": return [["LOCATION", f.location.city()]];
      case "street": return [["LOCATION", f.location.streetAddress(r.chance(0.3))]];
      case "country": return [["LOCATION", f.location.country()]];
      case "addr": return [["LOCATION", f.location.streetAddress()], [null, ", "], ["LOCATION", this.town()]];
      case "dob": return [["DATE_TIME", this.date(1940, 2006)]];
      case "date": return [["DATE_TIME", this.date(2026, 2027)]];
      case "year": return [["DATE_TIME", String(r.int(1950, 2004))]];
      case "phone": return [["PHONE_NUMBER", this.phone()]];
      case "email": return [["EMAIL_ADDRESS", this.email()]];
      case "card": return [["CREDIT_CARD", this.card()]];
      case "iban": return [["IBAN_CODE", this.iban()]];
      case "ip": return [["IP_ADDRESS", r.chance(0.8) ? f.internet.ipv4() : f.internet.ipv6()]];
      case "url": return [["URL", this.profileUrl()]];
      case "pw": return [["SECRET", this.password()]];
      case "token": return [["SECRET", this.token()]];
      case "natid": return [[this.facts.country === "US" ? "US_SSN" : "ID", r.pattern(r.pick(NATIONAL_ID[this.facts.country] ?? ["9999999999"]))]];
      case "ssn": return [["US_SSN", `${r.int(100, 665)}-${r.digits(2)}-${r.int(1000, 9999)}`]];
      case "passport": return [["ID", r.pattern(r.pick(["A9999999", "99A999999", "AA9999999", "999999999", "AA999999"]))]];
      case "taxid": return [["ID", r.pattern(r.pick(["999999999", "99-9999999", "999 999 9999", "99/999/99999"]))]];
      case "patient": return [["ID", r.pattern(r.pick(["9999999", "MRN-999999", "99-999-999", "P99999999"]))]];
      case "acct": return [["ID", r.pattern(r.pick(["999999999999", "9999-99999-99", "00999999", "AC-999999"]))]];
      case "policy": return [["ID", r.pattern(r.pick(["POL-9999999", "99A9999999", "999 999 999 99", "HX-99999-A"]))]];
      case "emp": return [["ID", r.pattern(r.pick(["E99999", "99999", "EMP-9999", "a99999"]))]];
      case "licence": return [["ID", r.pattern(r.pick(["A9999-99999-99999", "99999999", "AA999999", "A999-999-99-999"]))]];
      case "block": return this.block();
      case "user": return [["ID", f.internet.username()]];
      case "n": return [[null, String(r.int(2, 40))]];
      // Machine values of logs and code: not personal data, never labelled.
      case "ts": return [[null, new Date(Date.UTC(2026, r.int(0, 10), r.int(1, 28), r.int(0, 23), r.int(0, 59), r.int(0, 59), r.int(0, 999))).toISOString()]];
      case "ms": return [[null, String(r.int(3, 4800))]];
      case "hash": return [[null, r.hex(r.pick([7, 12, 40]))]];
      case "uuid": return [[null, `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-a${r.hex(3)}-${r.hex(12)}`]];
      case "port": return [[null, String(r.pick([80, 443, 3000, 5432, 6379, 8080, 9200]))]];
      case "host": return [[null, `${r.pick(["api", "web", "worker", "db", "cache"])}-${r.int(1, 9)}.${r.pick(["prod", "staging", "eu-west-1"])}.internal`]];
      default: throw new Error(`unknown slot ${slot}`);
    }
  }

  /** A date of the locale's written order, numeric or with a month name from faker's locale data. */
  private date(fromYear: number, toYear: number): string {
    const r = this.rng;
    const d = r.int(1, 28);
    const m = r.int(1, 12);
    const y = r.int(fromYear, toYear);
    const dd = String(d).padStart(2, "0");
    const mm = String(m).padStart(2, "0");
    const months = this.faker.definitions.date?.month;
    const named = months ? r.pick(months.wide_context ?? months.wide) : null;
    const style = r.int(0, 4);
    const lang = this.facts.lang;
    const dotted = ["de", "da", "nb", "cs", "hr", "fi"].includes(lang) ? "." : "";
    if (lang === "ja" || lang === "zh") return r.pick([`${y}年${m}月${d}日`, `${y}/${m}/${d}`, `${y}-${mm}-${dd}`, `${m}月${d}日`]);
    if (lang === "ko") return r.pick([`${y}년 ${m}월 ${d}일`, `${y}. ${m}. ${d}.`, `${y}-${mm}-${dd}`]);
    if (style === 0 && named && lang === "hu") return `${y}. ${named} ${d}.`;
    if (style === 0 && named && lang !== "en") return this.facts.dates === "ymd" ? `${y} ${named} ${d}` : `${d}${dotted} ${named} ${y}`;
    if (style === 0 && lang === "en") return r.pick([`${named ?? "March"} ${d}, ${y}`, `${d} ${named ?? "March"} ${y}`]);
    if (style === 1) return `${y}-${mm}-${dd}`;
    if (this.facts.dates === "mdy") return r.chance(0.5) ? `${m}/${d}/${y}` : `${mm}/${dd}/${String(y).slice(2)}`;
    if (this.facts.dates === "ymd") return r.pick([`${y}.${mm}.${dd}.`, `${y}/${mm}/${dd}`, `${y}-${mm}-${dd}`]).replace(/\.$/, lang === "hu" ? "." : "");
    return r.pick([`${dd}.${mm}.${y}`, `${d}/${m}/${y}`, `${dd}/${mm}/${y}`, `${d}.${m}.${String(y).slice(2)}`, `${dd}-${mm}-${y}`]);
  }

  private phone(): string {
    const r = this.rng;
    if (r.chance(0.4)) return this.faker.phone.number();
    const dial = this.facts.dial;
    const groups = r.pick([[3, 3, 4], [3, 7], [2, 4, 4], [3, 2, 2, 2], [4, 6]]);
    const body = groups.map((n, i) => r.digits(n, i === 0)).join(r.pick([" ", " ", "-", ""]));
    return r.chance(0.6) ? `+${dial} ${body}` : `0${body}`;
  }

  private email(): string {
    const r = this.rng;
    const f = this.faker;
    const local = r.pick([() => f.internet.username(), () => f.internet.username({ firstName: f.person.firstName(), lastName: f.person.lastName() }), () => `${f.internet.username()}${r.digits(2)}`])();
    const domain = r.pick(["gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "mail.ru", "proton.me", "icloud.com", "gmx.net", f.internet.domainName()]);
    // Usernames of non-Latin locales come transliterated; anything left that no mailbox allows goes.
    let clean = local.normalize("NFKD").replace(/[^A-Za-z0-9._-]/g, "").replace(/^[._-]+|[._-]+$/g, "");
    // Faker's transliteration of some scripts yields digit soup; people there pick Latin handles instead.
    if (clean.length < 3 || /(\d\D*){5}/.test(clean)) clean = `${r.pick(["mina", "jun", "sora", "lena", "alex", "tanya", "nikos", "haru", "wei", "duc"])}${r.pick([".", "_", ""])}${r.digits(r.int(2, 4))}`;
    return `${r.chance(0.7) ? clean.toLowerCase() : clean}@${domain}`;
  }

  /** A postal block of the locale: name, street (with a unit line now and then), postcode and town, often the country. */
  private block(): Piece[] {
    const f = this.faker;
    const r = this.rng;
    const nl = r.pick(["\n", "\n", ", "]);
    const up = r.chance(0.15);
    const u = (s: string) => (up ? s.toUpperCase() : s);
    const out: Piece[] = [["PERSON", u(this.fullName())], [null, nl]];
    out.push(["LOCATION", u(f.location.streetAddress(false))]);
    if (r.chance(0.3)) out.push([null, nl], ["LOCATION", u(f.location.secondaryAddress())]);
    out.push([null, nl], ["LOCATION", u(this.town())]);
    if (r.chance(0.5)) out.push([null, nl], ["LOCATION", u(f.location.country())]);
    return out;
  }

  private card(): string {
    const r = this.rng;
    const prefix = r.pick(["4", "51", "53", "2221", "37", "6011"]);
    const len = prefix === "37" ? 15 : 16;
    const body = prefix + r.digits(len - prefix.length - 1);
    const num = body + luhnCheckDigit(body);
    if (r.chance(0.4)) return num;
    return len === 15 ? `${num.slice(0, 4)} ${num.slice(4, 10)} ${num.slice(10)}` : num.replace(/(\d{4})(?=\d)/g, r.pick(["$1 ", "$1-"]));
  }

  private iban(): string {
    const r = this.rng;
    const cc = BBAN[this.facts.country] ? this.facts.country : r.pick(["DE", "FR", "NL", "ES", "GB"]);
    const bban = r.pattern(BBAN[cc]);
    const iban = cc + ibanCheckDigits(cc, bban) + bban;
    return r.chance(0.5) ? iban.replace(/(.{4})(?=.)/g, "$1 ") : iban;
  }

  private profileUrl(): string {
    const r = this.rng;
    const u = this.faker.internet.username().toLowerCase().replace(/[^a-z0-9._-]/g, "");
    let name = `${this.faker.person.firstName()}-${this.faker.person.lastName()}`.toLowerCase().normalize("NFKD").replace(/[^a-z-]/g, "");
    // Names in other scripts leave nothing Latin: people there use a romanised handle.
    if (name.replace(/-/g, "").length < 4) name = `${r.pick(["min", "yuki", "olga", "wei", "anh", "irina", "kenji", "dimitra"])}-${r.pick(["k", "lee", "pak", "chen", "sato", "ivanova", "tran"])}`;
    const handle = u.length >= 3 && !/(\d\D*){5}/.test(u) ? u : name.replace(/-/g, ".");
    return r.pick([`https://www.linkedin.com/in/${name}-${r.hex(6)}`, `https://github.com/${handle}`, `instagram.com/${handle}`, `https://${name}.com/about`, `https://www.facebook.com/${handle}`, `https://x.com/${handle}`, `https://calendly.com/${name}/30min`]);
  }

  private password(): string {
    const r = this.rng;
    return r.pick([
      () => `${r.pick(PASSWORD_WORDS)}${r.int(1, 2025)}${r.pick(["!", "", "#", "?"])}`,
      () => r.pattern("Xaaa9Xaa9X!a"),
      () => `${r.pick(PASSWORD_WORDS).toLowerCase()}_${r.pick(PASSWORD_WORDS)}${r.digits(2)}`,
      () => r.pattern("aA9aaXa#9XaX"),
    ])();
  }

  private token(): string {
    const r = this.rng;
    return r.pick([
      () => `sk_live_${r.pattern("XXXXXXXXXXXXXXXXXXXXXXXX")}`,
      () => `ghp_${r.pattern("XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")}`,
      () => `AKIA${r.pattern("AAAA9AAA9AAAA9AA")}`,
      () => `xoxb-${r.digits(11)}-${r.digits(12)}-${r.pattern("XXXXXXXXXXXXXXXXXXXXXXXX")}`,
      () => `eyJhbGciOiJIUzI1NiJ9.${r.pattern("XXXXXXXXXXXXXXXXXXXXXXXXXXXX")}.${r.pattern("XXXXXXXXXXXXXXXXXXXXXX")}`,
      () => r.hex(40),
      () => `AIza${r.pattern("XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")}`,
    ])();
  }
}
