/**
 * LOCATION from the shape of an address rather than from one country's pattern: the text
 * is cut into parts (lines, and within a line the pieces between wide spaces, commas,
 * bars and semicolons), each part is classified from the world's address vocabulary
 * (lexicon/address-words.ts: street-type words and endings, unit and floor words, house
 * number markers, postcode shapes) and the place lists (countries in many languages,
 * regions, the gazetteer), and a run of neighbouring parts that together look like an
 * address is redacted part by part. So "Lađarska 4  35723 Oroslavje  Srednjoafrička
 * Republika", "пл. Техническая, 513 / кв. 820 / Бийск, Республика Хакасия 590247" and
 * "Impasse Ramon 5 bis / 1115 Bertogneplage / TONGA" are found without a pattern of their
 * own: a street part with a house number, a postcode next to a town, a country line.
 * A block needs a part carrying a number (house number or postcode) and a second kind of
 * evidence, so tables, lists and code stay untouched.
 */
import { getLexicon } from "../lexicon/lexicon";
import { candidate } from "../text-scan";
import type { Candidate } from "../types";
import { candidateLines, lineParts, type Kind, type Part } from "./address-parts";
import { mayHoldAddressAnchor } from "./address-anchor-gate";
import { classify, nameBeforeNumber, sentenceTails } from "./address-classify";
import { hasDigit, PARTICLES, PLAIN_DIGITS, townWord } from "./address-vocabulary";

const ANCHORS: ReadonlySet<Kind> = new Set(["street", "weakStreet", "streetName", "postal", "postcode", "unit"]);

/** Decides a run of neighbouring parts; pushes a candidate per part of an accepted block. */
function judge(group: Part[], out: Candidate[]): void {
  if (group.length === 0) return;
  const has = (k: Kind) => group.some((p) => p.kind === k);
  const digitAnchor = group.some((p) => (p.kind === "street" || p.kind === "weakStreet" || p.kind === "postal" || p.kind === "postcode" || p.kind === "unit") && /\d/.test(p.text));
  if (!digitAnchor) return;
  const distinctivePostcode = group.some((p) => (p.kind === "postal" || p.kind === "postcode") && !PLAIN_DIGITS.test(p.text.split(/[ \u00a0]/)[0]));
  const streetish = has("street") || has("weakStreet") || has("streetName");
  const support = has("country") || has("unit") || has("postcode") || has("postal") || has("region") || group.some((p) => p.kind === "town" && p.known);
  const labelled = group.filter((p) => p.kind !== "town" && p.kind !== "none" && p.kind !== "number").length;
  const ok = has("street") || (has("postal") && (labelled >= 2 || distinctivePostcode || group.some((p) => p.kind === "town"))) || (streetish && support) || (has("postcode") && distinctivePostcode && group.length >= 2);
  if (!ok) return;
  const firstAnchor = group.findIndex((p) => ANCHORS.has(p.kind) || p.kind === "country");
  // The line or part right before the street is the addressee: "Bela Holzner  Erzbergerstr. 76b  ...".
  const head = group[0];
  if (firstAnchor === 1 && head.kind === "town" && !head.known && (group[1].kind === "street" || group[1].kind === "weakStreet" || group[1].kind === "streetName")) {
    const words = head.text.split(/[ \u00a0]+/);
    if (words.length >= 2 && words.length <= 4 && words.every((w) => townWord(w) || PARTICLES.has(w))) out.push(candidate("PERSON", head.start, head.end, 0.7, "block-addressee"));
  }
  group.forEach((p, k) => {
    if (p.kind === "none") return;
    if (p.kind === "town" && k < firstAnchor && !p.known) return;
    if (p.kind === "number" && k === 0) return;
    out.push(candidate("LOCATION", p.start, p.end, p.kind === "street" || p.kind === "postal" ? 0.9 : 0.8, "address-block"));
  });
}

/** Whether a key's colon stands between two parts of a line. */
function keyBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 58) return true;
  return false;
}

/** Joins a lone house number to the street name before it ("Вузька майдан, 1"), and a bare street to its name ("Հայրապետյան  փողոց 2"). */
function mergeNeighbours(parts: Part[], text: string): Part[] {
  const out: Part[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    // 1.10.0: a part opening with its own key ("Name: Tom Price  |  Address: 19 Mill Road") is
    // another field, never the rest of the part before it.
    if (prev && !prev.closes && !p.lineStart && !keyBetween(text, prev.end, p.start)) {
      // 1.6.0: the merged part keeps its text (the block needs a part with a digit: "Речная ул., 816").
      if (p.kind === "number" && (prev.kind === "streetName" || prev.kind === "town")) {
        prev.kind = prev.kind === "streetName" ? "street" : "weakStreet";
        prev.end = p.end;
        prev.text = text.slice(prev.start, prev.end);
        prev.closes = p.closes;
        continue;
      }
      if (p.kind === "street" && p.bare && prev.kind === "town") {
        prev.kind = "street";
        prev.end = p.end;
        prev.text = text.slice(prev.start, prev.end);
        prev.closes = p.closes;
        continue;
      }
    }
    out.push(p);
  }
  return out;
}

export function findAddressBlocks(text: string, out: Candidate[]): void {
  // Most short fields and lower-case machine text cannot hold an anchor: no lines to cut.
  if (!mayHoldAddressAnchor(text)) return;
  const anchored = anchoredParts(text);
  if (anchored) judgeBlocks(anchored, text, out);
}

/** The parts of the lines near a digit, when one of them anchors a block; null otherwise. */
export function anchoredParts(text: string): Part[] | null {
  const lex = getLexicon();
  const lines = candidateLines(text);
  const parts: Part[] = [];
  for (let i = 0; i < lines.length; i++) {
    const [start, end, digit] = lines[i];
    const near = digit || lines[i - 1]?.[2] || lines[i + 1]?.[2] || lines[i - 2]?.[2] || lines[i + 2]?.[2];
    // Whether the line is blank is asked only of a line that could join a block (no slice per line otherwise).
    if (!near || end - start > 400 || text.slice(start, end).trim() === "") {
      // Not part of any block: whatever came before ends here.
      if (parts.length) parts[parts.length - 1].closes = true;
      continue;
    }
    lineParts(text, start, end, parts);
  }
  if (parts.length === 0) return null;
  // Every block needs a part with a number that is an address part (a house number, a
  // postcode, a unit): classify those first, and stop when there is none (most texts).
  let anchored = false;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    if (!hasDigit(p.text)) continue;
    classify(p, lex);
    anchored ||= p.kind === "street" || p.kind === "weakStreet" || p.kind === "postal" || p.kind === "postcode" || p.kind === "unit";
    // A lone house number anchors only after a street's name on its line ("Вузька майдан, 1").
    if (p.kind === "number" && k > 0 && !p.lineStart && !parts[k - 1].closes) anchored ||= nameBeforeNumber(parts[k - 1].text);
  }
  return anchored ? parts : null;
}

function judgeBlocks(all: Part[], text: string, out: Candidate[]): void {
  const lex = getLexicon();
  for (const p of all) if (!hasDigit(p.text)) classify(p, lex);
  sentenceTails(all, lex);
  const parts = mergeNeighbours(all, text);
  let group: Part[] = [];
  for (const p of parts) {
    if (p.kind === "none") {
      judge(group, out);
      group = [];
      continue;
    }
    group.push(p);
    if (p.closes) {
      judge(group, out);
      group = [];
    }
  }
  judge(group, out);
}
