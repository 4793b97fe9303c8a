import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";
import { wordsLeft } from "@/lib/testing/redaction";

// 1.10.0: names where no sentence surrounds them (tables, transcripts, signatures) and the
// look-alikes of products, teams and field labels that are nobody.
const persons = (text: string): string[] =>
  redactText(text).entities.filter((e) => e.type === "PERSON").map((e) => text.slice(e.start, e.end));

describe("1.10.0: names in tables", () => {
  it("the cells under a header naming a person's column", () => {
    expect(persons("first_name,last_name,email\nAna,Souza,ana@example.com\nKwame,Mensah,k@example.com")).toEqual(["Ana", "Souza", "Kwame", "Mensah"]);
    expect(persons("nom;prénom;ville\nDupont;Camille;Lyon")).toEqual(["Dupont", "Camille"]);
    expect(persons("First Name,Last Name,Email\nLindiwe,Dube,l@x.com")).toEqual(["Lindiwe", "Dube"]);
    expect(persons("customer_name\tphone\nSiobhán Ní Bhriain\t555-0100")).toEqual(["Siobhán Ní Bhriain"]);
    expect(persons('"Nachname","Vorname"\n"Weißgerber","Lotte"')).toEqual(["Weißgerber", "Lotte"]);
  });

  it("a markdown table's name column, its rule line skipped", () => {
    expect(persons("| Name | Email |\n|---|---|\n| Ximena Quispe | xq@x.com |\n| Lindiwe Dube | ld@x.com |")).toEqual(["Ximena Quispe", "Lindiwe Dube"]);
    expect(persons("| Last name | Email |\n|---|---|\n| Quispe | xq@x.com |\n| Dube | ld@x.com |")).toEqual(["Quispe", "Dube"]);
  });

  it("a bare 'name' column only where a listed name stands in it", () => {
    expect(persons("Name,Email\nAna Souza,ana@x.com\nBlue Widget,b@x.com")).toEqual(["Ana Souza"]);
    expect(persons("id,name,price\n1,Widget,9.99\n2,Gadget Pro,19.99")).toEqual([]);
    expect(persons("file_name,size\nreport.pdf,100\nnotes,20")).toEqual([]);
  });

  it("a label and its value on one line is no header", () => {
    // The value is found as a name all the same; the labels below it are not.
    expect(persons("Full name | Grant Bernier\nDate of birth | 1950/09/02\nPlace of birth | Pietermaritzburg")).toEqual(["Grant Bernier"]);
  });
});

describe("1.10.0: transcripts and signatures", () => {
  it("a speaker typed in lower case, after a timestamp, with a handle's tail", () => {
    expect(persons("[10:02] maria.k: is the order shipped?")).toEqual(["maria.k"]);
    expect(wordsLeft("10:03 priya: any update?\n10:04 agent: checking", ["priya"])).toEqual([]);
    expect(persons("note: the order shipped\nerror: none")).toEqual([]);
    expect(persons("mark: 3 of 5\ngrace: 30 days")).toEqual([]);
  });

  it("a name after a dash opening the last line signs the message", () => {
    expect(persons("Thanks for the help\n— Mateus")).toEqual(["Mateus"]);
    expect(persons("See you soon\n-- Ana Lima")).toEqual(["Ana Lima"]);
    expect(persons("Options:\n- Paris\n- Lisbon")).toEqual([]);
    expect(persons("Steps:\n- Restart\n- Update")).toEqual([]);
  });

  it("a lower-case name alone on its line after a sign-off", () => {
    expect(persons("Best,\nsiobhán")).toEqual(["siobhán"]);
    expect(persons("Best,\nthe team")).toEqual([]);
  });
});

describe("1.10.0: word-names opening a sentence before a verb of speech", () => {
  it("'Bill said ok', 'Max texted me', 'Jade just texted'", () => {
    expect(persons("Bill said ok")).toEqual(["Bill"]);
    expect(persons("Max texted me")).toEqual(["Max"]);
    expect(persons("Will said he would call.")).toEqual(["Will"]);
    expect(persons("Jade just texted")).toEqual(["Jade"]);
  });

  it("the same words as words stay", () => {
    expect(persons("Bill me later please.")).toEqual([]);
    expect(persons("Max out the card")).toEqual([]);
    expect(persons("Will you call me?")).toEqual([]);
    expect(persons("Bill here is wrong")).toEqual([]);
  });
});

describe("1.10.0: look-alikes that are nobody", () => {
  it("a voice assistant next to a word of devices", () => {
    expect(persons("Does Alexa work with Spotify?")).toEqual([]);
    expect(persons("Alexa, play some jazz")).toEqual([]);
    expect(persons("Does it work with Siri?")).toEqual([]);
    expect(persons("Alexa said she would call back")).toEqual(["Alexa"]);
  });

  it("a word before a department and 'team' names the team", () => {
    expect(persons("Send to Chelsea design team.")).toEqual([]);
    expect(persons("Send to Chelsea, she knows.")).toEqual(["Chelsea"]);
    expect(persons("give Chelsea design feedback")).toEqual(["Chelsea"]);
  });

  it("a field's name before 'No' or 'Numarası'", () => {
    expect(persons("T.C. Kimlik No: 12345678901")).toEqual([]);
    expect(persons("T.C. Kimlik No")).toEqual([]);
    expect(persons("Vergi Numarası: 1234567890")).toEqual([]);
    expect(persons("Anna Kaya\nNo worries")).toEqual(["Anna Kaya"]);
  });

  it("a verb opening a Finnish sentence stays out of the name", () => {
    expect(persons("Puhuin Annan kanssa eilen.")).toEqual(["Annan"]);
    expect(persons("Soitin Annalle eilen.")).toEqual(["Annalle"]);
  });
});

describe("1.10.0: lists, IRC speakers and last lines", () => {
  it("a list of surnames alone after a cue, when every item is a listed name", () => {
    expect(persons("Surnames: Okafor, Lindqvist, Kowalski")).toEqual(["Okafor", "Lindqvist", "Kowalski"]);
    expect(persons("Attendees: Okafor, Lindqvist, Kowalski")).toEqual(["Okafor", "Lindqvist", "Kowalski"]);
    expect(persons("Attendees: Backend, Frontend, QA")).toEqual([]);
    expect(persons("The names: Apple, Banana")).toEqual([]);
  });

  it("an IRC-style speaker in angle brackets", () => {
    expect(persons("<maria> hi all\n<tomasz> hey")).toEqual(["maria", "tomasz"]);
    expect(persons("<b> bold text\n<div> block")).toEqual([]);
  });

  it("a listed name alone on the message's last line", () => {
    expect(persons("Obrigado!\nMateus")).toEqual(["Mateus"]);
    expect(persons("Sent from my iPhone\n\nMateus")).toEqual(["Mateus"]);
    expect(persons("Order list:\nWidget\nGadget")).toEqual([]);
  });

  it("a German sign-off before a name's comma is nobody", () => {
    expect(persons("Gruß, Jana")).toEqual(["Jana"]);
    expect(persons("Liebe Grüße\nJana")).toEqual(["Jana"]);
  });
});

describe("1.10.0: lower-case values of a name key", () => {
  it("the whole value after a key naming a person's name", () => {
    expect(persons('"name": "lindiwe dube"')).toEqual(["lindiwe dube"]);
    expect(persons("name: lindiwe dube\nrole: admin")).toEqual(["lindiwe dube"]);
  });

  it("not a thing's name nor a file", () => {
    expect(persons("file name: anna.txt")).toEqual([]);
    expect(persons('product_name: "grace"')).toEqual([]);
    expect(persons("name=rose garden")).toEqual([]);
  });

  it("not in a configuration's or a manifest's block: a service, an image, a package", () => {
    expect(persons("name: grace\nreplicas: 3")).toEqual([]);
    expect(persons('{"name": "hugo", "description": "static site"}')).toEqual([]);
    const manifest = "services:\n  - name: julia\n    image: julia:1.9\n    ports:\n      - 8080";
    expect(redactText(manifest).text).toBe(manifest);
    expect(persons("name,stars\njasmine,15000\nhugo,70000")).toEqual([]);
  });

  it("still a person's beside a person's fields or under a person's object", () => {
    expect(persons("name: grace\nemail: grace@example.org\nversion: 3")).toEqual(["grace"]);
    expect(persons("customer:\n  name: julia\n  plan: pro\n  version: 2")).toEqual(["julia"]);
    expect(persons('{"name": "hugo", "date_of_birth": "1990-01-02", "description": "new"}')).toEqual(["hugo"]);
    expect(persons("name,email,stars\nhugo,h@example.com,3")).toEqual(["hugo"]);
  });
});
