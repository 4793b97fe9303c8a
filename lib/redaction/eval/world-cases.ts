/**
 * Hand-written multilingual cases (dev split, 1.4.0): sentences as users write them in
 * their own language — introductions, places, addresses, dates of personal events,
 * passwords and identifiers after a cue — plus look-alikes that are not PII. Written from
 * general knowledge of each language; names, streets and numbers are made up or common.
 * Inline markup as in hard-cases.ts.
 */
import { parseMarkup, type LabelledSample } from "./labelled-sample";

const CASES: Array<[lang: string, marked: string]> = [
  // English
  ["en", "Her login is [[ID:mkowalski]] and the password [[SECRET:Summer2024!]] still works."],
  ["en", "I told [[PERSON:Okafor]] and [[PERSON:Lindqvist]] the meeting moved to Thursday."],
  ["en", "Patient MRN [[ID:00482913]], seen by Dr. [[PERSON:Haddad]] on [[DATE_TIME:3 February 2025]]."],
  ["en", "Passport number [[PASSPORT:X4829105]] expires next year."],
  ["en", "The build failed on Tuesday because the cache was full."],
  ["en", "Send it to [[LOCATION:Flat 2, 17 Elm Row, Edinburgh EH7 4AA]]."],
  ["en", "My grandmother [[PERSON:Aino Virtanen]] was born in [[DATE_TIME:1938]] in [[LOCATION:Kuopio]]."],
  ["en", "Routing number [[ABA_ROUTING_NUMBER:021000021]], account [[US_BANK_NUMBER:4839201174]]."],
  ["en", "The wifi password is [[SECRET:correct-horse-42]], don't post it."],
  ["en", "Employee ID [[ID:E20417]] belongs to [[PERSON:Priya Raman]]."],
  // German
  ["de", "Mein Name ist [[PERSON:Jürgen Weißmüller]] und ich wohne in [[LOCATION:Castrop-Rauxel]]."],
  ["de", "Bitte schicken Sie das Paket an [[LOCATION:Birkenweg 12a, 79100 Freiburg im Breisgau]]."],
  ["de", "Mein Passwort lautet [[SECRET:Kaffee&Kuchen9]], bitte nicht weitergeben."],
  ["de", "Geboren am [[DATE_TIME:14. März 1987]] in [[LOCATION:Görlitz]]."],
  ["de", "Die Steuer-ID [[ID:12 345 678 901]] steht auf dem Bescheid."],
  ["de", "Der Server startet jeden Montag um 3 Uhr neu."],
  // French
  ["fr", "Je m'appelle [[PERSON:Élodie Marchand]] et j'habite à [[LOCATION:Saint-Étienne]]."],
  ["fr", "Mon mot de passe est [[SECRET:soleil!2023]] depuis la réinitialisation."],
  ["fr", "Adresse : [[LOCATION:14 bis rue des Lilas, 33000 Bordeaux]]"],
  ["fr", "Elle est née le [[DATE_TIME:2 avril 1979]] à [[LOCATION:Quimper]]."],
  ["fr", "Numéro de sécurité sociale : [[ID:2 79 04 33 063 045 12]]"],
  // Spanish
  ["es", "Me llamo [[PERSON:Guadalupe Ortiz Beltrán]] y vivo en [[LOCATION:Calle del Olmo 23, 3º B, 28012 Madrid]]."],
  ["es", "La contraseña es [[SECRET:Perro_Azul77]]."],
  ["es", "Nací el [[DATE_TIME:12 de octubre de 1990]] en [[LOCATION:Cáceres]]."],
  ["es", "Mi DNI es [[ID:48291034K]] y mi pasaporte [[PASSPORT:PAA482913]]."],
  ["es", "El informe se publica cada martes."],
  // Italian
  ["it", "Mi chiamo [[PERSON:Giuseppe Lombardi]] e abito in [[LOCATION:Via dei Mille 8, 80121 Napoli]]."],
  ["it", "La password del conto è [[SECRET:ciao1234Roma]]."],
  ["it", "Codice fiscale: [[ID:RSSMRA85T10A562S]]"],
  ["it", "È nato il [[DATE_TIME:5 giugno 1964]] a [[LOCATION:Cosenza]]."],
  // Portuguese
  ["pt", "Meu nome é [[PERSON:Thiago Albuquerque]] e moro na [[LOCATION:Rua das Palmeiras, 145, apto 32]], [[LOCATION:Recife]]."],
  ["pt", "A senha do Wi-Fi é [[SECRET:casa@praia2022]]."],
  ["pt", "CPF [[ID:123.456.789-09]], nascido em [[DATE_TIME:18 de julho de 1983]]."],
  // Dutch
  ["nl", "Ik heet [[PERSON:Sanne de Vries]] en woon op [[LOCATION:Prinsengracht 263, 1016 GV Amsterdam]]."],
  ["nl", "Mijn wachtwoord is [[SECRET:tulpen#88]]."],
  ["nl", "Geboren op [[DATE_TIME:9 november 1971]] in [[LOCATION:Deventer]]."],
  // Swedish
  ["sv", "Jag heter [[PERSON:Åsa Bergqvist]] och bor på [[LOCATION:Västra Hamngatan 9, 411 17 Göteborg]]."],
  ["sv", "Lösenordet är [[SECRET:Midsommar!19]]."],
  ["sv", "Personnummer [[ID:850709-9805]] finns i ärendet."],
  // Danish
  ["da", "Jeg hedder [[PERSON:Mette Kjærgaard]] og bor på [[LOCATION:Nørrebrogade 41, 2. th., 2200 København N]]."],
  ["da", "Min adgangskode er [[SECRET:hygge2021]]."],
  // Norwegian
  ["nb", "Jeg heter [[PERSON:Ola Nordmann]] og bor i [[LOCATION:Storgata 14, 9008 Tromsø]]."],
  ["nb", "Passordet mitt er [[SECRET:fjord&fjell5]]."],
  ["nb", "Født [[DATE_TIME:17. mai 1994]] i [[LOCATION:Bodø]]."],
  // Finnish
  ["fi", "Nimeni on [[PERSON:Eetu Häkkinen]] ja asun osoitteessa [[LOCATION:Hämeenkatu 20 B 14, 33200 Tampere]]."],
  ["fi", "Salasana on [[SECRET:kissa123]]."],
  ["fi", "Synnyin [[DATE_TIME:3. joulukuuta 1988]] [[LOCATION:Oulussa]]."],
  // Polish
  ["pl", "Nazywam się [[PERSON:Grzegorz Brzęczyszczykiewicz]] i mieszkam w [[LOCATION:Łodzi]]."],
  ["pl", "Adres: [[LOCATION:ul. Piotrkowska 104/6, 90-926 Łódź]]"],
  ["pl", "Moje hasło to [[SECRET:Zupa!Pomidorowa7]]."],
  ["pl", "PESEL [[ID:85071212345]], urodzony [[DATE_TIME:12 lipca 1985]]."],
  // Czech
  ["cs", "Jmenuji se [[PERSON:Jiří Dvořák]] a bydlím v [[LOCATION:Českých Budějovicích]]."],
  ["cs", "Adresa: [[LOCATION:Na Příkopě 12, 110 00 Praha 1]]"],
  ["cs", "Heslo je [[SECRET:Pivo2024]]."],
  ["cs", "Narodila se [[DATE_TIME:8. března 1976]] v [[LOCATION:Olomouci]]."],
  // Slovak
  ["sk", "Volám sa [[PERSON:Zuzana Kováčová]] a bývam na [[LOCATION:Obchodná 52, 811 06 Bratislava]]."],
  // Hungarian
  ["hu", "[[PERSON:Kovács Ildikó]] vagyok, [[LOCATION:Debrecenben]] lakom."],
  ["hu", "Cím: [[LOCATION:Budapest, Andrássy út 60, 1062]]"],
  ["hu", "A jelszavam [[SECRET:Paprika#12]]."],
  ["hu", "Született: [[DATE_TIME:1969. szeptember 21.]]"],
  // Romanian
  ["ro", "Mă numesc [[PERSON:Andreea Popescu]] și locuiesc pe [[LOCATION:Strada Lipscani 18, București]]."],
  ["ro", "Parola este [[SECRET:Dor2023!]]."],
  // Croatian / Serbian / Slovenian
  ["hr", "Zovem se [[PERSON:Ivana Horvat]] i živim u [[LOCATION:Ilica 45, 10000 Zagreb]]."],
  ["sr", "Zovem se [[PERSON:Marko Petrović]], živim u [[LOCATION:Novom Sadu]]."],
  ["sl", "Ime mi je [[PERSON:Matej Novak]], stanujem na [[LOCATION:Slovenska cesta 9, 1000 Ljubljana]]."],
  // Latvian / Lithuanian / Estonian
  ["lv", "Mani sauc [[PERSON:Jānis Bērziņš]], dzīvoju [[LOCATION:Brīvības iela 76-12, Rīga, LV-1001]]."],
  ["lv", "Parole ir [[SECRET:Saule2020]]."],
  ["lt", "Mano vardas [[PERSON:Rūta Kazlauskienė]], gyvenu [[LOCATION:Gedimino pr. 9, LT-01103 Vilnius]]."],
  ["et", "Minu nimi on [[PERSON:Kadri Tamm]] ja elan [[LOCATION:Tartus]]."],
  // Greek
  ["el", "Με λένε [[PERSON:Γιώργος Παπαδόπουλος]] και μένω στην [[LOCATION:Θεσσαλονίκη]]."],
  ["el", "Διεύθυνση: [[LOCATION:Οδός Ερμού 25, 105 63 Αθήνα]]"],
  ["el", "Ο κωδικός μου είναι [[SECRET:Ελιά2021]]."],
  // Russian / Ukrainian / Bulgarian
  ["ru", "Меня зовут [[PERSON:Наталья Соколова]], я живу в [[LOCATION:Екатеринбурге]]."],
  ["ru", "Адрес: [[LOCATION:ул. Ленина, д. 15, кв. 42, Казань, 420111]]"],
  ["ru", "Мой пароль [[SECRET:Медведь2019]], смените его."],
  ["ru", "Родился [[DATE_TIME:23 февраля 1975 года]] в [[LOCATION:Самаре]]."],
  ["ru", "Паспорт [[PASSPORT:4510 123456]] выдан в [[DATE_TIME:2015]] году."],
  ["uk", "Мене звати [[PERSON:Олександр Шевчук]], живу у [[LOCATION:Львові]]."],
  ["uk", "Адреса: [[LOCATION:вул. Хрещатик, 22, Київ, 01001]]"],
  ["uk", "Пароль: [[SECRET:Калина77]]"],
  ["bg", "Казвам се [[PERSON:Петър Иванов]] и живея в [[LOCATION:Пловдив]]."],
  // Turkish
  ["tr", "Benim adım [[PERSON:Ayşe Yıldız]], [[LOCATION:Atatürk Caddesi No: 45 D: 7, Kadıköy, İstanbul]] adresinde oturuyorum."],
  ["tr", "Şifrem [[SECRET:Kedi1903!]], lütfen değiştir."],
  ["tr", "TC kimlik numaram [[ID:10000000146]]."],
  // Hebrew / Arabic / Persian
  ["he", "שמי [[PERSON:דוד כהן]] ואני גר ב[[LOCATION:חיפה]]."],
  ["he", "הסיסמה שלי היא [[SECRET:Shalom2022]]."],
  ["ar", "اسمي [[PERSON:أحمد الحسيني]] وأسكن في [[LOCATION:الإسكندرية]]."],
  ["ar", "كلمة المرور هي [[SECRET:Qamar#55]]."],
  ["fa", "نام من [[PERSON:مریم احمدی]] است و در [[LOCATION:اصفهان]] زندگی می‌کنم."],
  // Hindi / Vietnamese / Indonesian
  ["hi", "मेरा नाम [[PERSON:राहुल शर्मा]] है और मैं [[LOCATION:जयपुर]] में रहता हूँ।"],
  ["hi", "PAN [[IN_PAN:ABCPS1234K]] और आधार [[IN_AADHAAR:2345 6789 0123]]"],
  ["vi", "Tôi tên là [[PERSON:Nguyễn Thị Hoa]], sống tại [[LOCATION:123 Lê Lợi, Quận 1, TP. Hồ Chí Minh]]."],
  ["vi", "Mật khẩu của tôi là [[SECRET:HoaSen@99]]."],
  ["id", "Nama saya [[PERSON:Budi Santoso]], tinggal di [[LOCATION:Jl. Merdeka No. 10, Bandung 40111]]."],
  ["id", "Kata sandi saya [[SECRET:nasigoreng88]]."],
  // Chinese / Japanese / Korean / Thai
  ["zh", "我叫[[PERSON:王建国]]，住在[[LOCATION:北京市朝阳区建国路88号]]。"],
  ["zh", "我的密码是[[SECRET:Mima2024]]。"],
  ["ja", "私の名前は[[PERSON:田中 花子]]です。住所は[[LOCATION:東京都新宿区西新宿2丁目8番1号]]です。"],
  ["ja", "パスワードは[[SECRET:Sakura!88]]です。"],
  ["ko", "제 이름은 [[PERSON:김민수]]이고 [[LOCATION:서울시 강남구 테헤란로 152]]에 살아요."],
  ["ko", "비밀번호는 [[SECRET:Kimchi2023]]입니다."],
  ["th", "ผมชื่อ[[PERSON:สมชาย ใจดี]] อยู่ที่[[LOCATION:เชียงใหม่]]"],
  // Catalan
  ["ca", "Em dic [[PERSON:Jordi Puig]] i visc al [[LOCATION:Carrer de Mallorca 401, 08013 Barcelona]]."],
];

export function worldCases(): LabelledSample[] {
  return CASES.map(([lang, marked], i) => ({ id: `world-case-${i}`, ...parseMarkup(marked), template: "hand:" + lang, locale: lang, split: "dev" as const }));
}
