/**
 * Deterministic synthetic evaluation set: templates x locales, seeded faker.
 * The dev split uses dev templates with dev locales; the holdout split uses the other
 * templates with other locales, so neither the wording nor the name/place distribution
 * of the holdout set was seen while tuning.
 */
import { allFakers, type Faker } from "@faker-js/faker";
import { SampleBuilder, type LabelledSample, type Split } from "./labelled-sample";
import { TEMPLATES } from "./templates";
import { SEALED_LOCALES, SEALED_TEMPLATES } from "./sealed-templates";

export const DEV_LOCALES = ["en_US", "en_GB", "de", "fr", "es", "ja", "en_CA"] as const;
export const HOLDOUT_LOCALES = ["it", "pt_BR", "nl", "pl", "sv", "tr", "en_IN", "zh_CN", "ko", "ru", "vi", "en_AU", "en_NG", "da", "es_MX", "fr_CA", "en_IE", "en_ZA", "cs_CZ", "fi"] as const;

function fakerFor(locale: string): Faker {
  const f = (allFakers as Record<string, Faker>)[locale];
  if (!f) throw new Error(`unknown faker locale ${locale}`);
  return f;
}

export interface GenerateOptions {
  split: Split;
  count: number;
  seed?: number;
}

/** Generates `count` labelled samples for a split; same options, same samples. */
export function generateSamples({ split, count, seed = 20250101 }: GenerateOptions): LabelledSample[] {
  const templates = split === "sealed" ? SEALED_TEMPLATES : TEMPLATES.filter((t) => t.split === split);
  const locales: readonly string[] = split === "dev" ? DEV_LOCALES : split === "holdout" ? HOLDOUT_LOCALES : SEALED_LOCALES;
  const out: LabelledSample[] = [];
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length];
    const locale = locales[Math.floor(i / templates.length) % locales.length];
    const f = fakerFor(locale);
    f.seed(seed + i * 7919);
    const b = new SampleBuilder();
    try {
      template.build(b, f, locale);
    } catch {
      // Some locales lack a definition (e.g. abbreviated states); fall back to en_US data.
      const g = fakerFor("en_US");
      g.seed(seed + i * 7919);
      b.text = "";
      b.spans = [];
      template.build(b, g, "en_US");
    }
    out.push({ id: `${split}-${i}`, text: b.text, spans: b.spans, template: template.id, locale, split });
  }
  return out;
}
