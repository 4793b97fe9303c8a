/**
 * Values written before their cue (1.6.0): "Summer2024! is the new password", "use
 * Gr8-Pass#x as the password", "X4829105 (passport)", "00482913 is her MRN". English word
 * order; other languages that put the password first are `REVERSE_SECRET_CUES`. The value
 * must look like what the cue names: a password mixes letters with digits or symbols, an
 * identifier holds digits (the caller's checks decide).
 */
import { candidate, digitRunBefore, eachMatch } from "../text-scan";
import type { Candidate, EntityType } from "../types";

const OWNERS = "the|her|his|my|your|their|our|its|a|an|this|that";
const KINDS = "new|temporary|temp|current|old|default|initial|admin|root|wifi|wi-fi|account|login|one-time|master|vpn|email|e-mail|router|door|alarm";
const SECRET_WORDS = "password|passcode|passphrase|pin|pwd|pw|pin code|access code|door code|api key|token|secret key";

// "X is the password", "X was her old password", "X will be the new PIN".
export const VALUE_IS_CUE = new RegExp(`(?<![^\\s"'“(\\[])["'“(\\[]?([^\\s"'“”()\\[\\]]{4,64}?)["'”)\\]]?[ \\t]+(?:is|was|will be|remains|became|becomes)[ \\t]+(?:(?:${OWNERS}|${KINDS})[ \\t]+){0,3}(?:${SECRET_WORDS})(?![\\p{L}\\p{N}])`, "giu");
// "use X as the password", "set X as her PIN", "with X as password".
export const AS_CUE = new RegExp(`\\b(?:use|used|using|set|sets|setting|with|tried|try|enter|entered|typed|chose|chosen|picked)[ \\t]+["'“]?([^\\s"'“”]{4,64}?)["'”]?[ \\t]+as[ \\t]+(?:(?:${OWNERS}|${KINDS})[ \\t]+){0,3}(?:${SECRET_WORDS})(?![\\p{L}\\p{N}])`, "giu");
const HINT = /pass|pin|pwd|pw\b|code|key|token/i;
// Speed: necessary parts of the two patterns above, with their flags (so the same case folding):
// the secret word after a space or tab, and the verb. Each pattern tries every word of a text.
export const SECRET_WORD_TAIL = new RegExp(`[ \\t](?:${SECRET_WORDS})(?![\\p{L}\\p{N}])`, "iu");
export const IS_VERB = /[ \t](?:is|was|will be|remains|became|becomes)[ \t]/iu;
export const AS_WORD = /[ \t]as[ \t]/iu;

/** A password's shape: letters mixed with digits or symbols, or a camel-cased word; or a number after "PIN"/"code". */
function looksSecret(value: string): boolean {
  // "2.4.1 is the default": a version, not a password.
  if (/^v?\d+(?:\.\d+)+$/.test(value)) return false;
  return /[\d\W_]/u.test(value.replace(/[\p{L}\p{M}]/gu, "")) || /\p{Ll}\p{Lu}/u.test(value);
}

export function secretsBeforeCue(text: string, isSecret: (v: string) => boolean, out: Candidate[]): void {
  if (!HINT.test(text) || !SECRET_WORD_TAIL.test(text)) return;
  for (const [re, verb] of [[VALUE_IS_CUE, IS_VERB], [AS_CUE, AS_WORD]] as const) {
    if (!verb.test(text)) continue;
    eachMatch(re, text, (m) => {
      const value = m[1].replace(/[.,;:!?]+$/, "");
      if (!looksSecret(value) || !isSecret(value) || /^(?:https?:|www\.)/i.test(value) || /^\d{1,3}$/.test(value)) return;
      const start = m.index + m[0].indexOf(m[1]);
      out.push(candidate("SECRET", start, start + value.length, 0.85, "cued-secret-before"));
    });
  }
}

// "X4829105 (passport)", "00482913 (MRN)": a cue in brackets right after the value.
export const VALUE_THEN_BRACKET = /(?<![\p{L}\p{N}_./-])([\p{Lu}\d][\p{L}\d/-]{2,30}\d[\p{L}\d]*)[ \t]*\(([\p{L} .'’#-]{2,40})\)/gu;
// "00482913 is her MRN", "X4829105 is his passport number".
export const VALUE_IS_ID = /(?<![\p{L}\p{N}_./-])([\p{Lu}\d][\p{L}\d/-]{2,30}\d[\p{L}\d]*)[ \t]+(?:is|was)[ \t]+(?:(?:the|her|his|my|your|their|our|its|a|an)[ \t]+)?([\p{L} .'’-]{2,40}?)(?=[ \t]*(?:[.,;!?)]|$| (?:and|but|for|of)\b))/gmu;

// What follows the value in each pattern below (its necessary part, for digitRunBefore).
export const BRACKET_AFTER_VALUE = /\(/g;
export const IS_AFTER_VALUE = /[ \t](?:is|was)[ \t]/g;

/** Identifiers before the cue that names them; `idType` maps a cue phrase to its type (or null). */
export function idsBeforeCue(text: string, idType: (phrase: string) => EntityType | null, idOk: (v: string) => boolean, out: Candidate[]): void {
  if (!/\d/.test(text)) return;
  for (const [re, gate] of [[VALUE_THEN_BRACKET, BRACKET_AFTER_VALUE], [VALUE_IS_ID, IS_AFTER_VALUE]] as const) {
    // Speed: both scans try every capital letter and digit; a value ending in a digit run must stand right before the bracket or "is".
    if (!digitRunBefore(text, gate)) continue;
    eachMatch(re, text, (m) => {
      const type = idType(m[2].replace(/['’]s\b/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim());
      if (!type || !idOk(m[1])) return;
      out.push(candidate(type, m.index, m.index + m[1].length, 0.85, "cued-id"));
    });
  }
}
