/**
 * The values of one sample and the template filler. A template is text with placeholders:
 * `{full}` a labelled value, `{first:lc}` lower-cased as chat writers do, `{first+'s}` a
 * suffix written onto the value (an inflected or possessive name is labelled as one word).
 * Each key is drawn once per sample, so "{first}" and "{email}" stay about the same person.
 */
import type { Faker } from "@faker-js/faker";
import type { Rng } from "../external/rng";
import type { ExternalType, SpanBuilder } from "../external/sample";
import type { LocaleInfo } from "./locales";
import { PLACES } from "./places";
import { cardNumber, cuedNumber, formatDate, iban, ipAddress, nationalId, passportNumber, password, token, usSsn } from "./values";

type Value = [ExternalType | null, string];

// Name order: family name first in these locales.
const FAMILY_FIRST = new Set(["hu", "ja", "ko", "zh_CN", "zh_TW", "vi"]);

/** Faker marks some data as not applicable to a locale (Hong Kong has no postcodes): use the fallback then. */
function orElse(draw: () => string, fallback: () => string): string {
  try {
    return draw();
  } catch {
    return fallback();
  }
}

export class SampleValues {
  private cache = new Map<string, Value>();

  constructor(
    readonly r: Rng,
    readonly f: Faker,
    readonly info: LocaleInfo,
    readonly months: readonly string[],
  ) {}

  get(key: string): Value {
    let v = this.cache.get(key);
    if (!v) this.cache.set(key, (v = this.draw(key)));
    return v;
  }

  private person(n: string): { first: string; last: string } {
    const first = this.get("first" + n)[1];
    const last = this.get("last" + n)[1];
    return { first, last };
  }

  private fullName(n: string): string {
    const { first, last } = this.person(n);
    if (FAMILY_FIRST.has(this.info.locale)) return /[\u3040-\u9fff\uac00-\ud7af]/.test(last) ? last + first : `${last} ${first}`;
    // A middle initial in the name's own script: the first letter of another given name.
    return this.r.chance(0.1) ? `${first} ${this.f.person.firstName(this.sex(n))[0]}. ${last}` : `${first} ${last}`;
  }

  /** First and family name agree in gender (many languages inflect family names). */
  private sex(n: string): "female" | "male" {
    return this.get("sex" + n)[1] as "female" | "male";
  }

  street(): string {
    const own = PLACES[this.info.country];
    if (own && this.r.chance(0.55)) {
      return this.r
        .pick(own.streets)
        .replace(/\{s\}/g, () => this.r.pick(own.stems))
        .replace("{n}", String(this.r.int(1, this.r.chance(0.7) ? 60 : 2400)))
        .replace("{f}", String(this.r.int(1, 24)));
    }
    return this.f.location.streetAddress();
  }

  private town(): string {
    const own = PLACES[this.info.country];
    return own && this.r.chance(0.5) ? this.r.pick(own.towns) : this.f.location.city();
  }

  private postcode(): string {
    const own = PLACES[this.info.country];
    return own && this.r.chance(0.5) ? this.r.pattern(own.postcode) : orElse(() => this.f.location.zipCode(), () => this.r.pattern(own?.postcode ?? "99999"));
  }

  /** One-line address in the country's order: number-first streets and "town postcode" where that is the custom. */
  private address(): string {
    const street = this.get("street")[1];
    const zip = this.get("zip")[1];
    const city = this.get("city")[1];
    switch (this.info.country) {
      case "US": return `${street}, ${city}, ${orElse(() => this.f.location.state({ abbreviated: true }), () => "CA")} ${zip}`;
      case "GB": case "AU": case "IN": case "NG": case "GH": case "HK": case "ZA": return `${street}, ${city} ${zip}`;
      default: return `${street}, ${zip} ${city}`;
    }
  }

  private draw(key: string): Value {
    const { r, f, info } = this;
    switch (key) {
      case "sex": case "sex2": case "sex3": return [null, r.pick(["female", "male"])];
      case "first": case "first2": case "first3": return ["PERSON", f.person.firstName(this.sex(key.slice(5)))];
      case "last": case "last2": case "last3": return ["PERSON", f.person.lastName(this.sex(key.slice(4)))];
      case "full": case "full2": case "full3": return ["PERSON", this.fullName(key.slice(4))];
      case "email": case "email2": {
        const p = this.person(key.slice(5));
        return ["EMAIL_ADDRESS", r.chance(0.8) ? f.internet.email({ firstName: p.first, lastName: p.last }) : f.internet.email()];
      }
      case "user": {
        const p = this.person("");
        return ["ID", f.internet.username({ firstName: p.first, lastName: p.last })];
      }
      case "phone": return ["PHONE_NUMBER", f.phone.number({ style: r.pick(["human", "national", "international"] as const) })];
      case "street": return ["LOCATION", this.street()];
      case "sec": return ["LOCATION", orElse(() => f.location.secondaryAddress(), () => `Apt. ${r.int(1, 40)}`)];
      case "zip": return ["LOCATION", this.postcode()];
      case "city": return ["LOCATION", this.town()];
      case "city2": return ["LOCATION", f.location.city()];
      case "region": return ["LOCATION", orElse(() => f.location.state(), () => this.town())];
      case "country": return ["LOCATION", info.countryName];
      case "addr": return ["LOCATION", this.address()];
      case "dob": return ["DATE_TIME", formatDate(f.date.birthdate({ mode: "age", min: 18, max: 88 }), info.dateStyle, this.months)];
      case "date": return ["DATE_TIME", formatDate(f.date.soon({ days: 120 }), info.dateStyle, this.months)];
      case "pastdate": return ["DATE_TIME", formatDate(f.date.past({ years: 3 }), info.dateStyle, this.months)];
      case "year": return ["DATE_TIME", String(r.int(1950, 2008))];
      case "card": return ["CREDIT_CARD", cardNumber(r)];
      case "iban": return ["IBAN_CODE", iban(r, info.country)];
      case "ssn": return ["US_SSN", usSsn(r)];
      case "ip": return ["IP_ADDRESS", ipAddress(r)];
      case "url": {
        const p = this.person("");
        const slug = f.helpers.slugify(`${p.first}-${p.last}`).toLowerCase();
        return ["URL", r.pick([`https://www.linkedin.com/in/${slug}-${r.digits(3)}`, `https://${slug}.${r.pick(["com", "net", "me"])}`, `https://github.com/${slug}`, `https://www.facebook.com/${slug}.${r.digits(2)}`])];
      }
      case "pw": case "pw2": return ["SECRET", password(r)];
      case "token": return ["SECRET", token(r)];
      case "natid": return ["ID", nationalId(r, info.country)];
      case "passport": return ["ID", passportNumber(r)];
      case "acct": return ["ID", cuedNumber(r, "account")];
      case "policy": return ["ID", cuedNumber(r, "policy")];
      case "patient": return ["ID", cuedNumber(r, "patient")];
      case "emp": return ["ID", cuedNumber(r, "employee")];
      case "tax": return ["ID", cuedNumber(r, "tax")];
      case "cust": return ["ID", cuedNumber(r, "customer")];
      case "licence": return ["ID", cuedNumber(r, "licence")];
      // Unlabelled values: ticket and order numbers, counts and amounts are not personal data.
      case "ticket": return [null, r.pattern(r.pick(["#99999", "INC-999999", "SR-9999", "99999"]))];
      case "order": return [null, r.pattern(r.pick(["99999999", "A9-99999", "#999-9999"]))];
      case "n": return [null, String(r.int(2, 40))];
      case "amount": return [null, `${r.int(5, 900)}${r.pick([".00", ",50", ".99", ""])}`];
      default: throw new Error(`unknown placeholder ${key}`);
    }
  }
}

const PLACEHOLDER = /\{([a-z0-9]+)(?::(lc|uc))?(?:\+([^}\s]*))?\}/g;

/** Appends a template to `b`, labelling every placeholder with its value's type. */
export function fill(b: SpanBuilder, template: string, v: SampleValues): SpanBuilder {
  let pos = 0;
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(template); m; m = PLACEHOLDER.exec(template)) {
    b.t(template.slice(pos, m.index));
    const [type, raw] = v.get(m[1]);
    let value = m[2] === "lc" ? raw.toLowerCase() : m[2] === "uc" ? raw.toUpperCase() : raw;
    value += m[3] ?? "";
    if (type) b.e(type, value);
    else b.t(value);
    pos = m.index + m[0].length;
  }
  return b.t(template.slice(pos));
}
