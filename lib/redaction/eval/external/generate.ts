/**
 * The external sealed corpus: labelled samples generated from faker's locales with this
 * folder's own templates, formats and place lists (written without reading the engine's
 * recognizers, lexicons or the team's templates). Deterministic: a fixed seed per sample
 * (derived from the locale's name, the kind of text and the index, so adding a locale
 * does not reshuffle the others) and a fixed reference date for every date faker draws.
 *
 * SEALED: only aggregate figures from this corpus may be looked at; see SEALED.md.
 */
import { createHash } from "node:crypto";
import { Faker, allFakers } from "@faker-js/faker";
import { getCountry, phoneFor, postcodeFor, type AddressParts, type Country } from "./countries";
import { codeLogText, type PiiSource } from "./code-log";
import {
  apiToken, cardNumber, cardSchemesFor, iban, ipv4, ipv6, macAddress, nationalId, otherId, password, usDriverLicense, usSsn,
  type IdKind, type NationalId,
} from "./identifiers";
import type { LanguagePack, TemplateEntry, Ymd } from "./language-pack";
import { externalLocales, localeInfo, type LocaleInfo } from "./locales";
import { ENGLISH } from "./packs-english";
import { CROATIAN, CZECH, DANISH, FINNISH, HUNGARIAN, LATVIAN, NORWEGIAN, POLISH, ROMANIAN, SLOVAK, SWEDISH } from "./packs-central";
import { ARABIC, CHINESE, CHINESE_TRADITIONAL, GREEK, HEBREW, INDONESIAN, JAPANESE, KOREAN, RUSSIAN, TURKISH, UKRAINIAN, VIETNAMESE } from "./packs-other-scripts";
import { DUTCH, FRENCH, GERMAN, ITALIAN, PORTUGUESE, SPANISH } from "./packs-western";
import {
  emailFor, familyName, formalName, fullName, givenName, initialName, middleInitialName, profileUrl, usernameFor, type NameStyle, type Persona,
} from "./people";
import { proseText } from "./prose";
import { Rng } from "./rng";
import { SpanBuilder, type ExternalSample, type ExternalType } from "./sample";

/** Changing any of these changes the corpus, and so its seal (see sealed.test.ts). */
export const CORPUS_SEED = 61_803;
export const REFERENCE_DATE = new Date("2025-06-01T12:00:00Z");
/** Samples per locale for the kinds that carry personal data. */
export const PER_LOCALE: Readonly<Record<"chat" | "email" | "address" | "incident" | "record", number>> = { chat: 10, email: 6, address: 7, incident: 7, record: 4 };
export const PROSE_COUNT = 240;
export const CODE_LOG_COUNT = 260;

export const LANGUAGE_PACKS: Readonly<Record<string, LanguagePack>> = {
  en: ENGLISH, de: GERMAN, fr: FRENCH, es: SPANISH, it: ITALIAN, pt: PORTUGUESE, nl: DUTCH, fi: FINNISH, sv: SWEDISH, nb: NORWEGIAN, da: DANISH,
  pl: POLISH, cs: CZECH, sk: SLOVAK, hu: HUNGARIAN, ro: ROMANIAN, hr: CROATIAN, lv: LATVIAN, el: GREEK, ru: RUSSIAN, uk: UKRAINIAN, tr: TURKISH,
  ja: JAPANESE, zh: CHINESE, "zh-Hant": CHINESE_TRADITIONAL, ko: KOREAN, ar: ARABIC, he: HEBREW, id: INDONESIAN, vi: VIETNAMESE,
};

/** FNV-1a: a stable number from a locale or kind name, for per-sample seeds. */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const toYmd = (d: Date): Ymd => ({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() });

const SLOT_TYPES: Record<string, ExternalType | null> = {
  name: "PERSON", first: "PERSON", last: "PERSON", init: "PERSON", mname: "PERSON", fam: "PERSON",
  street: "LOCATION", unit: "LOCATION", pc: "LOCATION", town: "LOCATION", region: "LOCATION", country: "LOCATION",
  dob: "DATE_TIME", year: "DATE_TIME", weekday: "DATE_TIME", appt: "DATE_TIME", time: "DATE_TIME", date: "DATE_TIME", month: "DATE_TIME",
  phone: "PHONE_NUMBER", iphone: "PHONE_NUMBER", email: "EMAIL_ADDRESS", url: "URL", ip: "IP_ADDRESS", ip6: "IP_ADDRESS", mac: "MAC_ADDRESS",
  card: "CREDIT_CARD", cardbad: "CREDIT_CARD", iban: "IBAN_CODE", ibanbad: "IBAN_CODE", ssn: "US_SSN", usdl: "US_DRIVER_LICENSE",
  pw: "SECRET", token: "SECRET", user: "ID", id: "ID",
  hon: null, nidname: null, ref: null, amount: null,
};

/** Everything one sample needs, created lazily so a template only draws what it uses. */
class SampleContext {
  private personas = new Map<number, Persona>();
  private addresses = new Map<number, AddressParts>();
  private cache = new Map<string, string>();
  private nid?: NationalId & { type: ExternalType };
  private birth?: Ymd;
  readonly style: NameStyle;

  constructor(
    readonly f: Faker,
    readonly r: Rng,
    readonly info: LocaleInfo,
    readonly country: Country,
    readonly pack: LanguagePack,
  ) {
    const nonLatinScript = info.script === "greek" || info.script === "cyrillic";
    const packWritesScript = ["el", "ru", "uk"].includes(pack.code);
    this.style = {
      order: info.order,
      // Japanese names are often written with a space between family and given name; Chinese and Korean rarely.
      cjkSpace: info.locale === "ja" ? 0.5 : 0.1,
      latin: nonLatinScript && !packWritesScript && r.chance(0.5),
      patronymic: ["ru", "uk"].includes(info.locale),
    };
  }

  persona(n: number): Persona {
    let p = this.personas.get(n);
    if (!p) {
      const female = this.r.chance(0.5);
      const sex = female ? "female" : "male";
      const first = this.f.person.firstName(sex);
      const last = this.f.person.lastName(sex);
      let middle: string | undefined;
      if (this.style.patronymic) middle = this.f.person.middleName(sex);
      else if (["es", "es_MX", "pt_BR", "pt_PT"].includes(this.info.locale) && this.r.chance(0.4)) middle = this.f.person.lastName();
      p = { first, last, middle, female };
      this.personas.set(n, p);
    }
    return p;
  }

  address(n: number): AddressParts {
    let a = this.addresses.get(n);
    if (!a) {
      const c = this.country;
      const r = this.r;
      const streetName = c.streets.length && (!this.info.fakerStreets || r.chance(0.6)) ? r.pick(c.streets) : this.f.location.street();
      const town = c.towns.length && (!this.info.fakerTowns || r.chance(0.55)) ? r.pick(c.towns) : this.f.location.city();
      const regionRequired = ["US", "CA", "AU", "IN", "BR", "MX"].includes(c.code);
      a = {
        street: c.streetLine(r, streetName),
        unit: c.unit && r.chance(0.25) ? c.unit(r) : undefined,
        postcode: postcodeFor(r, c),
        town,
        region: c.regions && (regionRequired || r.chance(0.4)) ? r.pick(c.regions) : undefined,
        country: c.names.length && r.chance(0.4) ? r.pick(c.names) : undefined,
      };
      this.addresses.set(n, a);
    }
    return a;
  }

  birthDate(): Ymd {
    if (!this.birth) this.birth = toYmd(this.f.date.birthdate({ mode: "age", min: 18, max: 88 }));
    return this.birth;
  }

  nationalId(): NationalId & { type: ExternalType } {
    if (!this.nid) {
      const c = this.country.code;
      const made = nationalId(this.r, c === "WLS" ? "GB" : c, this.birthDate(), this.persona(1).female);
      if (made) this.nid = { ...made, type: "ID" };
      else if (c === "US") this.nid = { name: "SSN", value: usSsn(this.r), type: "US_SSN" };
      else this.nid = { name: "ID number", value: this.r.pattern(this.r.pick(["999999999", "AA9999999", "9999 9999 9999"])), type: "ID" };
    }
    return this.nid;
  }

  private cached(key: string, make: () => string): string {
    let v = this.cache.get(key);
    if (v === undefined) {
      v = make();
      this.cache.set(key, v);
    }
    return v;
  }

  private date(fmt: (d: Ymd) => string, d: Date): string {
    return fmt(toYmd(d));
  }

  /**
   * The text of one slot as labelled pieces. An address or a list becomes several pieces
   * (each part a place or a name, the separators unlabelled).
   */
  slot(name: string, n: number, arg: string | undefined): Array<[string, ExternalType | null]> {
    const r = this.r;
    const p = () => this.persona(n);
    const type = SLOT_TYPES[name];
    const one = (v: string): Array<[string, ExternalType | null]> => [[v, type ?? null]];
    switch (name) {
      case "name":
        return one(this.cached(`name${n}`, () => fullName(r, p(), this.style)));
      case "first":
        return one(givenName(p(), this.style));
      case "last":
        return one(familyName(p(), this.style));
      case "init":
        return one(initialName(p(), this.style));
      case "mname":
        return one(middleInitialName(r, p(), this.style));
      case "fam":
        return one(formalName(r, p(), this.style));
      case "hon":
        return one(r.pick(p().female ? this.pack.hon.f : this.pack.hon.m));
      case "names": {
        const count = r.int(2, 4);
        const out: Array<[string, ExternalType | null]> = [];
        for (let i = 0; i < count; i++) {
          if (i > 0) out.push([i === count - 1 ? ` ${this.pack.and} ` : ", ", null]);
          out.push([fullName(r, this.persona(10 + i), this.style), "PERSON"]);
        }
        return out;
      }
      case "street":
        return one(this.address(n).street);
      case "unit":
        return one(this.address(n).unit ?? (this.country.unit ? this.country.unit(r) : `No. ${r.int(1, 40)}`));
      case "pc":
        return one(this.address(n).postcode ?? "");
      case "town":
        return one(this.address(n).town);
      case "region":
        return one(this.address(n).region ?? this.address(n).town);
      case "country":
        return one(this.address(n).country ?? (this.country.names.length ? r.pick(this.country.names) : this.address(n).town));
      case "addr":
      case "addrsp":
      case "block":
        return this.renderAddress(n, name === "block" ? "\n" : name === "addrsp" ? "  " : ", ");
      case "dob":
        return one(r.pick(this.pack.dates)(this.birthDate()));
      case "year":
        return one(String(this.birthDate().y));
      case "weekday":
        return one(r.pick(this.pack.weekdays));
      case "appt":
        return one(this.cached(`appt${n}`, () => this.date(r.pick(this.pack.dates), this.f.date.soon({ days: 120 }))));
      case "date":
        return one(this.date(r.pick(this.pack.dates), r.chance(0.6) ? this.f.date.past({ years: 4 }) : this.f.date.soon({ days: 200 })));
      case "month":
        return one(this.pack.monthYear(toYmd(this.f.date.past({ years: 8 }))));
      case "time":
        return one(r.pick(this.pack.times)(r.int(7, 19), r.pick([0, 0, 15, 30, 45, 10, 50])));
      case "phone":
        return one(this.cached(`phone${n}`, () => (r.chance(0.3) ? this.f.phone.number() : phoneFor(r, this.country, r.chance(0.25)))));
      case "iphone":
        return one(this.cached(`iphone${n}`, () => phoneFor(r, this.country, true)));
      case "email":
        return one(this.cached(`email${n}`, () => emailFor(r, p(), this.country.code)));
      case "url":
        return one(profileUrl(r, p()));
      case "ip":
        return one(ipv4(r));
      case "ip6":
        return one(ipv6(r));
      case "mac":
        return one(macAddress(r));
      case "card":
      case "cardbad":
        return one(cardNumber(r, r.pick(cardSchemesFor(this.country.code)), { bad: name === "cardbad" }));
      case "iban":
      case "ibanbad":
        return one(iban(r, this.country.code === "WLS" ? "GB" : this.country.code, { bad: name === "ibanbad" }));
      case "ssn":
        return one(usSsn(r));
      case "usdl":
        return one(usDriverLicense(r).value);
      case "pw":
        return one(this.cached(`pw${n}`, () => password(r)));
      case "token":
        return one(apiToken(r));
      case "user":
        return one(this.cached(`user${n}`, () => usernameFor(r, p())));
      case "nid":
        return [[this.nationalId().value, this.nationalId().type]];
      case "nidname":
        return one(this.nationalId().name);
      case "id":
        return one(otherId(r, (arg ?? "account") as IdKind, this.country.code === "WLS" ? "GB" : this.country.code, p().last));
      case "ref":
        return one(this.cached(`ref${n}`, () => r.pattern(r.pick(["#999999", "AB-99999", "99999999", "ORD-9999999", "99-99999", "A9A9A9"]))));
      case "amount":
        return one(r.pick([`€${r.int(5, 900)}.${r.digits(2)}`, `${r.int(5, 900)},${r.digits(2)} €`, `$${r.int(5, 900)}.${r.digits(2)}`, `${r.int(100, 9000)} Kč`, `£${r.int(5, 900)}`]));
      default:
        throw new Error(`unknown slot {${name}}`);
    }
  }

  private renderAddress(n: number, lineSep: string): Array<[string, ExternalType | null]> {
    const lines = this.country.layout(this.r, this.address(n)).filter((l) => l.parts.some((x) => x.length > 0));
    const out: Array<[string, ExternalType | null]> = [];
    lines.forEach((line, i) => {
      if (i > 0) out.push([lineSep, null]);
      line.parts.filter((x) => x.length > 0).forEach((part, j) => {
        if (j > 0) out.push([line.sep, null]);
        out.push([part, "LOCATION"]);
      });
    });
    return out;
  }

  piiSource(): PiiSource {
    const r = this.r;
    return {
      email: () => emailFor(r, this.persona(1), this.country.code),
      name: () => fullName(r, this.persona(1), this.style),
      ip: () => ipv4(r),
      ip6: () => ipv6(r),
      password: () => password(r),
      token: () => apiToken(r),
      user: () => usernameFor(r, this.persona(1)),
      phone: () => phoneFor(r, this.country, r.chance(0.5)),
    };
  }
}

const SLOT = /\{([a-z0-9]+)(?:#(\d))?(?::([^}]*))?\}/g;
const CHOICE = /\[([^[\]]*\|[^[\]]*)\]/g;

/** Renders a template into the builder (see language-pack.ts for the syntax). */
function render(template: string, ctx: SampleContext, b: SpanBuilder): void {
  const female = ctx.persona(1).female;
  const text = template
    .replace(CHOICE, (_m, alts: string) => ctx.r.pick(alts.split("|")))
    .replace(/\{g:([^|}]*)\|([^}]*)\}/g, (_m, he: string, she: string) => (female ? she : he));
  let pos = 0;
  let skipSpace = false;
  SLOT.lastIndex = 0;
  for (let m = SLOT.exec(text); m; m = SLOT.exec(text)) {
    let literal = text.slice(pos, m.index);
    // An empty value (a country without postcodes) must not leave a double space behind.
    if (skipSpace && literal.startsWith(" ") && /(^|[ \n])$/.test(b.text)) literal = literal.slice(1);
    b.t(literal);
    const pieces = ctx.slot(m[1], m[2] ? Number(m[2]) : 1, m[3]);
    for (const [value, type] of pieces) {
      if (type) b.e(type, value);
      else b.t(value);
    }
    skipSpace = pieces.every(([v]) => v === "");
    pos = m.index + m[0].length;
  }
  let tail = text.slice(pos);
  if (skipSpace && tail.startsWith(" ") && /(^|[ \n])$/.test(b.text)) tail = tail.slice(1);
  b.t(tail);
}

const fakers = new Map<string, Faker>();

/** One faker per locale, built from the locale's merged definitions so seeding it affects nothing else. */
function fakerFor(locale: string): Faker {
  let f = fakers.get(locale);
  if (!f) {
    const shared = (allFakers as Record<string, Faker>)[locale];
    f = new Faker({ locale: shared.rawDefinitions });
    f.setDefaultRefDate(REFERENCE_DATE);
    fakers.set(locale, f);
  }
  return f;
}

function newRng(locale: string, kind: string, i: number): Rng {
  const f = fakerFor(locale);
  f.seed([CORPUS_SEED, hash32(locale), hash32(kind), i]);
  return new Rng(f);
}

/**
 * Templates are taken in turn (from a per-locale starting point) rather than at random, so a
 * locale's few samples of a kind cover as many different templates as possible.
 */
function pickTemplate(entries: readonly TemplateEntry[], country: string, turn: number): { t: string; index: number } {
  const usable = entries.map((e, index) => ({ e, index })).filter(({ e }) => typeof e === "string" || e.only.includes(country));
  const { e, index } = usable[turn % usable.length];
  return { t: typeof e === "string" ? e : e.t, index };
}

function templatedSample(locale: string, kind: keyof typeof PER_LOCALE, i: number): ExternalSample {
  const r = newRng(locale, kind, i);
  const info = localeInfo(locale);
  const country = getCountry(r.pick(info.countries));
  const local = LANGUAGE_PACKS[info.lang];
  // Most people write in their own language; a good share write English whatever their country.
  const pack = local && local !== ENGLISH && r.chance(0.68) ? local : ENGLISH;
  const ctx = new SampleContext(r.faker, r, info, country, pack);
  const { t, index } = pickTemplate(pack[kind], country.code, (hash32(locale + pack.code) % 97) + i);
  const b = new SpanBuilder();
  render(t, ctx, b);
  return { id: `ext-${locale}-${kind}-${i}`, locale, lang: pack.code, kind, template: `${pack.code}.${kind}.${index}`, text: b.text, spans: b.spans };
}

/** Generates the whole corpus; the same call always returns the same samples. */
export function generateExternalCorpus(): ExternalSample[] {
  const out: ExternalSample[] = [];
  const locales = externalLocales();
  for (const locale of locales) {
    for (const kind of Object.keys(PER_LOCALE) as Array<keyof typeof PER_LOCALE>) {
      for (let i = 0; i < PER_LOCALE[kind]; i++) out.push(templatedSample(locale, kind, i));
    }
  }
  for (let i = 0; i < PROSE_COUNT; i++) {
    const r = newRng("en", "prose", i);
    out.push({ id: `ext-prose-${i}`, locale: "en", lang: "en", kind: "prose", template: "prose", text: proseText(r), spans: [] });
  }
  for (let i = 0; i < CODE_LOG_COUNT; i++) {
    // Spread over the locales so the little personal data in logs comes from everywhere.
    const locale = locales[i % locales.length];
    const r = newRng(locale, "code-log", i);
    const info = localeInfo(locale);
    const ctx = new SampleContext(r.faker, r, info, getCountry(r.pick(info.countries)), ENGLISH);
    const b = new SpanBuilder();
    const format = codeLogText(b, r, ctx.piiSource());
    out.push({ id: `ext-code-${locale}-${i}`, locale, lang: "en", kind: "code-log", template: `code.${format}`, text: b.text, spans: b.spans });
  }
  return out;
}

/** sha256 of a corpus, over every field of every sample in order. */
export function corpusDigest(samples: readonly ExternalSample[]): string {
  const h = createHash("sha256");
  for (const s of samples) h.update(JSON.stringify([s.id, s.locale, s.lang, s.kind, s.template, s.text, s.spans.map((x) => [x.type, x.start, x.end])]) + "\n");
  return h.digest("hex");
}

