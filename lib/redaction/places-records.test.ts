import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";

// 1.10.0 LOCATION recall in record dumps: tables pasted from a spreadsheet or an export and
// form fields keyed in the languages of our users. Records written for these tests.
const places = (text: string) =>
  redactText(text)
    .entities.filter((e) => e.type === "LOCATION")
    .map((e) => text.slice(e.start, e.end));

describe("addresses in tables under their header", () => {
  it("takes every cell under an address column, whatever its words", () => {
    expect(places("name,street,city,postcode\nJan Novak,Nerudova 14,Brno,60200")).toEqual(["Nerudova 14", "Brno", "60200"]);
    expect(places("Name;Straße;PLZ;Ort\nKarl Weber;Lindenweg 12;38440;Kleinmachnow\nEva Roth;Am Anger 3;14532;Stahnsdorf")).toEqual([
      "Lindenweg 12", "38440", "Kleinmachnow", "Am Anger 3", "14532", "Stahnsdorf",
    ]);
    expect(places("nombre\tcalle\tciudad\nLucía Gómez\tJirón Ayacucho 455\tArequipa")).toEqual(["Jirón Ayacucho 455", "Arequipa"]);
  });

  it("reads a quoted cell with commas as one cell", () => {
    expect(places('id,address,city\n17,"Flat 4, 12 Quay Lane",Appledore')).toEqual(["Flat 4, 12 Quay Lane", "Appledore"]);
  });

  it("finds the header after a sentence and in a Markdown table", () => {
    expect(places("Here is the export you asked for:\ncustomer,cidade,cep\nAna Souza,Nova Iguaçu,26210-000")).toEqual(["Nova Iguaçu", "26210-000"]);
    expect(places("| name | city |\n|---|---|\n| Piet | Zwolle |\n| Anouk | Dokkum |")).toEqual(["Zwolle", "Dokkum"]);
  });

  it("leaves tables without an address column, and stops at a blank line", () => {
    expect(places("id,status,plan\n1,Active,Premium\n2,Closed,Basic")).toEqual([]);
    expect(places("id,state,created\n1,active,2024-01-02")).toEqual([]);
    expect(places("region,latency_ms\nus-east-1,42")).toEqual([]);
    expect(places("name,city\nAnna,Boras\n\nlater: 1,2")).toEqual(["Boras"]);
  });
});

describe("a town after a place key and a colon", () => {
  it("takes the town after German, French, Spanish, Portuguese, Italian, Dutch and Polish keys", () => {
    expect(places('{"street": "Rua das Flores 45", "ciudad": "Arequipa", "Ort": "Kleinmachnow"}')).toEqual(["Rua das Flores 45", "Arequipa", "Kleinmachnow"]);
    expect(places("Ort: Bad Münstereifel")).toEqual(["Bad Münstereifel"]);
    expect(places("Wohnort: Kleinostheim")).toEqual(["Kleinostheim"]);
    expect(places("Ville : Saint-Pol-de-Léon")).toContain("Saint-Pol-de-Léon");
    expect(places("Cidade: Nova Iguaçu")).toEqual(["Nova Iguaçu"]);
    expect(places("Woonplaats: Dokkum")).toEqual(["Dokkum"]);
    expect(places("Miasto: Tarnowskie Góry")).toEqual(["Tarnowskie Góry"]);
  });

  it("takes no ordinary word after the same words in a sentence", () => {
    expect(places("Der Ort ist egal, Hauptsache pünktlich")).toEqual([]);
    expect(places("Wir bieten vor Ort Service an")).toEqual([]);
  });
});

describe("form dumps on one line and postcodes after their key", () => {
  it("keeps each field of a barred form line to itself", () => {
    const text = "Name: Tom Price  |  Address: 19 Mill Road  |  Town: Ely  |  Postcode: CB7 4DH";
    expect(places(text)).toEqual(["19 Mill Road", "Ely", "CB7 4DH"]);
    expect(redactText(text).text).toContain("Address: <LOCATION_");
  });

  it("reads dashed postcodes after a postcode key as places, not phone numbers", () => {
    expect(places("CEP: 01310-100")).toEqual(["01310-100"]);
    expect(places("Código postal: 1100-053")).toEqual(["1100-053"]);
    expect(places("Kod pocztowy: 80-831")).toEqual(["80-831"]);
    expect(places("Postleitzahl: 01067")).toEqual(["01067"]);
    expect(places("zip code 94107-1234")).toEqual(["94107-1234"]);
    expect(places("Call me at 555-1234")).toEqual([]);
  });

  it("takes a postcode after 'postcode is' and a town's particle after its postcode", () => {
    expect(places("My postcode is 4051 and I live in Basel")).toEqual(["4051", "Basel"]);
    expect(places("The zip is 94107")).toEqual(["94107"]);
    expect(places("My post is 2000 words long")).toEqual([]);
    expect(places("Recogida en 28801 Alcalá de Henares")).toEqual(["28801 Alcalá de Henares"]);
    expect(places("We sold 2000 de luxe units")).toEqual([]);
  });
});
