import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";
import { wordsLeft } from "@/lib/testing/redaction";

// 1.8.0 (second round): names in short chat messages that the first round let through, and the
// ordinary words around them that must stay.
const untouched = (text: string): string => redactText(text).text;

describe("lower-case first names after 'to', 'for', 'ok'", () => {
  it("a first name that is no word counts", () => {
    expect(wordsLeft("thanks, sent it to priya", ["priya"])).toEqual([]);
    expect(wordsLeft("i forwarded it to rahul yesterday", ["rahul"])).toEqual([]);
    expect(wordsLeft("made this for fatima", ["fatima"])).toEqual([]);
    expect(wordsLeft("ok priya sounds good", ["priya"])).toEqual([]);
    expect(wordsLeft("waiting for amara to reply", ["amara"])).toEqual([]);
    expect(wordsLeft("talk to kemal later", ["kemal"])).toEqual([]);
  });

  it("words, names that are words, places and languages stay", () => {
    for (const text of ["send it to mark", "send it to bill", "set it to max", "a note for grace", "translate this to hindi", "flights to jordan", "go to china", "convert it to python", "ok google", "ok thanks", "for lunch", "is it ok for now"]) {
      expect(untouched(text)).toBe(text);
    }
  });
});

describe("given names in the cases of Polish, Lithuanian, Finnish and Hungarian", () => {
  it("Polish names whose stem loses its 'e' ('Paweł' → 'Pawła', 'Marek' → 'Markiem')", () => {
    expect(wordsLeft("Rozmawiałem z Pawłem wczoraj", ["Pawłem"])).toEqual([]);
    expect(wordsLeft("Nie mam numeru Pawła", ["Pawła"])).toEqual([]);
    expect(wordsLeft("Rozmawiałam z Markiem o umowie", ["Markiem"])).toEqual([]);
    expect(wordsLeft("Dzwoniłem do Jacka", ["Jacka"])).toEqual([]);
  });

  it("Lithuanian, Finnish and Hungarian case endings", () => {
    expect(wordsLeft("Paskambink Jonui", ["Jonui"])).toEqual([]);
    expect(wordsLeft("Parašiau Gintarei", ["Gintarei"])).toEqual([]);
    expect(wordsLeft("Soita Mikalle huomenna", ["Mikalle"])).toEqual([]);
    expect(wordsLeft("Beszéltem Péterrel tegnap", ["Péterrel"])).toEqual([]);
    expect(wordsLeft("Menj Annához", ["Annához"])).toEqual([]);
  });

  it("ordinary capitalised words with those endings stay", () => {
    for (const text of ["The Vegan menu is fine", "Open the Channel settings", "Check the Admin panel", "Marketing called", "Please check Settings", "Try the Vanilla build", "Run the Login flow"]) {
      expect(untouched(text)).toBe(text);
    }
  });
});
