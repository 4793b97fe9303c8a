/**
 * 1.11.0: notAPerson, the verdict on a chain that looks like a name (split out of person.ts,
 * unchanged): teams and roles, places named after people, products, greetings and holidays,
 * verbs that are names, brands before their goods.
 */
import { joinedBySpace, type WordToken } from "./tokens";
import { lexHas } from "./word-info";
import { assistantProduct, firmName, indonesianWordName, numberLabel, productName, ROLE, FACILITY, teamName } from "./person-gates";
import type { ClassAt, TokenClass } from "./person-classify";
import { PLAIN_WORD_NAMES, SIGN_OFFS, STRONG_BEFORE } from "./person-cue-sets";

// notAPerson's verdicts: a name, nobody, or a place named after someone.
export const PERSON_CHAIN = 0;
export const NOT_A_PERSON = 1;
export const FACILITY_CHAIN = 2;

/**
 * 1.9.0: chains that look like names and are none. A team or role ("Dear Customer Service",
 * "cc Operations"), unless a title names a person before it ("Ms. Major"); a place named after
 * someone ("Logan Airport", "Victoria Station"); a word-name after "the" before a noun ("the
 * Grace period", "the Amber alert"); an Indonesian word that is a name elsewhere next to
 * Indonesian words ("Dana belum dikembalikan").
 */
export function notAPerson(text: string, tokens: WordToken[], at: ClassAt, s: number, e: number): number {
  const before = s > 0 ? tokens[s - 1] : undefined;
  // A leading honorific of the chain sits right before s too.
  const titled = before !== undefined && at(s - 1).honorific && before.lower !== "dear";
  if (!titled) {
    let role = true;
    for (let k = s; k <= e && role; k++) {
      const c = at(k);
      role = !c.given && !c.surname && !c.wordName && (lexHas(tokens[k].info, ROLE) || c.common);
    }
    if (role) return NOT_A_PERSON;
  }
  if (e > s && facility(tokens[e], at(e))) return FACILITY_CHAIN;
  // 1.10.0: "T.C. Kimlik No:", a field's name before its number.
  if (numberLabel(tokens, e, text)) return NOT_A_PERSON;
  // 1.10.0: "Singapore Airlines", "Qatar Airways": a firm named after its country.
  if (firmName(tokens, s, e)) return NOT_A_PERSON;
  // "Eid Mubarak", "Feliz Navidad": a greeting and its holiday read as two names.
  if (e === s + 1 && HOLIDAY_GREETINGS.has(tokens[s].lower) && HOLIDAYS.has(tokens[e].lower)) return NOT_A_PERSON;
  const next = e + 1 < tokens.length ? tokens[e + 1] : undefined;
  if (next && joinedBySpace(next.gap) && (next.cap || next.lower === "airport") && facility(next, at(e + 1))) return FACILITY_CHAIN;
  // 1.10.0: "Switching from Jenkins to GitHub Actions", "Can Copilot write tests?", "Docker Hub".
  // A plain word: ordinary and no name, or an ordinary word opening the sentence before the product ("Can", a name too).
  // Never after a person's cue ("Her daughter Alpha").
  if (!titled && !STRONG_BEFORE.before(tokens, s) && productName(tokens, s, e, (k) => at(k).given || at(k).surname || at(k).wordName, (k) => at(k).common && ((!at(k).given && !at(k).surname) || (k === s && k < e && tokens[k].sentenceStart)))) return NOT_A_PERSON;
  if (s !== e || titled) return PERSON_CHAIN;
  // 1.10.0: "Liebe Grüße\nJana", "Gruß, Jana": a sign-off's word is nobody (unless it is a given name).
  if (SIGN_OFFS.isSingleWord(tokens[s].lower) && !at(s).given) return NOT_A_PERSON;
  // 1.10.0: "Does Alexa work with Spotify?", "Send to Chelsea design team".
  if (assistantProduct(tokens, s) || teamName(tokens, s, (k) => lexHas(tokens[k].info, ROLE))) return NOT_A_PERSON;

  // "the Grace period": only a word-name before a noun that makes the phrase a thing; a name
  // before "family", "case" or "team" is still that person's ("The Nguyen case", "The Grace family").
  // 1.11.0: the same opening a sentence ("Grace period ends soon.", "Amber alert issued").
  if (((before && before.lower === "the" && joinedBySpace(tokens[s].gap)) || tokens[s].sentenceStart) && next && !next.cap && joinedBySpace(next.gap) && (at(s).wordName || PLAIN_WORD_NAMES.has(tokens[s].lower)) && THING_AFTER_THE.has(next.lower)) return NOT_A_PERSON;
  // 1.11.0: "Ville : Paris", "Nom : Dupont": a word opening its line before " :" (the French
  // spacing of a form's field) is the field's name.
  if (tokens[s].sentenceStart && (s === 0 || tokens[s].gap.includes("\n")) && text.startsWith(" :", tokens[s].end)) return NOT_A_PERSON;
  // "Grazie Mille!", "Děkuji Vám", "Gracias Dios mío": after a thanks cue, an ordinary word of its
  // language written with a capital is no name.
  if (before && joinedBySpace(tokens[s].gap) && THANKS_CUES.has(before.lower) && THANKS_ORDINARY.has(tokens[s].lower)) return NOT_A_PERSON;
  // "Merry Christmas", "Joyeux Noël", "Eid Mubarak": a holiday after its greeting is no person.
  if (before && joinedBySpace(tokens[s].gap) && HOLIDAY_GREETINGS.has(before.lower) && HOLIDAYS.has(tokens[s].lower)) return NOT_A_PERSON;
  // "Chase the invoice", "Mark the ticket as done": a word opening a sentence before an article
  // or a possessive is a verb.
  // Only for words that are also English words or no given name ("Marie-Claire a appelé" stays).
  const c = at(s);
  // A given name needs a verb's meaning too ("Chase", "Mark", "Grant"): "Grace the new nurse called" is Grace.
  if (tokens[s].sentenceStart && next && joinedBySpace(next.gap) && VERB_OBJECT_OPENERS.has(next.lower) && (!c.given || VERB_NAMES.has(tokens[s].lower))) return NOT_A_PERSON;
  // "Mark as resolved", "Sue me", "Jack up the price", "Grant access": such a name opening a
  // sentence before an object pronoun or a particle is the verb (a person's name is followed by
  // what they did: "Mark asked", "Jack called").
  if (tokens[s].sentenceStart && next && joinedBySpace(next.gap) && VERB_PARTICLES.has(next.lower) && (VERB_NAMES.has(tokens[s].lower) || PARTICLE_VERB_NAMES.has(tokens[s].lower))) return NOT_A_PERSON;
  // "Is Chase bank open?", "I love Porsche design": a brand before the thing it sells. Only a
  // word that is also a brand or an ordinary word: a given name that is only a name is a person
  // given or sent the thing ("give Sarah design feedback", "bought Emma shoes").
  if (next && !next.cap && joinedBySpace(next.gap) && PRODUCT_AFTER.has(next.lower) && ((!c.given && !c.surname) || c.common || c.wordName || PLAIN_WORD_NAMES.has(tokens[s].lower) || BRAND_NAMES.has(tokens[s].lower))) return NOT_A_PERSON;
  return indonesianWordName(tokens, s) ? NOT_A_PERSON : PERSON_CHAIN;
}

// Given names that are also brands ("Harmony remote", "Alexa app", "Tiffany store").
const BRAND_NAMES = new Set("harmony alexa tiffany mercedes victoria".split(" "));

// Nouns a brand or a firm is named before; a person's name is not (that takes "'s").
const PRODUCT_AFTER = new Set("bank banking shoes sneakers app apps store stores shop airlines airways cars laptop tv remote headphones design dealership dealer insurance".split(" "));

// Nouns after "the" + a word-name that make the phrase a thing, not a person's ("the Amber alert").
const THING_AFTER_THE = new Set("period periods alert alerts note notes sale sales plan plans card cards value values setting settings option options level levels mode version button tab field file folder scan color colour theme font key rate fee limit window season release update tier package bundle model edition gem plant garden".split(" "));

// Given names that are also verbs opening a request ("Chase the invoice", "Mark the ticket").
// 1.10.0: "ping" ("Ping me at ...", "Ping the on-call").
const VERB_NAMES = new Set("chase mark grant bill pat rob sue will wade skip buck dash cash chuck drew hunt ping".split(" "));
// Names that are verbs only before a pronoun or a particle ("Jack up", "Lance it"), not before
// "the" ("Jack the new guy called" is Jack).
const PARTICLE_VERB_NAMES = new Set(["jack", "lance"]);
const VERB_PARTICLES = new Set("me it us them him her as up out off down access".split(" "));

// Season's greetings and the holidays they name, some of which are also names (Noël, Natale, Mubarak).
const HOLIDAY_GREETINGS = new Set("merry happy feliz felices joyeux joyeuse bonne buon buona buone frohe fröhliche frohes boas boa eid wesołych vrolijk god glædelig hyvää".split(" "));
const HOLIDAYS = new Set("christmas xmas easter navidad pascua noël noel pâques natale pasqua weihnachten ostern natal páscoa mubarak świąt kerstmis jul joulua diwali hanukkah".split(" "));

// Thanks cues of person-cues.ts after which a capitalised word may be an ordinary word.
const THANKS_CUES = new Set("děkuji grazie kiitos dziękuję gracias obrigado obrigada ačiū paldies salamat".split(" "));
// Pronouns and intensifiers of those languages ("Vám", "Mille", "Paljon", "Bardzo", "Mesmo").
const THANKS_ORDINARY = new Set(("vám vam ti ty vy vás mille tante molte tanto tutti paljon kovasti sinulle teille kaikille bardzo pani panu wam ci tobie " +
  "totales muchas mil dios señor senor amigo amiga amigos amigas todos todas chicos mesmo muito muita demais você voce senhor senhora labai jums tau už uz " +
  "ļoti loti tev").split(" "));

const VERB_OBJECT_OPENERS = new Set("the a an my your his our their this that these those".split(" "));

/**
 * A facility word that is no surname or given name ("Airport", "Street"; not "Hall", "Park"). Not
 * every street type: "Mills", "Hills", "Ridge", "Ferry" end surnames more often than places.
 */
export function facility(t: WordToken, c: TokenClass): boolean {
  return lexHas(t.info, FACILITY) && !c.surname && !c.given;
}

// Facility words that name no place ("Nobel Prize", "Ford Foundation"): LOCATION only after a place word.
export const NON_PLACE_FACILITY = new Set("prize award awards conference conferences foundation institute".split(" "));
