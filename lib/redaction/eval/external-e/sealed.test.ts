/**
 * Corpus E's seal: the corpus is deterministic, has the promised shape, its labels are well
 * formed, and its content is pinned by a sha256, so any change to it (a template, a sentence,
 * a faker upgrade) fails here and has to be a deliberate re-seal. Failures name sample ids and
 * offsets only, never text.
 */
import { describe, expect, it } from "vitest";
import { missingTypes, spanProblems } from "../external/sample-checks";
import { TEXT_KINDS } from "../external/sample";
import { corpusDigest, counts, generateCorpusE } from "./generate";
import { handWrittenE } from "./hand-written";
import { LOCALES } from "./locales";

const GENERATED_SHA256 = "ff9359e7df192831831aa4391de6552bf4c94db288bd263d09fe11feb0536a95";
const HAND_WRITTEN_SHA256 = "edfa3b7016b91697689876378a1eb1f78df6c99a9b65618c876b8aabfddcf35b";

const generated = generateCorpusE();
const hand = handWrittenE();
const NO_PII_KINDS = new Set(["prose", "code-log"]);

describe("corpus E, generated part", () => {
  it("is the same on every run", () => {
    expect(corpusDigest(generateCorpusE())).toBe(corpusDigest(generated));
  });

  it("covers every faker locale with the fixed number of samples per kind", () => {
    expect(LOCALES.length).toBeGreaterThanOrEqual(70);
    const perKind = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(generated.length).toBe(LOCALES.length * perKind);
    const tally = new Map<string, number>();
    for (const s of generated) tally.set(`${s.locale}/${s.kind}`, (tally.get(`${s.locale}/${s.kind}`) ?? 0) + 1);
    for (const locale of LOCALES) for (const kind of TEXT_KINDS) expect(tally.get(`${locale}/${kind}`) ?? 0, `${locale}/${kind}`).toBe(counts[kind]);
    expect(new Set(generated.map((s) => s.id)).size).toBe(generated.length);
  });

  it("writes templates in at least 15 languages", () => {
    expect(new Set(generated.map((s) => s.lang)).size).toBeGreaterThanOrEqual(15);
  });

  it("keeps about a fifth of the samples free of personal data, and labels something in every other one", () => {
    const clean = generated.filter((s) => NO_PII_KINDS.has(s.kind));
    expect(clean.length / generated.length).toBeGreaterThan(0.18);
    expect(clean.length / generated.length).toBeLessThan(0.25);
    expect(clean.filter((s) => s.spans.length > 0).map((s) => s.id)).toEqual([]);
    expect(generated.filter((s) => !NO_PII_KINDS.has(s.kind) && s.spans.length === 0).map((s) => s.id)).toEqual([]);
  });

  it("has tight, in-text, non-overlapping labels of known types, and no slot left unfilled", () => {
    expect(spanProblems(generated)).toEqual([]);
    expect(missingTypes(generated)).toEqual([]);
    expect(generated.filter((s) => /\{[a-z0-9]+\}/.test(s.text)).map((s) => s.id)).toEqual([]);
    // Values may open with "(" (area codes) or end in "." ("s/n."), never with a separator from the template.
    const loose = generated.filter((s) => s.spans.some((sp) => /^[,;:]|[,;:!?]$/.test(s.text.slice(sp.start, sp.end))));
    expect(loose.map((s) => s.id)).toEqual([]);
  });

  it("is sealed", () => {
    expect(corpusDigest(generated)).toBe(GENERATED_SHA256);
  });
});

describe("corpus E, hand-written part", () => {
  it("has 150-200 sentences in 20+ languages, at least 20 with nothing personal", () => {
    expect(hand.length).toBeGreaterThanOrEqual(150);
    expect(hand.length).toBeLessThanOrEqual(200);
    expect(new Set(hand.map((s) => s.lang)).size).toBeGreaterThanOrEqual(20);
    expect(hand.filter((s) => s.spans.length === 0).length).toBeGreaterThanOrEqual(20);
    expect(new Set(hand.map((s) => s.id)).size).toBe(hand.length);
  });

  it("has well-formed labels and no markup left in the text", () => {
    expect(spanProblems(hand)).toEqual([]);
    expect(missingTypes(hand)).toEqual([]);
    expect(hand.filter((s) => /[⟦⟧]/.test(s.text)).map((s) => s.id)).toEqual([]);
  });

  it("is sealed", () => {
    expect(corpusDigest(hand)).toBe(HAND_WRITTEN_SHA256);
  });
});
