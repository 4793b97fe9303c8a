import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";

describe("products as towns and site numbers as addresses (1.11.0)", () => {
  it("products missing from the list before, and names built as products', are no towns", () => {
    for (const text of [
      "I get a CORS error when calling the Lambda from Amplify.",
      "Logs go from Fluent Bit to Loki and alerts from Alertmanager to Opsgenie.",
      "Our Rails app on Dokku fails when Puma boots with more than 5 threads.",
      "The Zod schema rejects the payload from Typeform's webhook.",
      "We moved the forms from Paperform to Formstack last week.",
      "Sync the issues from Jirahub into Notion.",
    ]) expect(redactText(text).text).toBe(text);
  });
  it("a town or a person is still one", () => {
    expect(redactText("I moved to Phoenix last year with Antonio.").text).toBe("I moved to <LOCATION_1> last year with <PERSON_1>.");
    expect(redactText("Send the contract to Beverly Talbot in Leverkusen.").text).toBe("Send the contract to <PERSON_1> in <LOCATION_1>.");
  });
  it("a branch's number is no postcode", () => {
    expect(redactText("Filiale 84489").text).toBe("Filiale 84489");
    expect(redactText("Umsatz der Zweigstelle 12 und der Succursale 75012").text).toBe("Umsatz der Zweigstelle 12 und der Succursale 75012");
    // A site's word that opens a real address does not reject it.
    expect(redactText("Consegna al Terminal 1, Aeroporto di Malpensa, 21010 Ferno").text).toBe("Consegna al <LOCATION_1>, <LOCATION_2>");
    expect(redactText("Anna wohnt Marktplatz 3, 84489 Burghausen").text).toBe("<PERSON_1> wohnt <LOCATION_1>");
  });
});
