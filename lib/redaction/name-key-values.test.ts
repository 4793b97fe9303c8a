import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";

const persons = (text: string) => redactText(text).entities.filter((e) => e.type === "PERSON").map((e) => text.slice(e.start, e.end));

describe("a bare name key names things as well as people", () => {
  it("keeps plans, meetings and products written with lower-case words", () => {
    expect(persons("- id: 1042\n  name: Starter plan\n  price: 0")).toEqual([]);
    expect(persons('[{"name": "Design review", "room": "B2"}]')).toEqual([]);
    expect(persons("name: Weekly team meeting\ndate: 2024-05-01")).toEqual([]);
    expect(persons("name=Quarterly review owner=platform")).toEqual([]);
  });
  it("still finds people, with particles, lower-case surnames and logfmt neighbours", () => {
    expect(persons('{"name": "María de la Cruz", "email": "m@x.org"}')).toEqual(["María de la Cruz"]);
    expect(persons("name: Ludwig van Beethoven")).toEqual(["Ludwig van Beethoven"]);
    expect(persons("Name: John smith")).toEqual(["John smith"]);
    expect(persons("name=Ana Ruiz city=Lyon")).toEqual(["Ana Ruiz"]);
    expect(persons('{"name": "Ana Souza"}')).toEqual(["Ana Souza"]);
    // A listed first name, then lower-case parts a name list does not hold.
    expect(persons('{"name":"Bernadette Le gall","plan":"pro"}')).toEqual(["Bernadette Le gall"]);
    expect(persons('{"name":"Gautier Le gall","plan":"pro"}')).toEqual(["Gautier Le gall"]);
    expect(persons("Name: Jeanne d’Arc Dupuy\nDate of birth: 24.11.2006")).toEqual(["Jeanne d’Arc Dupuy"]);
  });
  it("keeps a one-word value a name: it cannot be told from a thing", () => {
    expect(persons('{"name": "Rose"}')).toEqual(["Rose"]);
    expect(persons('{"name": "Okonkwo"}')).toEqual(["Okonkwo"]);
  });
});
