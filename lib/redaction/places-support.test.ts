import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";

// 1.10.0 LOCATION precision: ordinary support messages in several languages whose capitalised
// or foreign words are also places somewhere (a state, an airline's country, a town no list
// holds), next to the same words used as places. Sentences written for these tests.
const places = (text: string) =>
  redactText(text)
    .entities.filter((e) => e.type === "LOCATION")
    .map((e) => text.slice(e.start, e.end));

describe("words that are places elsewhere, in support messages", () => {
  it("reads a place written without its diacritics as the other language's word", () => {
    // Turkish and Spanish "para" (money; for), not the Brazilian state Pará.
    for (const text of [
      "Para iadesi ne zaman yapılır?",
      "Para iadesi için hangi belgeler gerekiyor?",
      "Para çekme limiti nedir?",
      "Para transferi başarısız oldu",
      "Para yatırma işlemi onaylanmadı",
      "Para cancelar la suscripción, ¿qué hago?",
      "Para que serve a opção de backup?",
      "Is Para a valid word in this game?",
    ]) expect(places(text), text).toEqual([]);
    expect(places("Minha família mora no Pará")).toEqual(["Pará"]);
    expect(places("I live in Para, Brazil")).toEqual(["Para", "Brazil"]);
    expect(places("We met in Fes last spring")).toEqual(["Fes"]);
    expect(places("I was born in Maranhão")).toEqual(["Maranhão"]);
  });

  it("reads a capitalised German noun after in, aus or nach as a noun", () => {
    for (const text of [
      "Ich suche Jordan Schuhe in Größe 44",
      "Haben Sie die Jacke in Blau?",
      "Ist die Bestellung in Bearbeitung?",
      "Die Rechnung ist in Ordnung, danke",
      "Kann ich in Raten zahlen?",
      "Gibt es das Modell auch in Schwarz?",
      "Bitte nach Größe sortieren",
      "Ich gehe jetzt nach Hause",
      "Die Tasche ist aus Leder",
    ]) expect(places(text), text).toEqual([]);
    expect(places("ich wohne in Größenhain")).toEqual(["Größenhain"]);
    expect(places("Wir fahren morgen nach Usedom")).toEqual(["Usedom"]);
    expect(places("Ich habe eine Wohnung in Potsdam gefunden")).toEqual(["Potsdam"]);
  });

  it("reads versions, plans and states changed from one to another as no journey", () => {
    for (const text of [
      "Can I upgrade from Android Oreo to Pie?",
      "I switched from Basic to Premium yesterday",
      "How do I migrate from Starter to Business?",
      "Can I downgrade from Pro to Free?",
      "Change the plan from Monthly to Yearly",
      "Switched from Light to Dark mode",
      "The status went from Open to Closed",
      "Please translate the answer from English to Spanish",
      "From Monday to Friday support is open",
      "Moved the file from Drafts to Archive",
    ]) expect(places(text), text).toEqual([]);
    expect(places("We drove from Lyon to Paris")).toEqual(["Lyon", "Paris"]);
    expect(places("flying from Santander to Madrid")).toEqual(["Santander", "Madrid"]);
    expect(places("from Płock to Słupsk by train")).toEqual(["Płock", "Słupsk"]);
    expect(places("I relocated from West Amalia to West Myrnaberg")).toEqual(["West Amalia", "West Myrnaberg"]);
    expect(places("Ticket from Bristol to Bath please")).toEqual(["Bristol", "Bath"]);
  });

  it("reads a country or city inside a company's name as the company", () => {
    for (const text of [
      "Air France lost my luggage",
      "Air Canada charged me twice for the seat",
      "My Air India ticket was cancelled",
      "Air New Zealand never refunded me",
      "Bank of America froze my card",
      "I have an account with Bank of Ireland",
      "Kenya Airways rebooked me",
      "Deutsche Telekom router keeps rebooting",
      "Royal Bank of Canada declined the transfer",
      "National Bank of Greece app is down",
    ]) expect(places(text), text).toEqual([]);
    expect(places("I live on Baker Street")).toEqual(["Baker Street"]);
    expect(places("I travelled by air to France")).toEqual(["France"]);
    expect(places("Air quality in Delhi is bad")).toEqual(["Delhi"]);
    expect(places("Our office in France is closed")).toEqual(["France"]);
  });

  it("reads an app's screen, a state or an ordinary noun after a weak cue as no town", () => {
    for (const text of [
      "The toggle is in Preferences",
      "Click on Reports in Dashboard",
      "Rate limit hit in Production",
      "I found a bug in Settings",
      "La factura está en Pendiente",
      "El pedido está en Camino",
      "Mi pedido está en Preparación",
      "La commande est en Attente",
      "Le colis est en Transit",
      "Het pakket is in Behandeling",
      "It works in Chrome but not in Safari",
      "Open the file in Excel",
    ]) expect(places(text), text).toEqual([]);
    expect(places("Estoy en Lima esta semana")).toEqual(["Lima"]);
    expect(places("He is in Kumasi until Friday")).toEqual(["Kumasi"]);
    expect(places("Het pakket ligt in Utrecht")).toEqual(["Utrecht"]);
    expect(places("The package is in Memphis")).toEqual(["Memphis"]);
    expect(places("Her daughter is waiting in Sion.")).toEqual(["Sion"]);
  });

  it("reads a product or order number after its CJK label as no postcode and town", () => {
    for (const text of ["产品编号 4471229", "商品编号 4471229 已经缺货了", "会員番号 4471229 でログインできません", "상품번호 4471229 재고가 있나요?", "订单号 88231 还没发货", "验证码 482913 无效"]) {
      expect(places(text), text).toEqual([]);
    }
    expect(places("北京市朝阳区 100020")).not.toEqual([]);
  });

  it("reads a street-type word joined to digits by a dash as an id's prefix", () => {
    for (const text of ["Patient ID PT-88213", "Patient ID PT-88213 was discharged", "Order No. ST-99812 was shipped", "Case ID CS-2231 has no update"]) {
      expect(places(text), text).toEqual([]);
    }
    expect(places("Patient lives at 12 Harbour Pt, Sydney")).toEqual(["12 Harbour Pt, Sydney"]);
  });

  it("keeps ordinary support sentences free of places", () => {
    for (const text of [
      "The Pie chart does not render",
      "Oreo and Pie are old Android versions",
      "Do you ship Jordan sneakers to stores?",
      "My Nokia phone keeps restarting",
      "Add to Cart does nothing",
      "Moved to Trash by mistake",
      "Where is the Help Center?",
      "Save it to Google Drive please",
      "The Amazon order never arrived",
      "I use Ubuntu every day",
      "Set the time zone to Europe/Berlin",
      "The chatbot answered in English although I asked in French",
      "Export the report in JSON please",
      "The layout breaks in Firefox",
      "I paid with Visa",
      "Please escalate to Tier Two",
      "Is Nokia support open today?",
      "Air Jordan 4 restock when?",
      "The Washington Post paywall blocks me",
      "Update from Version 2 to Version 3 failed",
      "O pedido está em Análise",
      "Zamówienie jest w Realizacji",
      "Siparişim Kargoda görünüyor",
    ]) expect(places(text), text).toEqual([]);
    expect(places("I moved to Jordan last year")).toEqual(["Jordan"]);
    expect(places("my flight to Victoria was delayed")).toEqual(["Victoria"]);
    expect(places("I'm staying in Reading this week")).toEqual(["Reading"]);
    expect(places("The parcel is stuck in Leipzig")).toEqual(["Leipzig"]);
  });
});
