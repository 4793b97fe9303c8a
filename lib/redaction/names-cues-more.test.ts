import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text";
import { wordsLeft } from "@/lib/testing/redaction";

// 1.8.0: names in chat and support messages that 1.7.0 let through, and the ordinary words
// around them that must stay.
const untouched = (text: string): string => redactText(text).text;

describe("1.8.0: first names of more cultures, alone after 'with', 'for', 'from'", () => {
  it("Yoruba, Igbo, Kazakh, Kyrgyz, Persian, Turkish, Gulf and Hebrew first names", () => {
    expect(wordsLeft("write a thank you note for Bolaji", ["Bolaji"])).toEqual([]);
    expect(wordsLeft("i had a call with Gulnara about the contract", ["Gulnara"])).toEqual([]);
    expect(wordsLeft("what should I get Oyinda for her birthday", ["Oyinda"])).toEqual([]);
    expect(wordsLeft("Lunch with Cholpon tomorrow?", ["Cholpon"])).toEqual([]);
    expect(wordsLeft("Lunch with Soheil tomorrow?", ["Soheil"])).toEqual([]);
    expect(wordsLeft("merci de rappeler Aurélien avant midi", ["Aurélien"])).toEqual([]);
  });

  it("Kazakh names in Cyrillic after 'это' and a sign-off in Russian", () => {
    expect(wordsLeft("это Даулет, посылка не пришла", ["Даулет"])).toEqual([]);
    expect(wordsLeft("С уважением,\nАйгерим Сейткали", ["Айгерим", "Сейткали"])).toEqual([]);
  });
});

describe("1.8.0: cues of chat messages", () => {
  it("Hebrew names after 'עם' (with) and 'זו' (this is)", () => {
    expect(wordsLeft("דיברתי עם יוסי כהן אתמול על ההזמנה", ["יוסי", "כהן"])).toEqual([]);
    expect(wordsLeft("זו רונית לוי, אני מחכה לחבילה", ["רונית", "לוי"])).toEqual([]);
  });

  it("keeps Hebrew nouns after 'עם' and the verb after 'אני'", () => {
    expect(wordsLeft("דיברתי עם הנציג אתמול", ["הנציג"])).toEqual(["הנציג"]);
    expect(wordsLeft("זו רונית לוי, אני מחכה לחבילה", ["מחכה", "לחבילה"])).toEqual(["מחכה", "לחבילה"]);
  });

  it("'Ele Santos ligou': a Portuguese pronoun before a surname is a given name", () => {
    expect(wordsLeft("Ele Santos ligou ontem sobre o pedido", ["Ele", "Santos"])).toEqual([]);
    expect(untouched("Ele disse que vai ligar amanhã")).toBe("Ele disse que vai ligar amanhã");
  });

  it("a surname before 'called'/'wrote' in other languages", () => {
    expect(wordsLeft("Ontem o Pereira ligou duas vezes", ["Pereira"])).toEqual([]);
    expect(wordsLeft("Ayer Quispe llamó dos veces", ["Quispe"])).toEqual([]);
  });

  it("lower-case first names after 'told', family words and introductions", () => {
    expect(wordsLeft("i told kwame the reset link expired", ["kwame"])).toEqual([]);
    expect(wordsLeft("my sister fatou is visiting next week", ["fatou"])).toEqual([]);
    expect(wordsLeft("hola, soy camila, no me llegó el pedido", ["camila"])).toEqual([]);
    expect(untouched("send it to mark on monday")).toBe("send it to mark on monday");
  });
});

describe("1.8.0: titles and possessives", () => {
  it("Polish 'pan' in other cases and Korean 씨/님 with a particle", () => {
    expect(wordsLeft("Rozmawiałem z panem Wiśniewskim wczoraj", ["Wiśniewskim"])).toEqual([]);
    expect(wordsLeft("김민준 씨에게 연락해 주세요", ["김민준"])).toEqual([]);
  });

  it("a given name with a Turkish case ending or a German possessive -s", () => {
    expect(wordsLeft("Aylin'in siparişi gelmedi", ["Aylin"])).toEqual([]);
    expect(wordsLeft("Gib mir bitte Svenjas Nummer", ["Svenjas"])).toEqual([]);
  });
});

describe("1.8.0: roles and teams are no names", () => {
  it("'Dear Customer', a team signing off", () => {
    expect(untouched("Dear Customer, your order shipped")).toBe("Dear Customer, your order shipped");
    expect(wordsLeft("Dear Anna, your order shipped", ["Anna"])).toEqual([]);
  });
});

describe("1.8.0: lists of people after their cue, found from the tokens", () => {
  it("the cue word in capitals, with a feminine plural, or joined by a hyphen", () => {
    expect(wordsLeft("ATTENDEES: Anna Berg, Ole Dahl, Lindqvist and Sara Bo", ["Lindqvist"])).toEqual([]);
    expect(wordsLeft("Teilnehmerinnen: Svenja Kraus, Hülya Demir und Brandstätter", ["Brandstätter"])).toEqual([]);
    expect(wordsLeft("Katılımcılar: Ayşe Demir, Mehmet Kaya, Öztürk", ["Öztürk"])).toEqual([]);
  });
});

describe("1.8.0, part 2: Polish cases, lower-case lists, more first names", () => {
  it("a Polish given name in another case ('do Bartosza', 'Tomaszowi', 'z Adamem', 'Kasi', 'Anny')", () => {
    expect(wordsLeft("napisz do Bartosza, że się spóźnię", ["Bartosza"])).toEqual([]);
    expect(wordsLeft("Przekaż Tomaszowi, że paczka dotarła", ["Tomaszowi"])).toEqual([]);
    expect(wordsLeft("Rozmawiałem wczoraj z Adamem o zwrocie", ["Adamem"])).toEqual([]);
    expect(wordsLeft("Zapytaj Kasi o fakturę", ["Kasi"])).toEqual([]);
    expect(wordsLeft("Dzwoniłam do Anny w sprawie zamówienia", ["Anny"])).toEqual([]);
  });

  it("keeps a Romanian surname after an unknown given name whole ('To: Marinela Marcu')", () => {
    expect(wordsLeft("Subject: Re: contract\nTo: Marinela Marcu\n\nThe report is attached.", ["Marinela", "Marcu"])).toEqual([]);
  });

  it("a list typed in lower case after its cue, when every item is a known name", () => {
    expect(wordsLeft("Attendees: amit, priya, rahul", ["amit", "priya", "rahul"])).toEqual([]);
    expect(untouched("Attendees: backend, frontend and qa")).toBe("Attendees: backend, frontend and qa");
  });

  it("Kenyan and Ethiopian first names", () => {
    expect(wordsLeft("Please call Omondi back before 5", ["Omondi"])).toEqual([]);
    expect(wordsLeft("Lunch with Tesfaye tomorrow?", ["Tesfaye"])).toEqual([]);
    expect(wordsLeft("Lunch with Mulugeta tomorrow?", ["Mulugeta"])).toEqual([]);
  });
});

describe("1.8.0, part 2: mentions in lower case, Urdu introductions", () => {
  it("'@sipho', '@priya': a listed first name mentioned in lower case", () => {
    expect(wordsLeft("@sipho can you check the logs", ["sipho"])).toEqual([]);
    expect(wordsLeft("hey @priya, the build is red", ["priya"])).toEqual([]);
    expect(untouched("email me @ mark later")).toBe("email me @ mark later");
  });

  it("'میرا نام' (my name is) in Urdu", () => {
    expect(wordsLeft("میرا نام عائشہ ہے", ["عائشہ"])).toEqual([]);
  });
});

describe("1.8.0: first names that are ordinary words of the language stay out of the lists", () => {
  it("Turkish 'Barış' (peace), 'Uğur' (luck), 'Gizem' (mystery), Indonesian 'Idul Fitri'", () => {
    expect(untouched("Barış görüşmeleri yeniden başladı.")).toBe("Barış görüşmeleri yeniden başladı.");
    expect(untouched("Uğur getirsin, kargo yolda.")).toBe("Uğur getirsin, kargo yolda.");
    expect(untouched("Gizem dolu bir film izledik")).toBe("Gizem dolu bir film izledik");
    expect(untouched("Selamat Idul Fitri, paket saya belum sampai")).toBe("Selamat Idul Fitri, paket saya belum sampai");
  });
});
