import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";
import { wordsLeft } from "@/lib/testing/redaction";

// 1.7.0: names in short chat messages.
const untouched = (text: string): string => redactText(text).text;

describe("1.7.0: first names of more regions", () => {
  it("Central Asian, Baltic, Moldovan, Hungarian, Nordic and Indian first names alone", () => {
    expect(wordsLeft("Please call Iurie back before 5.", ["Iurie"])).toEqual([]);
    expect(wordsLeft("Lunch with Viggo tomorrow?", ["Viggo"])).toEqual([]);
    expect(wordsLeft("Is Sherzod still working at the clinic?", ["Sherzod"])).toEqual([]);
    expect(wordsLeft("Write a birthday message for Gunārs.", ["Gunārs"])).toEqual([]);
    expect(wordsLeft("The doctor who treated me was Pirjo.", ["Pirjo"])).toEqual([]);
    expect(wordsLeft("Is Bertalan still working at the clinic?", ["Bertalan"])).toEqual([]);
  });

  it("a name of the wide list written with its diacritics ('Kiné', 'Miklós')", () => {
    expect(wordsLeft("Send it to Kiné please", ["Kiné"])).toEqual([]);
  });
});

describe("1.7.0: chat contexts that name a person", () => {
  it("'X and I', '@X', 'X here,' and 'Contact person: X'", () => {
    expect(wordsLeft("Zoltavia and I will arrive on Monday.", ["Zoltavia"])).toEqual([]);
    expect(wordsLeft("@Kwendolu can you review this?", ["Kwendolu"])).toEqual([]);
    expect(wordsLeft("Abdouzim here, my parcel never came", ["Abdouzim"])).toEqual([]);
    expect(wordsLeft("Contact person: Nizomiddin", ["Nizomiddin"])).toEqual([]);
  });

  it("a lower-case first name after a request verb ('ask ivan', 'cc olga')", () => {
    expect(wordsLeft("ask ivan about the invoice, he knows", ["ivan"])).toEqual([]);
    expect(wordsLeft("pls cc olga on the reply", ["olga"])).toEqual([]);
  });

  it("keeps ordinary words in the same places", () => {
    expect(untouched("Support and I went through the logs.")).toBe("Support and I went through the logs.");
    expect(untouched("@Everyone please review the draft")).toBe("@Everyone please review the draft");
    expect(untouched("ask max about it, call support and tell me")).toBe("ask max about it, call support and tell me");
    expect(untouched("Everyone here, please read the policy.")).toBe("Everyone here, please read the policy.");
  });
});

describe("1.7.0: the words around a name stay", () => {
  it("a sentence's opening word no name list holds before a first name ('Dün', 'Kunden')", () => {
    const tr = "Dün Ahmet Yılmaz ile konuştum, kargonun yolda olduğunu söyledi.";
    expect(wordsLeft(tr, ["Ahmet", "Yılmaz"])).toEqual([]);
    expect(wordsLeft(tr, ["Dün"])).toEqual(["Dün"]);
    const da = "Kunden Lars Nielsen bad om at få pengene tilbage.";
    expect(wordsLeft(da, ["Lars", "Nielsen"])).toEqual([]);
    expect(wordsLeft(da, ["Kunden"])).toEqual(["Kunden"]);
  });

  it("Arabic and Urdu names end before 'regarding', 'yesterday' and postpositions", () => {
    const ar = "اتصل محمد العلي بخصوص الطلب.";
    expect(wordsLeft(ar, ["محمد", "العلي"])).toEqual([]);
    expect(wordsLeft(ar, ["بخصوص", "الطلب"])).toEqual(["بخصوص", "الطلب"]);
    const ar2 = "تحدثت مع أحمد حسن أمس وقال إن الشحنة في الطريق.";
    expect(wordsLeft(ar2, ["أحمد", "حسن"])).toEqual([]);
    expect(wordsLeft(ar2, ["أمس", "وقال"])).toEqual(["أمس", "وقال"]);
    const ur = "میں نے کل احمد علی سے بات کی اور انہوں نے کہا کہ پارسل راستے میں ہے۔";
    expect(wordsLeft(ur, ["احمد", "علی"])).toEqual([]);
    expect(wordsLeft(ur, ["بات"])).toEqual(["بات"]);
  });

  it("Hebrew: a noun with its preposition, thanks and the next clause are no name", () => {
    const he = "שלום, אני דוד כהן מהשירות.";
    expect(wordsLeft(he, ["דוד", "כהן"])).toEqual([]);
    expect(wordsLeft(he, ["מהשירות"])).toEqual(["מהשירות"]);
    const thanks = "תודה רבה, משה פרץ, נחזור אליך בהקדם.";
    expect(wordsLeft(thanks, ["משה", "פרץ"])).toEqual([]);
    expect(wordsLeft(thanks, ["תודה", "רבה", "נחזור", "בהקדם"])).toEqual(["תודה", "רבה", "נחזור", "בהקדם"]);
    expect(untouched("אני לא מצליח להתחבר לחשבון מאז העדכון האחרון.")).toBe("אני לא מצליח להתחבר לחשבון מאז העדכון האחרון.");
    expect(untouched("השירות היה מצוין, תודה רבה על העזרה.")).toBe("השירות היה מצוין, תודה רבה על העזרה.");
  });
});

describe("1.7.0: short forms of first names", () => {
  it("Russian and Polish diminutives ('это Дима', 'tu Kasia')", () => {
    expect(wordsLeft("Привет, это Дима, я прилетаю завтра.", ["Дима"])).toEqual([]);
    expect(wordsLeft("Cześć, tu Kasia, będę jutro.", ["Kasia"])).toEqual([]);
  });

  it("keeps a Portuguese pronoun that is also a short name ('Ela disse')", () => {
    expect(untouched("Ela disse que a encomenda já chegou.")).toBe("Ela disse que a encomenda já chegou.");
  });
});

describe("1.7.0: Korean sentence endings next to a name", () => {
  it("'감사합니다, 이서연 님' keeps the thanks", () => {
    const text = "감사합니다, 이서연 님. 곧 연락드리겠습니다.";
    expect(wordsLeft(text, ["이서연"])).toEqual([]);
    expect(wordsLeft(text, ["감사합니다"])).toEqual(["감사합니다"]);
  });
});

describe("1.7.0: a given name alone after a Chinese or Japanese introduction", () => {
  it("'我叫小明', 'こんにちは、さくらです', 'ゆいと申します'", () => {
    expect(wordsLeft("你好，我叫小明，我下周三去杭州。", ["小明"])).toEqual([]);
    expect(wordsLeft("こんにちは、さくらです。", ["さくら"])).toEqual([]);
    expect(wordsLeft("はじめまして、ゆいと申します。", ["ゆい"])).toEqual([]);
  });

  it("names joined by 和 in a list stay members", () => {
    expect(wordsLeft("参会人员：王伟，李娜和张敏。", ["李娜", "张敏"])).toEqual([]);
  });

  it("keeps the greeting, the next clause and 'that's right'", () => {
    expect(wordsLeft("你好，我叫小明，我下周三去杭州。", ["你好"])).toEqual(["你好"]);
    expect(wordsLeft("こんにちは、さくらです。", ["こんにちは"])).toEqual(["こんにちは"]);
    expect(redactText("こんにちは、そうです。").text).toBe("こんにちは、そうです。");
  });
});
