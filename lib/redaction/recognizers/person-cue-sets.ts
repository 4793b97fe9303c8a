/**
 * 1.11.0: the cue sets and word sets PERSON's chain reader, scorer and gates share (split out of
 * person.ts, unchanged): each CueSet is built once, here.
 */
import * as personCues from "../lexicon/person-cues";
import { CueSet } from "./cues";

export const STRONG_BEFORE = new CueSet(personCues.STRONG_PERSON_CUES);
export const WEAK_BEFORE = new CueSet(personCues.WEAK_PERSON_CUES);
export const LOWER_CASE_CUES = new CueSet(personCues.LOWER_CASE_NAME_CUES);
export const SIGN_OFFS = new CueSet(personCues.SIGN_OFF_CUES);
export const LOWER_VERB_CUES = new CueSet(personCues.LOWER_CASE_VERB_CUES);
// 1.6.0: the weak cues that open a list of people or name one ("Attendees:", "loop in", "ask").
export const LIST_CUES = new CueSet(personCues.LIST_PERSON_CUES);
export const AFTER_CUES = new Set(personCues.AFTER_NAME_WORDS);
export const STRONG_AFTER = new Set(personCues.STRONG_AFTER_NAME_WORDS);
export const STRONG_AFTER_LISTED = new Set(personCues.STRONG_AFTER_LISTED_NAME_WORDS);
export const STATEMENT_AFTER_LISTED = new Set(personCues.STATEMENT_AFTER_LISTED_NAME_WORDS);
export const FUNCTION_WORDS = new Set(personCues.FUNCTION_WORDS);
export const PLACE_PREPOSITIONS = new Set(personCues.PLACE_PREPOSITIONS);
// Pronouns, articles and courtesy words of other languages, capitalised at a sentence's start
// or always (German "Sie"): never a name.
export const FOREIGN_FUNCTION = new Set(personCues.FOREIGN_FUNCTION_WORDS);
// 1.8.0: foreign pronouns that are also given names ("Ele Santos", "Ela Kaya") when a surname follows.
export const OPENING_PRONOUN_NAMES = new Set(["ele", "ela"]);
// Weak cues that are mere prepositions ("to Markdown", "with DynamoDB"): half the boost.
export const PREPOSITION_CUES = new Set("from by with to for and or per about mit avec con com met med z s с со με ile".split(" "));

// 1.8.0: "sent it to priya", "made this for fatima", "ok rahul": these words sit before any noun,
// so only a first name that is no word, no place and no word-like name ("to mark") counts after them.
export const PLAIN_NAME_CUES = new Set(["to", "for", "ok", "okay"]);
// First names the lexicon keeps as names that are also English words after "to"/"for" ("to mark", "for grace").
export const PLAIN_WORD_NAMES = new Set("mark grace pat rob bob sue jack penny dot carol don ken jean drew gene chase chuck art sage cole wade gale lane reed glen kit nick wes rich dash ace amber brook ginger olive basil angel jade jasper gus sally norm van bud buck chip jimmy roger carl sterling noble earl baron duke hank gay bonnie tad ty cash grant bill will".split(" "));
