/**
 * Corpus C's generated samples: every locale of locales.ts gets a fixed number of samples of
 * each PII-bearing kind of text, then a fixed number of ordinary prose and code/log samples keep
 * precision measured. Each sample has its own seed (from its locale, kind and index) and every
 * date faker draws is relative to a fixed reference date, so the corpus is the same on every run.
 */
import { createHash } from "node:crypto";
import { Faker, allLocales, type LocaleDefinition } from "@faker-js/faker";
import { SpanBuilder, type ExternalSample, type TextKind } from "../external/sample";
import { render, value, type Ctx } from "./fill";
import { LOCALE_LANG, corpusCLocales } from "./locales";
import { codeLogSample, proseSample } from "./non-pii";
import type { LangPack } from "./pack";
import { EN } from "./pack-en";
import { EL, HR, ID, RO, RU, TR, UK, VI } from "./pack-east";
import { CS, DA, FI, HU, NB, PL, SK, SV } from "./pack-north";
import { DE, ES, FR, IT, NL, PT } from "./pack-west";
import { Draw } from "./values";

/** Samples per locale and PII-bearing kind of text. */
export const PER_LOCALE_C: Readonly<Record<string, number>> = { chat: 7, email: 3, address: 3, incident: 3, record: 2 };
export const PROSE_COUNT_C = 140;
export const CODE_LOG_COUNT_C = 150;

const PACKS: Readonly<Record<string, LangPack>> = Object.fromEntries(
  [EN, DE, FR, ES, IT, PT, NL, SV, DA, NB, FI, PL, CS, SK, HU, RO, HR, RU, UK, EL, TR, ID, VI].map((p) => [p.lang, p]),
);

const REF_DATE = new Date("2026-12-01T00:00:00Z");

/** FNV-1a over the sample's identity: a stable seed that does not depend on generation order. */
function seedOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const fakers = new Map<string, Faker>();
function fakerFor(locale: string): Faker {
  let f = fakers.get(locale);
  if (!f) {
    const defs = allLocales as unknown as Record<string, LocaleDefinition>;
    f = new Faker({ locale: [defs[locale], defs.en, defs.base] });
    f.setDefaultRefDate(REF_DATE);
    fakers.set(locale, f);
  }
  return f;
}

function newCtx(faker: Faker, d: Draw, locale: string, lang: string, kind: TextKind): Ctx {
  const chatty = kind === "chat";
  return { faker, d, locale, lang, lower: chatty && d.chance(0.3), typo: chatty ? 0.05 : 0, memo: new Map() };
}

function email(b: SpanBuilder, ctx: Ctx, pack: LangPack): void {
  const d = ctx.d;
  if (d.chance(0.25)) render(b, ctx, d.pick(["---------- Forwarded message ---------\nFrom: {name2} <{email2}>\nSubject: Re: your request\n\n", "> On Monday {name2} <{email2}> wrote:\n> see below\n\n", "-----Original Message-----\nFrom: {email2}\nTo: support\n\n"]));
  render(b, ctx, `${d.pick(pack.greet)}\n\n`);
  render(b, ctx, d.pick(pack.mail));
  if (d.chance(0.35)) render(b, ctx, ` ${d.pick(pack.mail)}`);
  render(b, ctx, `\n\n${d.pick(pack.close)}\n`);
  render(b, ctx, d.pick(["{name}", "{first}", "{name}\n{phone}", "{first}\n--\n{name} | Customer Success\nM: {phone} | {email}", "{name}\n{street}\n{zip} {city}", "{name}\nTel. {phone}\n{url}"]));
}

function addressBlock(b: SpanBuilder, ctx: Ctx, pack: LangPack): void {
  const d = ctx.d;
  const L = pack.labels;
  const en = ctx.lang === "en";
  const cityLine = en ? "{city} {zip}" : ctx.lang === "hu" || ctx.lang === "ru" ? "{zip} {city}" : d.pick(["{zip} {city}", "{zip} {city}", "{city} {zip}"]);
  switch (d.int(0, 4)) {
    case 0:
      render(b, ctx, `{name}\n{street}\n${cityLine}\n{country}`);
      break;
    case 1:
      render(b, ctx, `{name}  {street}  ${cityLine}  {country}`);
      break;
    case 2:
      render(b, ctx, `${L.name}: {name}\n${L.street}: {street}\n${L.zip}: {zip}\n${L.city}: {city}\n${L.phone}: {phone}\n${L.email}: {email}`);
      break;
    case 3:
      render(b, ctx, `${L.name.toUpperCase()}\n{name}\n\n${L.street.toUpperCase()}\n{street}\n${cityLine}\n\n${L.dob}: {dob}\n${L.note}: ${d.pick(pack.notes)}`);
      break;
    default:
      render(b, ctx, `{name}, {street}, ${cityLine}, {state}\n${L.phone} {phone}`);
  }
}

function record(b: SpanBuilder, ctx: Ctx, pack: LangPack, faker: Faker): void {
  const d = ctx.d;
  const L = pack.labels;
  const rows = d.int(2, 3);
  const layout = d.int(0, 2);
  if (layout === 0) b.t(`id,${L.name},${L.email},${L.phone},${L.city},${L.dob}\n`);
  if (layout === 1) b.t("[\n");
  for (let r = 0; r < rows; r++) {
    const row = newCtx(faker, d, ctx.locale, ctx.lang, "record");
    const rid = String(1000 + d.int(0, 8999));
    if (layout === 0) {
      b.e("ID", rid).t(",");
      for (const [i, key] of ["name", "email", "phone", "city", "dob"].entries()) {
        const [type, v] = value(row, key);
        if (i > 0) b.t(",");
        if (v.includes(",")) b.t('"').e(type, v).t('"');
        else b.e(type, v);
      }
      b.t("\n");
    } else if (layout === 1) {
      b.t('  {"id": ').e("ID", rid).t(', "name": "');
      b.e(...value(row, "name")).t('", "email": "').e(...value(row, "email")).t('", "iban": "').e(...value(row, "iban")).t('", "active": true}');
      b.t(r < rows - 1 ? ",\n" : "\n");
    } else {
      b.t(`--- ${L.id} `).e("ID", rid).t(` ---\n${L.name}=`).e(...value(row, "name")).t(`\n${L.street}=`).e(...value(row, "street")).t(`\n${L.city}=`).e(...value(row, "city"));
      b.t(`\n${L.iban}=`).e(...value(row, "iban")).t(`\n${L.note}=${d.pick(pack.notes)}\n`);
    }
  }
  if (layout === 1) b.t("]");
}

function piiSample(locale: string, kind: TextKind, i: number): ExternalSample {
  const faker = fakerFor(locale);
  const key = `c|${locale}|${kind}|${i}`;
  faker.seed(seedOf(key));
  const d = new Draw(faker);
  const home = LOCALE_LANG[locale];
  // Locales with their own templates still write in English part of the time, as people do.
  const pack = home !== "en" && d.chance(0.3) ? EN : PACKS[home];
  const ctx = newCtx(faker, d, locale, pack.lang, kind);
  const b = new SpanBuilder();
  let template = `${pack.lang}.${kind}`;
  if (kind === "chat") {
    const t = d.int(0, pack.chat.length - 1);
    template += `.${t}`;
    render(b, ctx, pack.chat[t]);
    if (d.chance(0.25)) {
      // A second message, sometimes in the other language: mixed-language chats are common.
      const other = d.chance(0.5) ? EN : pack;
      render(b, ctx, d.pick(["\n", " ... ", "\n\n", " / "]) + d.pick(other.chat));
    }
  } else if (kind === "email") email(b, ctx, pack);
  else if (kind === "address") addressBlock(b, ctx, pack);
  else if (kind === "incident") {
    const t = d.int(0, pack.incident.length - 1);
    template += `.${t}`;
    if (d.chance(0.3)) b.t(d.pick(["[P2] ", "PRIORITY: high\n", "#SEC ", "Status: resolved\n"]));
    render(b, ctx, pack.incident[t]);
  } else record(b, ctx, pack, faker);
  return { id: `${key.slice(2)}`, locale, lang: pack.lang, kind, template, text: b.text, spans: b.spans };
}

/** Generates corpus C: about 1,400 samples, the same on every run. */
export function generateCorpusC(): ExternalSample[] {
  const out: ExternalSample[] = [];
  for (const locale of corpusCLocales()) {
    for (const [kind, n] of Object.entries(PER_LOCALE_C)) for (let i = 0; i < n; i++) out.push(piiSample(locale, kind as TextKind, i));
  }
  for (let i = 0; i < PROSE_COUNT_C; i++) out.push(proseSample(i, new Draw(seeded(`c|prose|${i}`))));
  for (let i = 0; i < CODE_LOG_COUNT_C; i++) out.push(codeLogSample(i, new Draw(seeded(`c|code-log|${i}`)), fakerFor("en")));
  return out;
}

function seeded(key: string): Faker {
  const f = fakerFor("en");
  f.seed(seedOf(key));
  return f;
}

/** sha256 over every sample's id, text and spans: the corpus's seal. */
export function corpusDigestC(samples: readonly ExternalSample[]): string {
  const h = createHash("sha256");
  for (const s of samples) h.update(JSON.stringify([s.id, s.locale, s.lang, s.kind, s.template, s.text, s.spans]) + "\n");
  return h.digest("hex");
}
