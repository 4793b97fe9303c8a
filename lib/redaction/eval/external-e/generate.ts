/**
 * Corpus E, generated part: every faker locale through seven kinds of text, a fixed number of
 * samples per kind, drawn from a seed derived from the locale's name so that the corpus is the
 * same on every run (sealed.test.ts checks this with a sha256 of the samples).
 */
import { createHash } from "node:crypto";
import { allFakers, type Faker } from "@faker-js/faker";
import { Rng } from "../external/rng";
import type { ExternalSample, TextKind } from "../external/sample";
import { CODE_LOG } from "./code-log";
import { ibanCountryOf, LOCALES, nativeOf, packFor } from "./locales";
import { RECORDS } from "./records";
import { fillSlots } from "./render";
import { Values } from "./values";

/** Samples per locale and kind. Prose and code-log carry no personal data: 4 of 19, about a fifth. */
export const counts: Readonly<Record<TextKind, number>> = { chat: 4, email: 3, address: 2, incident: 3, record: 3, prose: 2, "code-log": 2 };

const SEED_BASE = 0x0e0e2026;

function seedOf(locale: string): number {
  let h = SEED_BASE;
  for (const ch of locale) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
  return h;
}

function templatesOf(locale: string, kind: TextKind): { lang: string; list: readonly string[] } {
  const pack = packFor(locale);
  if (kind === "record") return { lang: "en", list: RECORDS };
  if (kind === "code-log") return { lang: "en", list: CODE_LOG };
  return { lang: pack.lang, list: pack[kind] };
}

export function generateCorpusE(): ExternalSample[] {
  const out: ExternalSample[] = [];
  for (const locale of LOCALES) {
    const faker = (allFakers as Record<string, Faker>)[locale];
    faker.seed(seedOf(locale));
    const rng = new Rng(faker);
    const pack = packFor(locale);
    for (const kind of Object.keys(counts) as TextKind[]) {
      const { lang, list } = templatesOf(locale, kind);
      for (let i = 0; i < counts[kind]; i++) {
        const index = rng.int(0, list.length - 1);
        // Dates in records follow the locale's language too: people export what they typed.
        const values = new Values(rng, pack.lang, nativeOf(locale), ibanCountryOf(locale));
        const b = fillSlots(list[index], (slot) => values.slot(slot));
        out.push({ id: `e.${locale}.${kind}.${i}`, locale, lang, kind, template: `${lang}.${kind}.${index}`, text: b.text, spans: b.spans });
      }
    }
  }
  return out;
}

/** sha256 over every sample's id, text and spans: the seal sealed.test.ts pins. */
export function corpusDigest(samples: readonly ExternalSample[]): string {
  const h = createHash("sha256");
  for (const s of samples) h.update(JSON.stringify([s.id, s.locale, s.lang, s.kind, s.template, s.text, s.spans]) + "\n");
  return h.digest("hex");
}
