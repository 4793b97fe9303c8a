/**
 * Corpus D, generated part: a fixed number of samples of each PII-bearing kind of text per
 * locale, plus ordinary prose and code/log text (about a fifth of the whole, to keep precision
 * honest). Deterministic: every sample has its own seed from its locale, kind and index, and
 * faker draws its dates against a fixed reference day (locales.ts).
 */
import { createHash } from "node:crypto";
import { Rng } from "../external/rng";
import type { ExternalSample, TextKind } from "../external/sample";
import { CODE_LOG_PII_FROM, CODE_LOG_TEMPLATES } from "./code-log";
import { corpusDLocales, factsFor, fakerFor } from "./locales";
import type { Pack } from "./pack";
import { EN } from "./packs-en";
import { EL, ID, JA, KO, RU, TR, UK, VI, ZH } from "./packs-east";
import { CS, DA, FI, HR, HU, NB, PL, RO, SV } from "./packs-north";
import { DE, ES, FR, IT, NL, PT } from "./packs-west";
import { PROSE } from "./prose";
import { recordTemplate } from "./records";
import { render, withTypo } from "./render";
import { Values } from "./values";

const PACKS: Record<string, Pack> = { en: EN, de: DE, fr: FR, es: ES, it: IT, pt: PT, nl: NL, pl: PL, sv: SV, da: DA, nb: NB, fi: FI, cs: CS, hr: HR, hu: HU, ro: RO, tr: TR, ru: RU, uk: UK, el: EL, ja: JA, ko: KO, zh: ZH, vi: VI, id: ID };

/** Samples per locale and kind of text (fixed: the seal depends on them). */
export const PER_LOCALE: Partial<Record<TextKind, number>> = { chat: 7, email: 3, address: 3, incident: 2, record: 3 };
export const PROSE_COUNT = 130;
export const CODE_LOG_COUNT = 160;

function seedOf(key: string): number {
  return createHash("sha256").update(key).digest().readUInt32BE(0);
}

const SPACED = (lang: string) => !["ja", "zh", "ko"].includes(lang);

function one(locale: string, kind: TextKind, index: number): ExternalSample {
  const faker = fakerFor(locale, seedOf(`d|${locale}|${kind}|${index}`));
  const facts = factsFor(locale);
  const values = new Values(faker, facts);
  const rng = values.rng;
  // A third of a non-English locale's messages are in English with local values, as people abroad write.
  const lang = facts.lang !== "en" && kind !== "record" && rng.chance(0.3) ? "en" : facts.lang;
  const pack = PACKS[lang];
  let list: string[];
  let source: string;
  let template: string;
  if (kind === "record") {
    template = recordTemplate(PACKS[facts.lang], EN, rng);
    source = `${facts.lang}.record`;
  } else {
    list = kind === "chat" ? pack.chat : kind === "email" ? pack.email : kind === "incident" ? pack.incident : pack.address;
    const k = rng.int(0, list.length - 1);
    template = list[k];
    source = `${lang}.${kind}.${k}`;
    if (kind === "chat") {
      // Openers and sign-offs, sometimes from the other language: mixed-language chat.
      const other = lang === "en" ? PACKS[facts.lang] : EN;
      if (rng.chance(0.35)) template = `${rng.pick(rng.chance(0.2) ? other.hello : pack.hello)} ${template}`;
      if (rng.chance(0.35)) template = `${template}${rng.pick([" ", "\n", ". "])}${rng.pick(rng.chance(0.3) ? other.bye : pack.bye)}`;
      if (SPACED(lang) && rng.chance(0.3)) template = withTypo(template, rng);
      if (rng.chance(0.15)) template = template.replace(/\{(first|full|last)\}/, "{$1:lc}");
    }
  }
  const b = render(template, values, lang);
  return { id: `d.${locale}.${kind}.${index}`, locale, lang, kind, template: source, text: b.text, spans: b.spans };
}

function prose(index: number): ExternalSample {
  const rng = new Rng(fakerFor("en", seedOf(`d|prose|${index}`)));
  const [lang, sentences] = rng.pick(PROSE);
  const n = Math.min(sentences.length, rng.int(1, 3));
  const picked: string[] = [];
  const from = rng.int(0, sentences.length - 1);
  for (let i = 0; i < n; i++) picked.push(sentences[(from + i) % sentences.length]);
  return { id: `d.prose.${index}`, locale: "en", lang, kind: "prose", template: `${lang}.prose`, text: picked.join(rng.pick([" ", "\n\n", " "])), spans: [] };
}

function codeLog(index: number): ExternalSample {
  const faker = fakerFor("en", seedOf(`d|code-log|${index}`));
  const values = new Values(faker, factsFor("en"));
  // About a third carry personal data; the rest are clean.
  const withPii = values.rng.chance(0.35);
  const k = withPii ? values.rng.int(CODE_LOG_PII_FROM, CODE_LOG_TEMPLATES.length - 1) : values.rng.int(0, CODE_LOG_PII_FROM - 1);
  const b = render(CODE_LOG_TEMPLATES[k], values, "en");
  return { id: `d.code-log.${index}`, locale: "en", lang: "en", kind: "code-log", template: `code-log.${k}`, text: b.text, spans: b.spans };
}

/** The generated part of corpus D, always the same. */
export function generateCorpusD(): ExternalSample[] {
  const out: ExternalSample[] = [];
  for (const locale of corpusDLocales()) {
    for (const [kind, n] of Object.entries(PER_LOCALE) as [TextKind, number][]) {
      for (let i = 0; i < n; i++) out.push(one(locale, kind, i));
    }
  }
  for (let i = 0; i < PROSE_COUNT; i++) out.push(prose(i));
  for (let i = 0; i < CODE_LOG_COUNT; i++) out.push(codeLog(i));
  return out;
}

/** sha256 of a list of samples (ids, locales, kinds, text and spans): the seal. */
export function corpusDigest(samples: readonly ExternalSample[]): string {
  const h = createHash("sha256");
  for (const s of samples) h.update(JSON.stringify([s.id, s.locale, s.lang, s.kind, s.template, s.text, s.spans]) + "\n");
  return h.digest("hex");
}
