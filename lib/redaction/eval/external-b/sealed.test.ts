import { describe, expect, it } from "vitest";
import { TEXT_KINDS } from "../external/sample";
import { missingTypes, spanProblems } from "../external/sample-checks";
import { PER_LOCALE_B, PROSE_COUNT_B, digestB, generateCorpusB, templateLanguages } from "./generate";
import { handWrittenB } from "./hand-written";
import { corpusBLocales } from "./locales";

/**
 * The seals of corpus B: sha256 of the generated samples and of the hand-written set. The
 * corpus is SEALED (see SEALED.md): a different hash means its samples changed, and figures
 * from before and after that change are not comparable. Record a new seal only on purpose,
 * in a commit of its own that says why (a faker upgrade changes the values too), never to
 * move a figure.
 */
const SEALED_GENERATED_SHA256 = "0bd246f1f476735d1663ec29b67082d103a447a661db42b5b20fd0eaea3b4a86";
const SEALED_HAND_WRITTEN_SHA256 = "1ade9651f5ef9f4d586be47d095b8d5a0927ed4981f3df7ddf0cff291c815c49";

const generated = generateCorpusB();
const hand = handWrittenB();

describe("external corpus B", () => {
  it("is deterministic: a second generation is identical", () => {
    expect(digestB(generateCorpusB())).toBe(digestB(generated));
    expect(digestB(handWrittenB())).toBe(digestB(hand));
  });

  it("has the fixed count of samples per locale and kind of text", () => {
    const locales = corpusBLocales().map((l) => l.locale);
    expect(locales.length).toBeGreaterThanOrEqual(55);
    for (const locale of locales) {
      for (const [kind, n] of Object.entries(PER_LOCALE_B)) {
        expect(generated.filter((s) => s.locale === locale && s.kind === kind).length, `${locale} ${kind}`).toBe(n);
      }
    }
    const perLocale = Object.values(PER_LOCALE_B).reduce((a, b) => a + b, 0);
    expect(generated).toHaveLength(locales.length * perLocale + PROSE_COUNT_B);
    expect(generated.length).toBeGreaterThanOrEqual(1200);
    expect(generated.length).toBeLessThanOrEqual(1800);
    for (const kind of TEXT_KINDS) expect(generated.some((s) => s.kind === kind), kind).toBe(true);
    expect(new Set(generated.map((s) => s.id)).size).toBe(generated.length);
  });

  it("writes templates in twenty languages or more, and the prose carries no personal data", () => {
    expect(templateLanguages().length).toBeGreaterThanOrEqual(20);
    expect(new Set(generated.map((s) => s.lang)).size).toBeGreaterThanOrEqual(20);
    expect(generated.filter((s) => s.kind === "prose").every((s) => s.spans.length === 0)).toBe(true);
    const codeLog = generated.filter((s) => s.kind === "code-log");
    expect(codeLog.filter((s) => s.spans.length === 0).length).toBeGreaterThan(codeLog.length / 2);
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
  });

  it("covers the entity types it is meant to measure", () => {
    expect(missingTypes([...generated, ...hand])).toEqual([]);
  });

  it("matches its seal (a change needs a new seal, recorded on purpose)", () => {
    const why =
      "Corpus B is SEALED (lib/redaction/eval/external-b/SEALED.md) and its content changed: figures from before and after " +
      "are not comparable. If the change is intended and was not made to move a figure, record the new seal in a commit of " +
      "its own that says why; otherwise undo the change.";
    expect(digestB(generated), why).toBe(SEALED_GENERATED_SHA256);
    expect(digestB(hand), why).toBe(SEALED_HAND_WRITTEN_SHA256);
  });
});
