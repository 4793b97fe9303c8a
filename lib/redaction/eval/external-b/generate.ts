/**
 * Corpus B's generated samples. Every locale gets a fixed number of samples of each
 * PII-bearing kind of text and of code/log text; English prose without personal data is
 * added once. Each sample has its own seed (from its locale, kind and index), and faker's
 * reference date is fixed, so the corpus is the same on every run and machine.
 */
import { createHash } from "node:crypto";
import { Rng } from "../external/rng";
import type { ExternalSample, SpanBuilder, TextKind } from "../external/sample";
import { codeLog } from "./code-log";
import { SampleValues } from "./fill";
import { address, chat, email, incident, record, type KindInput } from "./kinds";
import { corpusBLocales, fakerFor, type LocaleInfo } from "./locales";
import type { LangPack } from "./pack";
import { EAST_PACKS } from "./pack-east";
import { EN } from "./pack-en";
import { WEST_PACKS } from "./pack-west";
import { prose } from "./prose";

/** Samples per locale and kind of text (code/log included; prose is counted once, below). */
export const PER_LOCALE_B = { chat: 8, email: 3, address: 4, incident: 4, record: 3, "code-log": 3 } as const satisfies Partial<Record<TextKind, number>>;
export const PROSE_COUNT_B = 110;

const PACKS = new Map<string, LangPack>([EN, ...WEST_PACKS, ...EAST_PACKS].map((p) => [p.lang, p]));

/** The languages with templates of their own (English included). */
export const templateLanguages = (): string[] => [...PACKS.keys()];

// FNV-1a: a stable 32-bit seed from a sample's name.
function seedOf(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function localeSample(info: LocaleInfo, kind: TextKind, i: number): ExternalSample {
  const f = fakerFor(info.locale);
  f.seed(seedOf(`b.${info.locale}.${kind}.${i}`));
  const r = new Rng(f);
  const pack = PACKS.get(info.lang) ?? EN;
  const values = () => new SampleValues(r, f, info, pack.months);
  const k: KindInput = { r, v: values(), pack, en: EN, another: values };
  let b: SpanBuilder;
  switch (kind) {
    case "chat": b = chat(k); break;
    case "email": b = email(k); break;
    case "address": b = address(k, info.country); break;
    case "incident": b = incident(k); break;
    case "record": b = record(k); break;
    default: b = codeLog(r, k.v); k.lang = "en";
  }
  const lang = k.lang ?? pack.lang;
  return { id: `b.${info.locale}.${kind}.${i}`, locale: info.locale, lang, kind, template: `b.${lang}.${kind}`, text: b.text, spans: b.spans };
}

export function generateCorpusB(): ExternalSample[] {
  const out: ExternalSample[] = [];
  for (const info of corpusBLocales()) {
    for (const [kind, n] of Object.entries(PER_LOCALE_B) as [TextKind, number][]) {
      for (let i = 0; i < n; i++) out.push(localeSample(info, kind, i));
    }
  }
  const f = fakerFor("en");
  for (let i = 0; i < PROSE_COUNT_B; i++) {
    f.seed(seedOf(`b.prose.${i}`));
    const b = prose(new Rng(f));
    out.push({ id: `b.en.prose.${i}`, locale: "en", lang: "en", kind: "prose", template: "b.en.prose", text: b.text, spans: b.spans });
  }
  return out;
}

/** sha256 over every field of every sample, in order: the seal. */
export function digestB(samples: readonly ExternalSample[]): string {
  const h = createHash("sha256");
  for (const s of samples) h.update(JSON.stringify([s.id, s.locale, s.lang, s.kind, s.template, s.text, s.spans.map((x) => [x.type, x.start, x.end])]) + "\n");
  return h.digest("hex");
}
