import { describe, expect, it } from "vitest";
import { CODE_LOG_COUNT, PER_LOCALE, PROSE_COUNT, corpusDigest, generateExternalCorpus } from "./generate";
import { handWrittenSamples } from "./hand-written";
import { externalLocales } from "./locales";
import { TEXT_KINDS } from "./sample";
import { missingTypes, spanProblems } from "./sample-checks";

/**
 * The seals: sha256 of the generated corpus and of the hand-written sentences. The corpus is
 * SEALED (see SEALED.md): a changed hash means its samples changed, which resets every
 * comparison made with it. Re-seal only deliberately, in a commit of its own that says why
 * (a faker upgrade changes the generated values too), never to make a figure move.
 */
const SEALED_GENERATED_SHA256 = "8d416134fed2d7d0f0e2493fecbedceaf4dc2a41171c2fae788c1e5596fb136a";
const SEALED_HAND_WRITTEN_SHA256 = "7403c430032ae23bba3e75744fdd9dd01b5c51a821f1adcd9999a8b8cfb50da1";

const generated = generateExternalCorpus();
const hand = handWrittenSamples();

describe("external sealed corpus", () => {
  it("is deterministic: two generations are identical", () => {
    expect(corpusDigest(generateExternalCorpus())).toBe(corpusDigest(generated));
    expect(corpusDigest(handWrittenSamples())).toBe(corpusDigest(hand));
  });

  it("has the expected size, every locale and every kind of text", () => {
    const locales = externalLocales();
    // Faker's locales with their own person and place data (about sixty).
    expect(locales.length).toBeGreaterThanOrEqual(55);
    const perLocale = Object.values(PER_LOCALE).reduce((a, b) => a + b, 0);
    expect(generated).toHaveLength(locales.length * perLocale + PROSE_COUNT + CODE_LOG_COUNT);
    expect(generated.length).toBeGreaterThanOrEqual(1500);
    expect(generated.length).toBeLessThanOrEqual(3000);
    for (const locale of locales) {
      for (const [kind, n] of Object.entries(PER_LOCALE)) {
        expect(generated.filter((s) => s.locale === locale && s.kind === kind), `${locale} ${kind}`).toHaveLength(n);
      }
    }
    for (const kind of TEXT_KINDS) expect(generated.some((s) => s.kind === kind), kind).toBe(true);
    expect(new Set(generated.map((s) => s.id)).size).toBe(generated.length);
    expect(generated.filter((s) => s.kind === "prose").every((s) => s.spans.length === 0)).toBe(true);
  });

  it("has 200 hand-written sentences in many languages, some without personal data", () => {
    expect(hand).toHaveLength(200);
    expect(new Set(hand.map((s) => s.lang)).size).toBeGreaterThanOrEqual(20);
    expect(hand.filter((s) => s.spans.length === 0).length).toBeGreaterThanOrEqual(30);
    expect(new Set(hand.map((s) => s.id)).size).toBe(hand.length);
  });

  it("labels every span inside its text, without overlaps or stray whitespace", () => {
    expect(spanProblems(generated)).toEqual([]);
    expect(spanProblems(hand)).toEqual([]);
  });

  it("covers the entity types it is meant to test", () => {
    expect(missingTypes([...generated, ...hand])).toEqual([]);
  });

  it("matches its seal (the corpus is sealed: a change needs a new seal recorded deliberately)", () => {
    const message =
      "The external corpus is SEALED (lib/redaction/eval/external/SEALED.md). Its content changed, so figures measured " +
      "before and after are no longer comparable. If the change is intended (and was not made to move a figure), record " +
      "the new seal deliberately in sealed.test.ts in a commit of its own and say why; otherwise revert the change.";
    expect(corpusDigest(generated), message).toBe(SEALED_GENERATED_SHA256);
    expect(corpusDigest(hand), message).toBe(SEALED_HAND_WRITTEN_SHA256);
  });
});
