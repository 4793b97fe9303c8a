/**
 * Corpus B's hand-written set: things people type to an assistant or a support desk, in
 * many languages, labelled by hand (inflected and possessive names as whole words,
 * honorifics outside the name, local address styles, dates of a person's event, passwords
 * and identifiers after local cue words, and sentences with nothing personal at all).
 */
import { parseMarkup } from "../labelled-sample";
import type { ExternalSample } from "../external/sample";
import { EAST_SENTENCES } from "./hand-written-east";
import { WEST_SENTENCES } from "./hand-written-west";

export function handWrittenB(): ExternalSample[] {
  const counts = new Map<string, number>();
  return [...WEST_SENTENCES, ...EAST_SENTENCES].map(([lang, kind, marked]) => {
    const n = (counts.get(lang) ?? 0) + 1;
    counts.set(lang, n);
    const { text, spans } = parseMarkup(marked);
    return { id: `b.hw.${lang}.${n}`, locale: lang, lang, kind, template: `b.hw.${lang}`, text, spans };
  });
}
