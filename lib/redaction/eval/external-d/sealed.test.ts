import { describe, expect, it } from "vitest";
import { missingTypes, spanProblems } from "../external/sample-checks";
import { TEXT_KINDS } from "../external/sample";
import { CODE_LOG_COUNT, PER_LOCALE, PROSE_COUNT, corpusDigest, generateCorpusD } from "./generate";
import { handWrittenD } from "./hand-written";
import { corpusDLocales } from "./locales";

/**
 * The seals of corpus D: sha256 of the generated samples and of the hand-written ones. The
 * corpus is SEALED (SEALED.md): a different hash means different samples, and every comparison
 * made with the old ones is void. Re-seal only on purpose, in a commit of its own that says why
 * (a faker upgrade changes the values too), never to move a figure.
 */
const SEALED_GENERATED_SHA256 = "c3d837d13f65b792f6b28ec21b06c1e95ca1936d5fddc72bee7e6e258ac18d9c";
const SEALED_HAND_WRITTEN_SHA256 = "3df40ddec268fceae3a65a254e902c81dea8894752990ce70f5c0a5f7da7870a";

const generated = generateCorpusD();
const hand = handWrittenD();

describe("external sealed corpus D", () => {
  it("is deterministic: a second generation is identical", () => {
    expect(corpusDigest(generateCorpusD())).toBe(corpusDigest(generated));
    expect(corpusDigest(handWrittenD())).toBe(corpusDigest(hand));
  });

  it("has the fixed count per locale and kind of text, and every kind", () => {
    const locales = corpusDLocales();
    expect(locales.length).toBeGreaterThanOrEqual(55);
    const perLocale = Object.values(PER_LOCALE).reduce((a, b) => a + b, 0);
    expect(generated).toHaveLength(locales.length * perLocale + PROSE_COUNT + CODE_LOG_COUNT);
    for (const locale of locales) {
      for (const [kind, n] of Object.entries(PER_LOCALE)) {
        expect(generated.filter((s) => s.locale === locale && s.kind === kind), `${locale} ${kind}`).toHaveLength(n);
      }
    }
    for (const kind of TEXT_KINDS) expect(generated.some((s) => s.kind === kind), kind).toBe(true);
    expect(new Set(generated.map((s) => s.id)).size).toBe(generated.length);
    // The non-PII kinds are about a fifth, so precision is measured on a real share of text.
    expect((PROSE_COUNT + CODE_LOG_COUNT) / generated.length).toBeGreaterThan(0.18);
    expect(generated.filter((s) => s.kind === "prose").every((s) => s.spans.length === 0)).toBe(true);
  });

  it("has 150-200 hand-written sentences in 20+ languages, some with nothing personal", () => {
    expect(hand.length).toBeGreaterThanOrEqual(150);
    expect(hand.length).toBeLessThanOrEqual(200);
    expect(new Set(hand.map((s) => s.lang)).size).toBeGreaterThanOrEqual(20);
    expect(hand.filter((s) => s.spans.length === 0).length).toBeGreaterThanOrEqual(20);
    expect(new Set(hand.map((s) => s.id)).size).toBe(hand.length);
  });

  it("labels every span inside its text, without overlaps, stray whitespace or unknown types", () => {
    expect(spanProblems(generated)).toEqual([]);
    expect(spanProblems(hand)).toEqual([]);
    expect(missingTypes([...generated, ...hand])).toEqual([]);
  });

  it("matches its seal (a change needs a deliberate re-seal in a commit of its own)", () => {
    const message =
      "Corpus D is SEALED (lib/redaction/eval/external-d/SEALED.md). Its samples changed, so figures from before and " +
      "after are not comparable. Revert the change, or, if it is intended and not made to move a figure, record the new " +
      "seal in a commit of its own that says why.";
    expect(corpusDigest(generated), message).toBe(SEALED_GENERATED_SHA256);
    expect(corpusDigest(hand), message).toBe(SEALED_HAND_WRITTEN_SHA256);
  });
});
