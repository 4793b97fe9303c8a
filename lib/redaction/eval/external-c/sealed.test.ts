import { describe, expect, it } from "vitest";
import { TEXT_KINDS } from "../external/sample";
import { missingTypes, spanProblems } from "../external/sample-checks";
import { CODE_LOG_COUNT_C, PER_LOCALE_C, PROSE_COUNT_C, corpusDigestC, generateCorpusC } from "./generate";
import { handWrittenC } from "./hand-written";
import { corpusCLocales } from "./locales";

/**
 * Corpus C's seals: sha256 of the generated samples and of the hand-written sentences. The
 * corpus is SEALED (see SEALED.md): a different hash means different samples, and every
 * comparison made with the old ones is void. Record a new seal only deliberately, in a commit
 * of its own that says why (a faker upgrade changes the values too), never to move a figure.
 */
const SEALED_GENERATED_SHA256 = "5eb857f15179ab709b113a2a03f202e411310bba8ae819ab7545b457f6e2221c";
const SEALED_HAND_WRITTEN_SHA256 = "7e0671f71d20a90c1793bc5a7f01572517d7b3baac6fca32a7a90700c3ff4b95";

const generated = generateCorpusC();
const hand = handWrittenC();

describe("external sealed corpus C", () => {
  it("is deterministic: a second generation is identical", () => {
    expect(corpusDigestC(generateCorpusC())).toBe(corpusDigestC(generated));
    expect(corpusDigestC(handWrittenC())).toBe(corpusDigestC(hand));
  });

  it("has its fixed counts per locale and kind of text", () => {
    const locales = corpusCLocales();
    expect(locales).toHaveLength(62);
    const perLocale = Object.values(PER_LOCALE_C).reduce((a, b) => a + b, 0);
    expect(generated).toHaveLength(locales.length * perLocale + PROSE_COUNT_C + CODE_LOG_COUNT_C);
    const counts = new Map<string, number>();
    for (const s of generated) counts.set(`${s.locale} ${s.kind}`, (counts.get(`${s.locale} ${s.kind}`) ?? 0) + 1);
    for (const locale of locales) for (const [kind, n] of Object.entries(PER_LOCALE_C)) expect(counts.get(`${locale} ${kind}`), `${locale} ${kind}`).toBe(n);
    expect(generated.filter((s) => s.kind === "prose")).toHaveLength(PROSE_COUNT_C);
    expect(generated.filter((s) => s.kind === "code-log")).toHaveLength(CODE_LOG_COUNT_C);
    for (const kind of TEXT_KINDS) expect(generated.some((s) => s.kind === kind), kind).toBe(true);
    expect(new Set(generated.map((s) => s.id)).size).toBe(generated.length);
  });

  it("keeps the non-PII kinds a real share: prose has no spans, most code/log text none", () => {
    const nonPii = generated.filter((s) => s.kind === "prose" || s.kind === "code-log").length;
    expect(nonPii / generated.length).toBeGreaterThan(0.18);
    expect(generated.filter((s) => s.kind === "prose").every((s) => s.spans.length === 0)).toBe(true);
    const logsWithPii = generated.filter((s) => s.kind === "code-log" && s.spans.length > 0).length;
    expect(logsWithPii).toBeGreaterThan(0);
    expect(logsWithPii / CODE_LOG_COUNT_C).toBeLessThan(0.35);
  });

  it("has 150-200 hand-written sentences in 20+ languages, some with nothing personal", () => {
    expect(hand.length).toBeGreaterThanOrEqual(150);
    expect(hand.length).toBeLessThanOrEqual(200);
    expect(new Set(hand.map((s) => s.lang)).size).toBeGreaterThanOrEqual(20);
    expect(hand.filter((s) => s.spans.length === 0).length).toBeGreaterThanOrEqual(25);
    expect(new Set(hand.map((s) => s.id)).size).toBe(hand.length);
  });

  it("labels spans inside the text, without overlaps, stray whitespace or unknown types", () => {
    expect(spanProblems(generated)).toEqual([]);
    expect(spanProblems(hand)).toEqual([]);
  });

  it("covers every entity type it means to test", () => {
    expect(missingTypes([...generated, ...hand])).toEqual([]);
  });

  it("matches its seal", () => {
    const why =
      "Corpus C is SEALED (lib/redaction/eval/external-c/SEALED.md) and its content changed: figures from before and after " +
      "are not comparable. If the change is intended and was not made to move a figure, record the new seal in a commit " +
      "of its own that says why; otherwise revert it.";
    expect(corpusDigestC(generated), why).toBe(SEALED_GENERATED_SHA256);
    expect(corpusDigestC(hand), why).toBe(SEALED_HAND_WRITTEN_SHA256);
  });
});
