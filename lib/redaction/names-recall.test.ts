import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";

// 1.11.0: kinds of names the independent measurements missed (a surname alone after a cue or in a
// list, possessives, speakers, lower-case chat, caseless scripts without a cue, more greetings
// and headers), and the ordinary text around them that must stay as it is.
const redacted = (text: string): string => redactText(text).text;

describe("1.11.0: a surname alone", () => {
  it("opening a sentence before what a person did or thought", () => {
    expect(redacted("Okafor approved the request.")).toBe("<PERSON_1> approved the request.");
    expect(redacted("Lindqvist thinks we should wait.")).toBe("<PERSON_1> thinks we should wait.");
    expect(redacted("git blame shows Okafor changed it")).toBe("git blame shows <PERSON_1> changed it");
  });

  it("after 'HR' in capitals, Danish 'Hr.' or a colleague's department (not 'HR Department')", () => {
    expect(redacted("From: HR Kowalski\nTo: Anna")).toBe("From: HR <PERSON_1>\nTo: <PERSON_2>");
    expect(redacted("HR Jensen ringer i morgen")).toBe("HR <PERSON_1> ringer i morgen");
    expect(redacted("HR Payroll team")).toBe("HR Payroll team");
  });

  it("with a possessive, also opening a sentence", () => {
    expect(redacted("Kowalski's PR broke the build.")).toBe("<PERSON_1>'s PR broke the build.");
    expect(redacted("Nakamura's report is late.")).toBe("<PERSON_1>'s report is late.");
    expect(redacted("Šimunović's flight was cancelled.")).toBe("<PERSON_1>'s flight was cancelled.");
  });

  it("in a list of surnames, joined by commas, 'and' or Outlook's semicolons", () => {
    expect(redacted("Reviewers: Kowalczyk, Horváth, Petrović")).toBe("Reviewers: <PERSON_1>, <PERSON_2>, <PERSON_3>");
    expect(redacted("Team: Nakamura, Okafor, Lindqvist")).toBe("Team: <PERSON_1>, <PERSON_2>, <PERSON_3>");
    expect(redacted("To: Nakamura; Okafor; Lindqvist")).toBe("To: <PERSON_1>; <PERSON_2>; <PERSON_3>");
  });

  it("a transcript's speaker opening a line, after a timestamp too", () => {
    expect(redacted("Okafor: I'll take it.\nLindqvist: thanks")).toBe("<PERSON_1>: I'll take it.\n<PERSON_2>: thanks");
    expect(redacted("[10:01] Kowalczyk: deploy done")).toBe("[10:01] <PERSON_1>: deploy done");
  });

  it("before more verbs of a colleague's work, after 'waiting on' (not a product: 'waiting on Jenkins')", () => {
    expect(redacted("Novotná sent the contract yesterday.")).toBe("<PERSON_1> sent the contract yesterday.");
    expect(redacted("Still waiting on Grabowski for the numbers.")).toBe("Still waiting on <PERSON_1> for the numbers.");
    expect(redacted("Still waiting on Jenkins for the build.")).toBe("Still waiting on Jenkins for the build.");
    expect(redacted("Ask Jenkins to rebuild.")).toBe("Ask Jenkins to rebuild.");
  });

  it("double-barrelled, one part a listed surname (a town's ending on an unlisted part is a town's)", () => {
    expect(redacted("Ioannis Papadopoulos-Katsaros")).toBe("<PERSON_1>");
    expect(redacted("Karl-Heinz Müller-Lüdenscheidt ist da.")).toBe("<PERSON_1> ist da.");
    expect(redacted("Hello, this is Assunta Wyman from Ryan-Goodwinstad.")).toBe("Hello, this is <PERSON_1> from <LOCATION_1>.");
  });

  it("with a Japanese title glued to it", () => {
    expect(redacted("Nakamura-san will join.")).toBe("<PERSON_1> will join.");
  });

  it("a given name that is also a word closing a list of people", () => {
    expect(redacted("Attendees: Grace, Mark, Will")).toBe("Attendees: <PERSON_1>, <PERSON_2>, <PERSON_3>");
  });
});

describe("1.11.0: lower-case chat, tickets and code", () => {
  it("after 'me and', 'yo', a verb of chat, in a TODO's brackets and as a mention", () => {
    expect(redacted("lol me and kasia went there")).toBe("lol me and <PERSON_1> went there");
    expect(redacted("yo mikko whats up")).toBe("yo <PERSON_1> whats up");
    expect(redacted("i told kowalski already")).toBe("i told <PERSON_1> already");
    expect(redacted("// TODO(kowalski): remove after migration")).toBe("// TODO(<PERSON_1>): remove after migration");
    expect(redacted("@kowalski pls check")).toBe("@<PERSON_1> pls check");
  });

  it("under a key naming a person's role", () => {
    expect(redacted("owner=okafor")).toBe("owner=<PERSON_1>");
    expect(redacted("approved_by=novak")).toBe("approved_by=<PERSON_1>");
    expect(redacted("reviewer=lindqvist")).toBe("reviewer=<PERSON_1>");
  });
});

describe("1.11.0: greetings, thanks and scripts without case", () => {
  it("after a longer sign-off", () => {
    expect(redacted("Thanks so much,\nWiktoria")).toBe("Thanks so much,\n<PERSON_1>");
  });

  it("Central European greetings and thanks", () => {
    expect(redacted("Ahoj Jirko, díky!")).toBe("Ahoj <PERSON_1>, díky!");
    expect(redacted("Díky, Ondřeji!")).toBe("Díky, <PERSON_1>!");
    expect(redacted("Hvala, Dražen!")).toBe("Hvala, <PERSON_1>!");
    expect(redacted("Dobrý den, pane Dvořáku,")).toBe("Dobrý den, pane <PERSON_1>,");
  });

  it("Devanagari, Bengali and Tamil names without a cue", () => {
    expect(redacted("अमित गुप्ता ने ऑर्डर किया")).toBe("<PERSON_1> ने ऑर्डर किया");
    expect(redacted("राहुल ने कहा कि वह कल आएगा")).toBe("<PERSON_1> ने कहा कि वह कल आएगा");
    expect(redacted("রাহুল দাস ফোন করেছিল")).toBe("<PERSON_1> ফোন করেছিল");
    expect(redacted("ராஜேஷ் குமார் அழைத்தார்")).toBe("<PERSON_1> அழைத்தார்");
  });
});

describe("1.11.0: what stays", () => {
  it("products, ordinary words and fields", () => {
    for (const text of [
      "Jenkins approved the deployment automatically.",
      "Jenkins's pipeline failed again.",
      "Kafka's consumer groups rebalance slowly.",
      "Monday's meeting moved.",
      "Grace period ends soon.",
      "Amber alert issued.",
      "From: HR Department",
      "owner=root",
      "owner: devops",
      "assignee=none",
      "me and my team are going",
      "me and the kids",
      "with kafka and flink",
      "Kubernetes, Docker and Terraform are installed.",
      "Attendees: Engineering, Design, Product",
      "Cities: Lorem, Ipsum",
      "Servus Framework",
      "Note: Restart required",
      "Do: run the tests",
      "Reviewers: TBD",
      "कल बारिश होगी",
      "मैं दिल्ली जा रहा हूँ",
    ]) expect(redacted(text)).toBe(text);
  });

  it("a form's field in French spacing is no name ('Ville', a Finnish given name)", () => {
    expect(redacted("Ville : Paris")).toBe("Ville : <LOCATION_1>");
  });

  it("places in a list or an address are no pair of surnames", () => {
    expect(redacted("citizen of Sao Tome and Principe")).not.toContain("PERSON");
    expect(redacted("Nationality | Saint Kitts và Nevis")).not.toContain("PERSON");
    expect(redacted("was seen at 575 Marginal Benício, Silva do Norte")).not.toContain("PERSON");
  });
});
