/**
 * Renders corpus C's templates: literal text with `{key}` placeholders, each key a labelled value
 * drawn once per sample (a key used twice repeats the same value, as a person's name does in a
 * message). Chat-like texts get the noise people type: lower-case names and a few letter swaps
 * in the unlabelled words.
 */
import type { Faker } from "@faker-js/faker";
import { SpanBuilder, type ExternalType } from "../external/sample";
import { Draw, cardNumber, iban, identifier, ipAddress, password, personDate, ssn, token } from "./values";

export interface Ctx {
  faker: Faker;
  d: Draw;
  locale: string;
  lang: string;
  /** Names typed in lower case (chat). */
  lower: boolean;
  /** Chance that an unlabelled word of four letters or more gets two letters swapped. */
  typo: number;
  memo: Map<string, [ExternalType, string]>;
}

const REF = new Date("2026-12-01T00:00:00Z").getTime();

function clean(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

// Some locales mark a field as not applicable (no states, for instance): fall back to the next source.
function firstOf(...sources: Array<() => string>): string {
  for (const source of sources) {
    try {
      const v = clean(source());
      if (v) return v;
    } catch {
      // not applicable to this locale
    }
  }
  return "";
}

// The person behind a slot ("name" or "name2"), drawn once so {first}, {last} and {name} agree.
function person(ctx: Ctx, slot: string): { first: string; last: string } {
  const first = ctx.memo.get(`${slot}:first`);
  const last = ctx.memo.get(`${slot}:last`);
  if (first && last) return { first: first[1], last: last[1] };
  const p = { first: clean(ctx.faker.person.firstName()), last: clean(ctx.faker.person.lastName()) };
  ctx.memo.set(`${slot}:first`, ["PERSON", p.first]);
  ctx.memo.set(`${slot}:last`, ["PERSON", p.last]);
  return p;
}

function personName(ctx: Ctx, slot: string): string {
  const { first, last } = person(ctx, slot);
  // Hungarian and the East Asian locales write the family name first.
  return ["ja", "ko", "zh_CN", "zh_TW", "vi"].includes(ctx.locale) || ctx.lang === "hu" ? `${last} ${first}` : `${first} ${last}`;
}

function draw(ctx: Ctx, key: string): [ExternalType, string] {
  const { faker: f, d } = ctx;
  const low = (s: string) => (ctx.lower ? s.toLowerCase() : s);
  switch (key) {
    case "name":
    case "name2":
      return ["PERSON", low(personName(ctx, key))];
    case "first":
      return ["PERSON", low(person(ctx, "name").first)];
    case "last":
      return ["PERSON", low(person(ctx, "name").last)];
    case "first2":
      return ["PERSON", low(person(ctx, "name2").first)];
    case "last2":
      return ["PERSON", low(person(ctx, "name2").last)];
    case "city":
      return ["LOCATION", firstOf(() => f.location.city(), () => f.location.county())];
    case "street":
    case "street2":
      return ["LOCATION", firstOf(() => f.location.streetAddress(d.chance(0.15)), () => f.location.street())];
    case "zip":
      return ["LOCATION", firstOf(() => f.location.zipCode())];
    case "country":
      return ["LOCATION", firstOf(() => f.location.country())];
    case "state":
      return ["LOCATION", firstOf(() => f.location.state(), () => f.location.county(), () => f.location.country())];
    case "email":
    case "email2": {
      const p = person(ctx, key === "email" ? "name" : "name2");
      return ["EMAIL_ADDRESS", f.internet.email({ firstName: p.first, lastName: p.last }).toLowerCase()];
    }
    case "phone":
      return ["PHONE_NUMBER", firstOf(() => f.phone.number())];
    case "card":
      return ["CREDIT_CARD", cardNumber(d)];
    case "iban":
      return ["IBAN_CODE", iban(d, ctx.locale)];
    case "ssn":
      return ["US_SSN", ssn(d)];
    case "ip":
      return ["IP_ADDRESS", ipAddress(d)];
    case "url": {
      const user = f.internet.username({ firstName: person(ctx, "name").first, lastName: person(ctx, "name").last }).toLowerCase();
      return ["URL", d.pick([`https://www.linkedin.com/in/${user}`, `https://github.com/${user}`, `https://cal.example.org/${user}/30min`, `https://myaccount.example.net/profile?id=${d.shape("99999999")}`])];
    }
    case "pw":
    case "pw2":
      return ["SECRET", password(d)];
    case "token":
      return ["SECRET", token(d)];
    case "dob":
      return ["DATE_TIME", personDate(d, ctx.lang, f.date.birthdate({ mode: "age", min: 18, max: 88, refDate: REF }))];
    case "appt":
      return ["DATE_TIME", personDate(d, ctx.lang, f.date.soon({ days: 90, refDate: REF }))];
    case "moved":
      return ["DATE_TIME", personDate(d, ctx.lang, f.date.past({ years: 6, refDate: REF }))];
    case "user":
      return ["ID", f.internet.username({ firstName: person(ctx, "name").first, lastName: person(ctx, "name").last }).toLowerCase()];
    case "patient":
    case "policy":
    case "passport":
    case "account":
    case "employee":
    case "member":
    case "licence":
    case "national":
    case "case":
      return ["ID", identifier(d, key)];
    case "tax":
      return ["ID", identifier(d, "tax")];
    default:
      throw new Error(`corpus C: unknown template key ${key}`);
  }
}

function get(ctx: Ctx, key: string): [ExternalType, string] {
  let v = ctx.memo.get(key);
  if (!v) ctx.memo.set(key, (v = draw(ctx, key)));
  return v;
}

function noisy(ctx: Ctx, literal: string): string {
  if (ctx.typo <= 0) return literal;
  return literal.replace(/\p{L}{4,}/gu, (w) => {
    if (!ctx.d.chance(ctx.typo)) return w;
    const i = ctx.d.int(1, w.length - 2);
    return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  });
}

// Address order in running text: most of Europe puts the postcode before the town.
const ADDRESS_ORDER: Readonly<Record<string, string>> = {
  en: "{street}, {city} {zip}",
  hu: "{zip} {city}, {street}",
  ru: "{zip}, {city}, {street}",
  uk: "{city}, {street}, {zip}",
  vi: "{street}, {city}",
  id: "{street}, {city} {zip}",
};

/** Appends a template to the builder; `{addr}` expands to the language's one-line address order. */
export function render(b: SpanBuilder, ctx: Ctx, template: string): void {
  const expanded = template.replace(/\{addr\}/g, ADDRESS_ORDER[ctx.lang] ?? "{street}, {zip} {city}");
  const parts = expanded.split(/\{(\w+)\}/);
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 0) b.t(noisy(ctx, parts[i]));
    else {
      const [type, value] = get(ctx, parts[i]);
      b.e(type, value);
    }
  }
}

/** A labelled value outside a template (forms and records build their own layout). */
export function value(ctx: Ctx, key: string): [ExternalType, string] {
  return get(ctx, key);
}
