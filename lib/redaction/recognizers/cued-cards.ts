/**
 * Card numbers written with separators the card scanner does not read (1.8.0): groups apart
 * by two spaces or more, slashes or underscores, or a mix ("4111  1111  1111  1111",
 * "4111/1111/1111/1111"), right after the word for a card. The cue alone makes them a card
 * (as for a number failing Luhn after one); texts without a card word pay nothing (the cue
 * loop of cued-values.ts notes the word).
 */
import { candidate } from "../text-scan";
import type { Candidate } from "../types";
import type { WordToken } from "./tokens";

/** Words for a card (and its networks) a number may follow. */
export const CARD_WORDS = new Set("card cards carte cartes tarjeta tarjetas karte kreditkarte kartennummer carta cartão cartao kaart creditcard kort kortnummer karty karta kartu kártya kartica карта карты карту картка картки visa mastercard amex maestro discover unionpay jcb diners cc".split(" "));

// Up to 24 characters without a digit or a line end between the word and the number.
const NUMBER_AFTER = /^[^\d\n]{0,24}?(\d(?:(?:[ \t\u00a0]{1,3}|[./_-]|[ \t\u00a0][-/_][ \t\u00a0])?\d){12,22})(?!\d)/;
// The separators the card scanner reads: one space, a dot or a dash, the same between all groups.
const PLAIN = /^\d+(?:([ .-])\d+)?(?:\1\d+)*$/;

export function cardsAfterCue(text: string, tokens: readonly WordToken[], at: readonly number[], out: Candidate[]): void {
  for (const i of at) {
    const t = tokens[i];
    if (!CARD_WORDS.has(t.lower)) continue;
    const m = NUMBER_AFTER.exec(text.slice(t.end, t.end + 80));
    if (!m) continue;
    const run = m[1];
    const digits = run.replace(/\D/g, "").length;
    if (digits < 13 || digits > 19 || PLAIN.test(run) || notACard(run)) continue;
    const start = t.end + m[0].length - run.length;
    out.push(candidate("CREDIT_CARD", start, start + run.length, 0.85, "cued-card"));
  }
}

/**
 * Dates and years read as groups ("My visa is valid 2024-01-15 - 2025-01-14", "cc: team 2024 /
 * 2025 / 2026"): a card's groups are no calendar.
 */
function notACard(run: string): boolean {
  if (/(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])/.test(run)) return true;
  const groups = run.split(/\D+/).filter(Boolean);
  return groups.length > 1 && groups.every((g) => /^(?:19|20)\d\d$/.test(g));
}
