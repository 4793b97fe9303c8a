/**
 * Corpus C's hand-written sentences: things people type to an assistant or a support desk, in
 * many languages, written for this corpus. Markup `[TYPE|value]` labels a value (P person,
 * L location, D date of a person's event, E e-mail, T phone, C card, I IBAN, S secret, ID an
 * identifier after a cue, IP, U URL, SSN); everything else is unlabelled text. Inflected names
 * are labelled as the whole word, honorifics stay outside the span.
 */
import type { ExternalSample, ExternalType, TextKind } from "../external/sample";
import { HAND_MORE } from "./hand-written-more";

const TYPES: Readonly<Record<string, ExternalType>> = {
  P: "PERSON", L: "LOCATION", D: "DATE_TIME", E: "EMAIL_ADDRESS", T: "PHONE_NUMBER", C: "CREDIT_CARD", I: "IBAN_CODE",
  S: "SECRET", ID: "ID", IP: "IP_ADDRESS", U: "URL", SSN: "US_SSN",
};

/** [language, kind of text, sentence with markup]. */
export type HandLine = readonly [string, TextKind, string];

const HAND: readonly HandLine[] = [
  ["en", "chat", "my sister [P|Meera] is flying in on [D|14 March] for her surgery, can you help me plan the week"],
  ["en", "chat", "I'm [P|Tomás Ferreira-Lunde], I changed my number to [T|+47 912 34 567] last week"],
  ["en", "chat", "can you check [P|okonkwo]'s account? he says the password [S|Lagos!2023] doesn't work anymore"],
  ["en", "chat", "the doctor, Dr. [P|Haddad], said the results come back on [D|Thursday 9 April]"],
  ["en", "chat", "log in with username [ID|jmcbride] and password [S|tr0ub4dor&3] and tell me what you see"],
  ["en", "chat", "her passport number is [ID|K8832917], expires next year"],
  ["en", "chat", "the wifi password is [S|BlueHouse_77] if you need it for the install"],
  ["en", "incident", "Caller gave account no. [ID|0047 2291 88] and date of birth [D|02/11/1979], verified OK"],
  ["en", "chat", "send the contract to [P|Aoife Ní Bhriain], [L|14 Harbour View], [L|Dún Laoghaire], [L|A96 K2X7]"],
  ["en", "chat", "What is the capital of Australia and why isn't it Sydney?"],
  ["en", "chat", "summarise the attached meeting notes in five bullet points"],
  ["en", "chat", "pls charge card [C|4111 1111 1111 1111] again, the first attempt timed out"],
  ["en", "email", "Hi team, [P|Priya]'s last day is [D|30 June]; her replacement [P|Samuel Oduya] starts Monday."],
  ["en", "chat", "my SSN [SSN|078-05-1120] shows up on the wrong tax form"],
  ["en", "chat", "API key is [S|sk-proj-8fK2mQ9xLr4TzW1vN6yB] - is it leaked if I pasted it in slack?"],
  ["en", "chat", "How do I convert Celsius to Fahrenheit in a spreadsheet?"],
  ["en", "incident", "Login from [IP|203.0.113.77] using [P|kwame.asante]'s credentials ([ID|kasante] / [S|Accra2019]) flagged as suspicious"],
  ["en", "chat", "my member number is\n[ID|88 310 442]\nand i moved to [L|Flat 3, 22 Elm Grove], [L|Leeds] [L|LS6 2AW] in [D|January]"],
  ["en", "chat", "Write a thank-you note to my neighbour who watered the plants while we were away."],
  ["en", "chat", "patient [P|Ruth Abernethy], NHS number [ID|943 476 5919], appointment [D|12/05/2027]"],
  ["en", "chat", "booking under [P|van der Berg], two adults, arriving [D|Friday the 3rd]"],
  ["de", "chat", "Bitte rufen Sie Frau [P|Größler] unter [T|0176 2245 8190] an, sie ist ab [D|dem 4. Mai] wieder da"],
  ["de", "chat", "mein Kennwort lautet [S|Apfelbaum#12], trotzdem kommt 'Zugang verweigert'"],
  ["de", "chat", "Das ist [P|Jürgens] Wohnung in der [L|Hafenstraße 12], [L|Flensburg], nicht meine"],
  ["de", "chat", "Steuer-ID [ID|57 349 812 066], Geburtsdatum [D|03.09.1968] - ist das so richtig im Formular?"],
  ["de", "chat", "Wie lange muss ein Hefeteig gehen, bevor man ihn backt?"],
  ["de", "email", "Hallo [P|Uwe], anbei die Zugangsdaten fürs Portal: Benutzer [ID|u.brandt], Passwort [S|Sonne2024!]. Gruß [P|Kerstin]"],
  ["de", "chat", "IBAN [I|DE89 3704 0044 0532 0130 00], Inhaberin [P|Sabine Köhler-Yilmaz]"],
  ["de", "chat", "Fasse den folgenden Artikel in drei Sätzen zusammen."],
  ["de", "incident", "Mitarbeiter [P|Dietmar Vogl] (Personalnr. [ID|40318]) hat sein Passwort [S|vogl1965] per Mail verschickt."],
  ["fr", "chat", "je suis [P|Hélène Marchetti], j'habite [L|7 rue des Lilas], [L|69003] [L|Lyon] depuis [D|mars 2021]"],
  ["fr", "chat", "le mot de passe c'est [S|chouquette89], mais ne le dis à personne"],
  ["fr", "chat", "mon fils [P|Théo] a rendez-vous chez l'orthodontiste le [D|12 novembre]"],
  ["fr", "chat", "Quelle est la différence entre un bail et un contrat de location ?"],
  ["fr", "incident", "Client [P|M'Bappé] a donné son numéro fiscal [ID|1 75 08 34 812 123] au téléphone."],
  ["fr", "chat", "virement vers [I|FR14 2004 1010 0505 0001 3M02 606] au nom de [P|Chloé Dubreuil] svp"],
  ["fr", "chat", "Peux-tu reformuler ce paragraphe pour qu'il soit plus clair ?"],
  ["es", "chat", "soy [P|Mariángeles Ruiz], vivo en [L|Calle de Alcalá 48, 3º izq.], [L|28014] [L|Madrid]"],
  ["es", "chat", "la contraseña de la cuenta es [S|Gatito_2020] pero no me deja entrar"],
  ["es", "chat", "mi abuela [P|Consuelo] nació el [D|8 de agosto de 1941]"],
  ["es", "chat", "¿Cuántos gramos de harina lleva un bizcocho normal?"],
  ["es", "chat", "DNI [ID|48291736K], teléfono [T|612 48 93 07], ¿me confirman la cita?"],
  ["es", "email", "Hola [P|Rodrigo]: te paso la cuenta [I|ES91 2100 0418 4502 0005 1332] para el reembolso. Un abrazo, [P|Lucía]"],
  ["it", "chat", "sono [P|Giuseppina Esposito], abito in [L|Via Roma 15], [L|80121] [L|Napoli]"],
  ["it", "chat", "la password del wifi è [S|ciaobella99]"],
  ["it", "chat", "codice fiscale [ID|RSSMRA85T10A562S], nato il [D|10 dicembre 1985]"],
  ["it", "chat", "Mi consigli un libro di storia romana per principianti?"],
  ["it", "chat", "l'appuntamento di [P|Lorenzo] è il [D|3 aprile alle 9]"],
  ["pt", "chat", "meu nome é [P|João Guilherme Sá] e moro na [L|Rua das Flores, 212], [L|Porto]"],
  ["pt", "chat", "a senha é [S|Benfica1904] kkk não conta pra ninguém"],
  ["pt", "chat", "CPF [ID|123.456.789-09], nascimento [D|22/07/1990]"],
  ["pt", "chat", "Qual a melhor forma de guardar pão por vários dias?"],
  ["nl", "chat", "ik ben [P|Sanne de Wit], nieuw adres [L|Prinsengracht 263], [L|1016 GV] [L|Amsterdam]"],
  ["nl", "chat", "wachtwoord is [S|fietsbel42], gebruikersnaam [ID|sdewit]"],
  ["nl", "chat", "Hoe lang moet een ei koken voor een zachte dooier?"],
  ["nl", "chat", "afspraak van mijn vader [P|Kees] op [D|woensdag 17 juni] moet verzet worden"],
  ["pl", "chat", "nazywam się [P|Małgorzata Wiśniewska], mieszkam przy [L|ul. Długiej 5/12], [L|80-827] [L|Gdańsk]"],
  ["pl", "chat", "dzwoniłam do [P|Kowalskiego], ale nie odbiera, numer [T|601 234 567]"],
  ["pl", "chat", "hasło to [S|Kotek2021!], login [ID|mwisniewska]"],
  ["pl", "chat", "Jak długo gotować makaron al dente?"],
  ["pl", "chat", "PESEL [ID|85010212345], urodzona [D|2 stycznia 1985]"],
  ["cs", "chat", "jsem [P|Jiří Dvořák], bydlím v [L|Brně], [L|Masarykova 31]"],
  ["cs", "chat", "heslo je [S|Pejsek123], prosím změňte ho"],
  ["cs", "chat", "Jaký je rozdíl mezi bramborovým a zeleninovým salátem?"],
  ["cs", "chat", "paní [P|Nováková] má termín [D|15. června v 10 hodin]"],
  ["sk", "chat", "volám sa [P|Zuzana Horváthová], bývam na [L|Hlavnej 8], [L|Prešov]"],
  ["sk", "chat", "heslo do e-shopu je [S|Leto2022], meno [ID|zuzah]"],
  ["sv", "chat", "jag heter [P|Åsa Lindqvist] och bor på [L|Storgatan 14], [L|831 30] [L|Östersund]"],
  ["sv", "chat", "lösenordet är [S|Hemligt#88], användarnamn [ID|asalind]"],
  ["sv", "chat", "Hur länge ska man koka potatis?"],
  ["sv", "chat", "[P|Björns] tandläkartid är [D|den 8 oktober]"],
  ["da", "chat", "jeg hedder [P|Søren Østergaard], adressen er [L|Nørregade 7, 2. th.], [L|5000] [L|Odense C]"],
  ["da", "chat", "koden til routeren er [S|hygge2019]"],
  ["da", "chat", "Hvad er forskellen på rugbrød og franskbrød?"],
  ["nb", "chat", "jeg er [P|Ingrid Bjørnstad], bor i [L|Tromsøveien 21], [L|9100] [L|Kvaløysletta]"],
  ["nb", "chat", "passordet mitt er [S|Fjellet2020], brukernavn [ID|ingridb]"],
  ["nb", "chat", "Hvordan lager jeg en enkel fiskesuppe?"],
  ["fi", "chat", "olen [P|Pekka Mäkinen], osoite [L|Hämeenkatu 12 B 7], [L|33100] [L|Tampere]"],
  ["fi", "chat", "[P|Mäkisen] puhelinnumero on [T|040 123 4567]"],
  ["fi", "chat", "salasana on [S|Kissa2023], tunnus [ID|pmakinen]"],
  ["fi", "chat", "Miten keitän riisin niin ettei se pala pohjaan?"],
  ["hu", "chat", "[P|Kovács Zsófia] vagyok, címem [L|1052] [L|Budapest], [L|Váci u. 19.]"],
  ["hu", "chat", "a jelszó [S|Macska!77], felhasználónév [ID|kzsofi]"],
  ["hu", "chat", "[P|Nagyéknál] voltunk tegnap, [P|Péter] születésnapja [D|május 3.]"],
  ["hu", "chat", "Hogyan kell gulyáslevest főzni?"],
  ["ro", "chat", "sunt [P|Ioana Popescu], stau pe [L|Strada Lipscani 22], [L|București]"],
  ["ro", "chat", "parola e [S|Dacia1300], userul [ID|ipopescu]"],
  ["ro", "chat", "Cum fac o ciorbă de perișoare?"],
  ["hr", "chat", "ja sam [P|Ivana Horvat], živim u [L|Ilici 45], [L|10000] [L|Zagreb]"],
  ["hr", "chat", "lozinka je [S|Jadran2018], korisničko ime [ID|ihorvat]"],
  ["hr", "chat", "Koliko dugo se peče kruh u pećnici?"],
  ["sl", "chat", "sem [P|Maja Kranjc], stanujem na [L|Slovenski cesti 9], [L|1000] [L|Ljubljana]"],
  ["sl", "chat", "geslo je [S|Triglav#864]"],
  ["ru", "chat", "меня зовут [P|Анна Сергеевна Кузнецова], живу на [L|ул. Ленина, д. 5, кв. 12], [L|Екатеринбург]"],
  ["ru", "chat", "пароль [S|Solnce2020], логин [ID|akuznetsova]"],
  ["ru", "chat", "позвоните [P|Сергею] по номеру [T|+7 912 345-67-89]"],
  ["ru", "chat", "Как сварить борщ без мяса?"],
  ["uk", "chat", "я [P|Олена Шевченко], живу на [L|вул. Хрещатик, 22], [L|Київ]"],
  ["uk", "chat", "пароль [S|Kvitka_2021], логін [ID|oshevchenko]"],
  ["uk", "chat", "Як приготувати вареники з вишнею?"],
  ["el", "chat", "είμαι η [P|Ελένη Παπαδοπούλου], μένω στην [L|Οδός Ερμού 25], [L|105 63] [L|Αθήνα]"],
  ["el", "chat", "ο κωδικός είναι [S|Thalassa!9]"],
  ["el", "chat", "Πώς φτιάχνω μουσακά;"],
  ["tr", "chat", "ben [P|Ayşe Yılmaz], adresim [L|Atatürk Cad. No: 15 D: 4], [L|Kadıköy]/[L|İstanbul]"],
  ["tr", "chat", "şifrem [S|Kedi1234!], kullanıcı adım [ID|ayseyilmaz]"],
  ["tr", "chat", "Mercimek çorbası nasıl yapılır?"],
  ["tr", "chat", "[P|Mehmet]'in doğum günü [D|12 Ekim]"],
  ["id", "chat", "saya [P|Siti Rahayu], alamat [L|Jl. Merdeka No. 10], [L|Bandung]"],
  ["id", "chat", "password-nya [S|Rahasia2022], username [ID|sitirahayu]"],
  ["id", "chat", "Bagaimana cara membuat nasi goreng yang enak?"],
  ["vi", "chat", "tôi là [P|Nguyễn Văn An], nhà ở [L|12 Lý Thường Kiệt], [L|Hà Nội]"],
  ["vi", "chat", "mật khẩu là [S|Anh2021@], tài khoản [ID|nguyenvanan]"],
  ["vi", "chat", "Làm sao để nấu phở bò?"],
];

/** Parses the markup into text and spans. */
function parse(id: string, lang: string, kind: TextKind, marked: string): ExternalSample {
  let text = "";
  const spans: ExternalSample["spans"] = [];
  let last = 0;
  for (const m of marked.matchAll(/\[(P|L|D|E|T|C|I|S|ID|IP|U|SSN)\|([^\]]+)\]/g)) {
    text += marked.slice(last, m.index);
    spans.push({ type: TYPES[m[1]], start: text.length, end: text.length + m[2].length });
    text += m[2];
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  return { id, locale: lang, lang, kind, template: `hand.${lang}`, text, spans };
}

/** Corpus C's hand-written set, in a fixed order. */
export function handWrittenC(): ExternalSample[] {
  return [...HAND, ...HAND_MORE].map(([lang, kind, marked], i) => parse(`hand|${i}`, lang, kind, marked));
}
