/**
 * 1.10.0: cities and regions whose name carries diacritics in our lists ("Pará", "Fès",
 * "Maranhão") but which the lexicon also holds without them, from compromise's English-only
 * spelling. Written without its marks, such a word is as often another language's ordinary
 * word (Turkish and Spanish "para": money, for) as the place, so it counts as an ordinary
 * word there: a place only after a cue ("in Para"). Names our own lists spell in plain letters
 * too ("Parana", "Bogota") stay places.
 */
import { foldWord } from "./gazetteer";
import { CITIES, REGIONS, WORLD_CITIES, WORLD_REGIONS } from "./place-lists";

let unmarked: Set<string> | null = null;

function build(): Set<string> {
  const plain = new Set<string>();
  const folds = new Set<string>();
  for (const list of [CITIES, REGIONS, WORLD_CITIES, WORLD_REGIONS]) {
    for (const entry of list.split("|")) {
      const name = entry.trim().toLowerCase();
      if (!name || name.includes(" ")) continue;
      const folded = foldWord(name);
      if (folded === name) plain.add(name);
      else folds.add(folded);
    }
  }
  for (const name of plain) folds.delete(name);
  return folds;
}

/** Whether `lower` (a single word) is a listed place's name written without its diacritics. */
export function unmarkedPlaceWord(lower: string): boolean {
  return (unmarked ??= build()).has(lower);
}
