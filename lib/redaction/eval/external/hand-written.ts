/**
 * Hand-written labelled sentences in many languages, written for the external sealed
 * corpus (not taken from any dataset). Markup as in the team's hand-written sets:
 * `[[TYPE:value]]`, with `ID` for identifiers after a cue. Names appear inflected where the
 * language inflects them (the whole inflected word is the name), places in local scripts,
 * and about a quarter of the sentences contain nothing personal at all.
 *
 * SEALED: only aggregate figures from these sentences may be looked at; see SEALED.md.
 */
import { parseMarkup } from "../labelled-sample";
import type { ExternalSample, ExternalSpan, ExternalType, TextKind } from "./sample";

interface Row {
  lang: string;
  kind: TextKind;
  text: string;
}

const ROWS: readonly Row[] = [
  // ---------------------------------------------------------------- English
  { lang: "en", kind: "chat", text: "Can you reword this for me: Mrs [[PERSON:Okonkwo]] from flat 4 says the boiler has been broken since [[DATE_TIME:Tuesday]]." },
  { lang: "en", kind: "chat", text: "my sister [[PERSON:Ingrid]] just moved to [[LOCATION:Tromsø]] and wants to know how to register with a GP" },
  { lang: "en", kind: "chat", text: "Draft a thank-you note to Dr. [[PERSON:Haraldsen]] for the surgery on [[DATE_TIME:12 March]]." },
  { lang: "en", kind: "email", text: "Please courier the signed lease to [[PERSON:Tomasz Wierzbicki]], [[LOCATION:Flat 2B]], [[LOCATION:17 Harcourt Terrace]], [[LOCATION:Dublin 2]], [[LOCATION:D02 FX65]]." },
  { lang: "en", kind: "chat", text: "Is [[PHONE_NUMBER:+44 7700 900461]] a UK mobile? Someone keeps calling me from it." },
  { lang: "en", kind: "incident", text: "The contractor's laptop had a sticky note with the VPN login: [[ID:rkhanna]] / [[SECRET:Monsoon#2019]]." },
  { lang: "en", kind: "incident", text: "Her password is [[SECRET:tulips4ever]] and she wrote it on the whiteboard in room 3." },
  { lang: "en", kind: "record", text: "Patient [[PERSON:Aroha Ngata]], MRN [[ID:0047731]], admitted [[DATE_TIME:02/11/2024]] with a fractured wrist." },
  { lang: "en", kind: "incident", text: "Customer read out card number [[CREDIT_CARD:4929 1830 0472 6618]] while the call was being recorded." },
  { lang: "en", kind: "incident", text: "Payroll sent the wrong payslip: employee ID [[ID:E-20931]], SSN [[US_SSN:219-09-9999]] belongs to someone else." },
  { lang: "en", kind: "chat", text: "ask [[PERSON:Delacroix]] if the invoices went out, he was handling them" },
  { lang: "en", kind: "chat", text: "We met [[PERSON:Siobhán]] and [[PERSON:Pádraig Ó Súilleabháin]] at the conference in [[LOCATION:Galway]]." },
  { lang: "en", kind: "chat", text: "My grandfather was born in [[DATE_TIME:1931]] in a village near [[LOCATION:Łódź]] and emigrated after the war." },
  { lang: "en", kind: "address", text: "[[LOCATION:350 Fifth Avenue]], [[LOCATION:Suite 3300]], [[LOCATION:New York]], [[LOCATION:NY 10118]]" },
  { lang: "en", kind: "prose", text: "The recipe calls for two eggs, 250 grams of flour and a pinch of nutmeg." },
  { lang: "en", kind: "prose", text: "Our team ships a release every second Wednesday, and the changelog goes out the same afternoon." },
  { lang: "en", kind: "prose", text: "Grace and Will are common words in hymns, and May is a month before it is a name." },
  { lang: "en", kind: "code-log", text: "ERROR 2025-04-03T10:11:12Z worker-4 job=thumbnails retry=3 elapsed=1842ms status=503" },

  // ---------------------------------------------------------------- German
  { lang: "de", kind: "chat", text: "Kannst du einen Brief an Frau [[PERSON:Schäfer-Brandt]] aufsetzen? Sie wohnt in der [[LOCATION:Kastanienallee 31]], [[LOCATION:10435]] [[LOCATION:Berlin]]." },
  { lang: "de", kind: "chat", text: "Frag mal [[PERSON:Huber]], der hat den Schlüssel für den Fahrradkeller." },
  { lang: "de", kind: "chat", text: "Mein Sohn [[PERSON:Jonas]] hat am [[DATE_TIME:14. Mai]] um [[DATE_TIME:9:30 Uhr]] einen Termin beim Kieferorthopäden." },
  { lang: "de", kind: "incident", text: "Zugangsdaten im Ticket gefunden: Benutzer [[ID:mkoenig]], Passwort [[SECRET:Sommer2023!]]" },
  { lang: "de", kind: "incident", text: "Die Kundin hat ihre IBAN [[IBAN_CODE:DE89 3704 0044 0532 0130 00]] und die Steuer-ID [[ID:86095742719]] im Chat geschickt." },
  { lang: "de", kind: "address", text: "Familie [[PERSON:Öztürk]]\n[[LOCATION:Am Mühlbach 4a]]\n[[LOCATION:83646]] [[LOCATION:Bad Tölz]]" },
  { lang: "de", kind: "email", text: "Viele Grüße aus [[LOCATION:Görlitz]], Ihr [[PERSON:Matthias Lüdecke]], Tel. [[PHONE_NUMBER:03581 476210]]" },
  { lang: "de", kind: "record", text: "Versichertennummer [[ID:A123456780]], geboren am [[DATE_TIME:03.09.1961]] in [[LOCATION:Wernigerode]]." },
  { lang: "de", kind: "prose", text: "Der Teig sollte mindestens eine Stunde ruhen, bevor er ausgerollt wird." },
  { lang: "de", kind: "chat", text: "[[PERSON:Jürgen]]s Auto steht schon wieder auf meinem Parkplatz." },
  { lang: "de", kind: "code-log", text: "WARN  [main] c.e.Lager - Bestand für Artikel 40021 unter Mindestmenge (3 < 5)" },

  // ---------------------------------------------------------------- French
  { lang: "fr", kind: "chat", text: "Peux-tu écrire à M. [[PERSON:Lefebvre]] que le loyer de mars a bien été versé ?" },
  { lang: "fr", kind: "chat", text: "Ma fille [[PERSON:Anaïs]] est née un [[DATE_TIME:jeudi]], le [[DATE_TIME:4 juillet 2019]], à [[LOCATION:Quimper]]." },
  { lang: "fr", kind: "address", text: "Mme [[PERSON:Éloïse Garnier]]\n[[LOCATION:12 rue du Bac]]\n[[LOCATION:75007]] [[LOCATION:PARIS]]" },
  { lang: "fr", kind: "incident", text: "Identifiants collés dans le ticket : [[ID:j.morel]] / [[SECRET:Bienvenue2024]]" },
  { lang: "fr", kind: "incident", text: "Le numéro de sécurité sociale [[ID:2 85 07 75 116 023 45]] apparaît sur la capture d'écran." },
  { lang: "fr", kind: "email", text: "Pour toute question, appelez-moi au [[PHONE_NUMBER:06 12 48 93 27]] ou écrivez à [[EMAIL_ADDRESS:claire.dumont@orange.fr]]." },
  { lang: "fr", kind: "chat", text: "demande à [[PERSON:Benoît]] s'il a récupéré le colis chez Mme [[PERSON:Nguyen]]" },
  { lang: "fr", kind: "record", text: "Numéro de passeport : [[ID:19FR83624]], titulaire : [[PERSON:DUPONT Marie-Thérèse]]" },
  { lang: "fr", kind: "prose", text: "Mélangez la farine et le beurre du bout des doigts jusqu'à obtenir un sable grossier." },
  { lang: "fr", kind: "prose", text: "La réunion de lundi est reportée à la semaine prochaine, faute de quorum." },
  { lang: "fr", kind: "address", text: "Livraison : [[LOCATION:Résidence les Pins, bât. C]], [[LOCATION:4 chemin des Vignes]], [[LOCATION:34120]] [[LOCATION:Pézenas]]" },

  // ---------------------------------------------------------------- Spanish
  { lang: "es", kind: "chat", text: "¿Me ayudas a escribir una queja? Vivo en [[LOCATION:Calle de Alcalá 45, 3º B]], [[LOCATION:28014]] [[LOCATION:Madrid]]." },
  { lang: "es", kind: "chat", text: "pregúntale a [[PERSON:Gutiérrez]], él tiene el contrato firmado" },
  { lang: "es", kind: "chat", text: "Mi abuela [[PERSON:Remedios Fajardo Ruiz]] cumple noventa años el [[DATE_TIME:8 de octubre]]." },
  { lang: "es", kind: "incident", text: "El usuario pegó su contraseña en el chat: [[SECRET:MiPerro_Toby88]]" },
  { lang: "es", kind: "incident", text: "DNI [[ID:48213776J]] y número de la Seguridad Social [[ID:28 1234567840]] visibles en el adjunto." },
  { lang: "es", kind: "email", text: "Un saludo,\n[[PERSON:Íñigo Etxeberria]]\n[[PHONE_NUMBER:+34 612 48 90 37]]" },
  { lang: "es", kind: "address", text: "[[LOCATION:C/ Mayor, 7, 2º izq.]]  [[LOCATION:44100]] [[LOCATION:Albarracín]]  [[LOCATION:Teruel]]" },
  { lang: "es", kind: "record", text: "CURP [[ID:GOMC900215MOCNRR08]], nombre [[PERSON:Carmen Gómez Ortiz]], domicilio en [[LOCATION:Oaxaca de Juárez]]." },
  { lang: "es", kind: "prose", text: "Deja reposar la masa media hora y hornéala a 180 grados." },
  { lang: "es", kind: "prose", text: "Los martes el gimnasio abre más tarde por mantenimiento." },
  { lang: "es", kind: "chat", text: "Nací un [[DATE_TIME:domingo]] de [[DATE_TIME:1979]] en [[LOCATION:Jaca]] y ahora vivo en [[LOCATION:Zaragoza]]." },

  // ---------------------------------------------------------------- Italian
  { lang: "it", kind: "chat", text: "Scrivi una mail alla dott.ssa [[PERSON:Ferraresi]] per spostare la visita a [[DATE_TIME:giovedì 12]]." },
  { lang: "it", kind: "address", text: "Sig. [[PERSON:Gennaro Esposito]]\n[[LOCATION:Via Roma 3]], [[LOCATION:int. 5]]\n[[LOCATION:75100]] [[LOCATION:Matera]] ([[LOCATION:MT]])" },
  { lang: "it", kind: "incident", text: "Codice fiscale [[ID:RSSMRA85M01H501Q]] e password [[SECRET:juventus1897]] trovati nel documento condiviso." },
  { lang: "it", kind: "chat", text: "chiedi a [[PERSON:Bianchi]] se ha mandato la fattura" },
  { lang: "it", kind: "email", text: "Mi trovi al [[PHONE_NUMBER:347 219 8843]] oppure a [[EMAIL_ADDRESS:f.colombo@libero.it]]." },
  { lang: "it", kind: "chat", text: "La figlia di [[PERSON:Teresa]] abita a [[LOCATION:Bressanone]] da [[DATE_TIME:marzo 2021]]." },
  { lang: "it", kind: "prose", text: "Il sugo va cotto a fuoco basso per almeno due ore." },
  { lang: "it", kind: "prose", text: "Ogni venerdì il negozio chiude alle sette." },
  { lang: "it", kind: "record", text: "Paziente [[PERSON:Lorenzo De Santis]], nato il [[DATE_TIME:21/04/1958]], tessera sanitaria [[ID:80380000500012345678]]." },

  // ---------------------------------------------------------------- Portuguese
  { lang: "pt", kind: "chat", text: "Oi! Meu pedido era para [[LOCATION:Rua das Flores, 123, apto 45]], [[LOCATION:Curitiba - PR]], [[LOCATION:80020-090]]." },
  { lang: "pt", kind: "chat", text: "pergunta ao Seu [[PERSON:Joaquim]] se ele já pagou o condomínio" },
  { lang: "pt", kind: "incident", text: "O cliente mandou o CPF [[ID:529.982.247-25]] e a senha [[SECRET:flamengo81]] pelo chat." },
  { lang: "pt", kind: "address", text: "[[PERSON:Maria João Carvalho]]\n[[LOCATION:Rua Augusta, 120, 2.º Esq.]]\n[[LOCATION:1100-053]] [[LOCATION:Lisboa]]" },
  { lang: "pt", kind: "email", text: "Abraços,\n[[PERSON:Thiago Nogueira]]\n[[PHONE_NUMBER:(11) 98765-4321]]" },
  { lang: "pt", kind: "chat", text: "A consulta da Dona [[PERSON:Albertina]] é no dia [[DATE_TIME:3 de junho]] às [[DATE_TIME:14h30]]." },
  { lang: "pt", kind: "prose", text: "Deixe o feijão de molho durante a noite e troque a água antes de cozinhar." },
  { lang: "pt", kind: "prose", text: "A reunião de segunda-feira foi cancelada por causa do feriado." },
  { lang: "pt", kind: "record", text: "NIF [[ID:245781236]], titular [[PERSON:Rui Pedro Sampaio]], morada em [[LOCATION:Tomar]]." },

  // ---------------------------------------------------------------- Dutch
  { lang: "nl", kind: "chat", text: "Kun je een mailtje aan mevrouw [[PERSON:Van den Berg]] schrijven over de lekkage?" },
  { lang: "nl", kind: "address", text: "[[LOCATION:Keizersgracht 123-II]], [[LOCATION:1015 CJ]] [[LOCATION:Amsterdam]]" },
  { lang: "nl", kind: "incident", text: "BSN [[ID:111222333]] en IBAN [[IBAN_CODE:NL91 ABNA 0417 1643 00]] stonden in de bijlage." },
  { lang: "nl", kind: "chat", text: "vraag het aan [[PERSON:Sanne]], die weet waar de sleutels liggen" },
  { lang: "nl", kind: "chat", text: "Opa [[PERSON:Henk]] is op [[DATE_TIME:17 augustus 1940]] in [[LOCATION:Harlingen]] geboren." },
  { lang: "nl", kind: "prose", text: "Op woensdag is de bibliotheek tot negen uur 's avonds open." },
  { lang: "nl", kind: "email", text: "Met vriendelijke groet,\n[[PERSON:Jeroen de Wit]]\n[[PHONE_NUMBER:06-12345678]]" },
  { lang: "nl", kind: "prose", text: "Laat de soep zachtjes doorkoken en breng hem op smaak met peper en zout." },

  // ---------------------------------------------------------------- Polish
  { lang: "pl", kind: "chat", text: "Napisz maila do pani [[PERSON:Kowalskiej]] w sprawie kaucji za mieszkanie." },
  { lang: "pl", kind: "chat", text: "Rozmawiałem wczoraj z panem [[PERSON:Zielińskim]], obiecał oddać klucze." },
  { lang: "pl", kind: "address", text: "[[LOCATION:ul. Długa 7/3]], [[LOCATION:53-320]] [[LOCATION:Wrocław]]" },
  { lang: "pl", kind: "incident", text: "PESEL [[ID:44051401359]] i hasło [[SECRET:Kasia1990!]] były widoczne na zrzucie ekranu." },
  { lang: "pl", kind: "record", text: "NIP [[ID:525-000-01-70]], imię i nazwisko: [[PERSON:Grzegorz Brzęczyszczykiewicz]]" },
  { lang: "pl", kind: "chat", text: "Moja córka [[PERSON:Zofia]] urodziła się w [[DATE_TIME:środę]], [[DATE_TIME:12 lutego 2020 r.]], w [[LOCATION:Przemyślu]]." },
  { lang: "pl", kind: "email", text: "Pozdrawiam serdecznie,\n[[PERSON:Łukasz Wróbel]]\ntel. [[PHONE_NUMBER:601 234 567]]" },
  { lang: "pl", kind: "prose", text: "Ciasto trzeba wyrabiać co najmniej dziesięć minut." },
  { lang: "pl", kind: "prose", text: "W piątki biuro jest otwarte do piętnastej." },

  // ---------------------------------------------------------------- Czech
  { lang: "cs", kind: "chat", text: "Napiš prosím zprávu panu [[PERSON:Dvořákovi]], že se schůzka ruší." },
  { lang: "cs", kind: "address", text: "[[LOCATION:Dlouhá 712/5]], [[LOCATION:110 00]] [[LOCATION:Praha 1]]" },
  { lang: "cs", kind: "incident", text: "Rodné číslo [[ID:855612/1238]] bylo omylem v příloze." },
  { lang: "cs", kind: "chat", text: "[[PERSON:Jiřina Horáková]] bydlí v [[LOCATION:Třeboni]] od [[DATE_TIME:roku 2015]]." },
  { lang: "cs", kind: "prose", text: "Knedlíky se vaří asi dvacet minut v osolené vodě." },
  { lang: "cs", kind: "incident", text: "Přihlašovací údaje: [[ID:ondra.vesely]] / [[SECRET:Pivo2024*]]" },
  { lang: "cs", kind: "email", text: "S pozdravem Ing. [[PERSON:Radek Šťastný]], tel. [[PHONE_NUMBER:+420 603 112 458]]" },
  { lang: "cs", kind: "prose", text: "Ve středu bude kancelář zavřená kvůli inventuře." },

  // ---------------------------------------------------------------- Hungarian
  { lang: "hu", kind: "chat", text: "Írj egy levelet [[PERSON:Kovács Andrásnak]] a lakbérről." },
  { lang: "hu", kind: "address", text: "[[LOCATION:Budapest]]\n[[LOCATION:Andrássy út 12. II. em. 4.]]\n[[LOCATION:1061]]" },
  { lang: "hu", kind: "incident", text: "TAJ szám: [[ID:123 456 788]], jelszó: [[SECRET:Cica2022]]" },
  { lang: "hu", kind: "chat", text: "[[PERSON:Nagy Eszter]] [[DATE_TIME:1988. május 9-én]] született [[LOCATION:Egerben]]." },
  { lang: "hu", kind: "prose", text: "A tésztát legalább egy órán át kell pihentetni." },
  { lang: "hu", kind: "email", text: "Üdvözlettel: [[PERSON:Szabó Péter]], [[PHONE_NUMBER:+36 30 123 4567]]" },
  { lang: "hu", kind: "chat", text: "Kérdezd meg [[PERSON:Tóth]] urat, nála van a kulcs." },
  { lang: "hu", kind: "prose", text: "Hétfőnként a könyvtár csak délben nyit." },

  // ---------------------------------------------------------------- Finnish
  { lang: "fi", kind: "chat", text: "Kirjoita viesti [[PERSON:Virtaselle]], että palaveri siirtyy [[DATE_TIME:torstaille]]." },
  { lang: "fi", kind: "address", text: "[[PERSON:Aino Mäkelä]]\n[[LOCATION:Mannerheimintie 12 B 5]]\n[[LOCATION:00100]] [[LOCATION:HELSINKI]]" },
  { lang: "fi", kind: "incident", text: "Henkilötunnus [[ID:131052-308T]] näkyi kuvakaappauksessa." },
  { lang: "fi", kind: "chat", text: "kysy [[PERSON:Heikkiseltä]], hänellä on saunan avain" },
  { lang: "fi", kind: "chat", text: "Muutin [[LOCATION:Sodankylästä]] [[LOCATION:Ouluun]] viime keväänä." },
  { lang: "fi", kind: "email", text: "Terveisin [[PERSON:Jukka-Pekka Räsänen]], p. [[PHONE_NUMBER:040 123 4567]]" },
  { lang: "fi", kind: "prose", text: "Taikinan pitää antaa kohota lämpimässä noin tunnin ajan." },
  { lang: "fi", kind: "incident", text: "Tunnukset: [[ID:mvirtanen]] ja salasana [[SECRET:Kesä2024!]]" },
  { lang: "fi", kind: "prose", text: "Maanantaisin kirjasto on auki kahdeksaan asti." },

  // ---------------------------------------------------------------- Swedish
  { lang: "sv", kind: "address", text: "[[PERSON:Karin Lindqvist]]  [[LOCATION:Storgatan 5]]  [[LOCATION:981 31]] [[LOCATION:Kiruna]]" },
  { lang: "sv", kind: "chat", text: "fråga [[PERSON:Nilsson]], han har nyckeln till tvättstugan" },
  { lang: "sv", kind: "incident", text: "Personnummer [[ID:19811218-9876]] och lösenord [[SECRET:Solsken123]] låg i ärendet." },
  { lang: "sv", kind: "chat", text: "[[PERSON:Anna]]s mamma fyller sjuttio den [[DATE_TIME:3 maj]]." },
  { lang: "sv", kind: "prose", text: "Låt degen jäsa under bakduk i ungefär en timme." },
  { lang: "sv", kind: "email", text: "Hälsningar, [[PERSON:Björn Åkesson]], tel. [[PHONE_NUMBER:070-123 45 67]]" },
  { lang: "sv", kind: "prose", text: "På fredagar stänger kontoret redan klockan tre." },

  // ---------------------------------------------------------------- Norwegian
  { lang: "nb", kind: "address", text: "[[LOCATION:Storgata 14]], [[LOCATION:NO-9100]] [[LOCATION:Kvaløysletta]]" },
  { lang: "nb", kind: "chat", text: "spør [[PERSON:Solberg]], hun vet hvor nøkkelen er" },
  { lang: "nb", kind: "incident", text: "Fødselsnummer [[ID:01129955131]] sto i e-posten fra [[PERSON:Ola Nordmann]]." },
  { lang: "nb", kind: "prose", text: "Grøten skal småkoke i tjue minutter under omrøring." },
  { lang: "nb", kind: "chat", text: "[[PERSON:Kari]] er født i [[DATE_TIME:1992]] og bor nå i [[LOCATION:Vadsø]]." },
  { lang: "nb", kind: "email", text: "Mvh [[PERSON:Øystein Hågensen]], tlf. [[PHONE_NUMBER:+47 412 34 567]]" },

  // ---------------------------------------------------------------- Danish
  { lang: "da", kind: "address", text: "[[LOCATION:Nørregade 12, 2. th.]], [[LOCATION:6760]] [[LOCATION:Ribe]]" },
  { lang: "da", kind: "chat", text: "spørg [[PERSON:Mikkelsen]], han har nøglen til kælderen" },
  { lang: "da", kind: "incident", text: "CPR-nummer [[ID:010180-1234]] blev sendt i en ukrypteret mail." },
  { lang: "da", kind: "prose", text: "Rugbrødet skal bage i en time ved 180 grader." },
  { lang: "da", kind: "email", text: "Venlig hilsen [[PERSON:Mette Frederiksen-Holm]], tlf. [[PHONE_NUMBER:20 12 34 56]]" },
  { lang: "da", kind: "chat", text: "[[PERSON:Søren]] har tid hos lægen [[DATE_TIME:tirsdag]] kl. [[DATE_TIME:10.15]]." },

  // ---------------------------------------------------------------- Greek
  { lang: "el", kind: "address", text: "[[LOCATION:Οδός Ερμού 15]], [[LOCATION:105 63]] [[LOCATION:ΑΘΗΝΑ]]" },
  { lang: "el", kind: "chat", text: "Ρώτα τον κ. [[PERSON:Παπαδόπουλο]] αν έστειλε τα χαρτιά." },
  { lang: "el", kind: "incident", text: "ΑΦΜ [[ID:094259216]] και κωδικός [[SECRET:Olympiakos7]] φαίνονταν στο στιγμιότυπο." },
  { lang: "el", kind: "chat", text: "Η [[PERSON:Ελένη Σταματοπούλου]] γεννήθηκε στη [[LOCATION:Καλαμπάκα]] το [[DATE_TIME:1975]]." },
  { lang: "el", kind: "prose", text: "Το φαγητό θέλει μία ώρα σε χαμηλή φωτιά." },
  { lang: "el", kind: "email", text: "Με εκτίμηση, [[PERSON:Giorgos Karamanlis]], τηλ. [[PHONE_NUMBER:694 123 4567]]" },
  { lang: "el", kind: "chat", text: "Μετακομίζω από τη [[LOCATION:Θεσσαλονίκη]] στα [[LOCATION:Χανιά]] τον Σεπτέμβριο." },
  { lang: "el", kind: "prose", text: "Κάθε Τρίτη το γραφείο κλείνει νωρίτερα." },

  // ---------------------------------------------------------------- Russian
  { lang: "ru", kind: "chat", text: "Напиши письмо [[PERSON:Ивану Сергеевичу]] о переносе встречи на [[DATE_TIME:пятницу]]." },
  { lang: "ru", kind: "address", text: "[[LOCATION:ул. Ленина, д. 5, кв. 12]], [[LOCATION:г. Кострома]], [[LOCATION:156000]]" },
  { lang: "ru", kind: "incident", text: "Логин [[ID:a.smirnova]], пароль [[SECRET:Kotik2021]] — пользователь отправил их в общий чат." },
  { lang: "ru", kind: "record", text: "СНИЛС [[ID:112-233-445 95]], ФИО: [[PERSON:Кузнецова Анна Павловна]]" },
  { lang: "ru", kind: "prose", text: "Тесто должно постоять в тепле около часа." },
  { lang: "ru", kind: "email", text: "С уважением, [[PERSON:Дмитрий Волков]], тел. [[PHONE_NUMBER:+7 912 345-67-89]]" },
  { lang: "ru", kind: "chat", text: "Я родилась [[DATE_TIME:5 марта 1990 года]] в [[LOCATION:Мурманске]]." },
  { lang: "ru", kind: "prose", text: "По средам библиотека работает до восьми вечера." },

  // ---------------------------------------------------------------- Ukrainian
  { lang: "uk", kind: "address", text: "[[LOCATION:вул. Шевченка, 10, кв. 4]], [[LOCATION:м. Львів]], [[LOCATION:79000]]" },
  { lang: "uk", kind: "chat", text: "Запитай у [[PERSON:Олени Коваленко]], чи вона отримала посилку." },
  { lang: "uk", kind: "incident", text: "РНОКПП [[ID:3012345678]] і пароль [[SECRET:Kyiv2022!]] були у вкладенні." },
  { lang: "uk", kind: "prose", text: "Борщ треба варити на повільному вогні близько години." },
  { lang: "uk", kind: "email", text: "З повагою, [[PERSON:Тарас Бондаренко]], [[PHONE_NUMBER:+380 67 123 4567]]" },
  { lang: "uk", kind: "chat", text: "Моя бабуся народилася в [[LOCATION:Коломиї]] у [[DATE_TIME:1938 році]]." },
  { lang: "uk", kind: "prose", text: "Щопонеділка збори починаються о дев'ятій." },

  // ---------------------------------------------------------------- Turkish
  { lang: "tr", kind: "address", text: "[[LOCATION:Cumhuriyet Mah. Atatürk Cad. No: 12 D: 5]] [[LOCATION:34000]] [[LOCATION:Fatih/İstanbul]]" },
  { lang: "tr", kind: "chat", text: "[[PERSON:Ayşe]] Hanım'a sor, anahtar onda." },
  { lang: "tr", kind: "incident", text: "T.C. Kimlik No [[ID:10000000146]] ve şifre [[SECRET:Galatasaray1905]] ekran görüntüsündeydi." },
  { lang: "tr", kind: "chat", text: "[[PERSON:Mehmet]]'in randevusu [[DATE_TIME:12 Haziran]] saat [[DATE_TIME:14.30]]'da." },
  { lang: "tr", kind: "prose", text: "Hamuru en az yarım saat dinlendirin." },
  { lang: "tr", kind: "email", text: "Saygılarımla, [[PERSON:Elif Şahin]], Tel: [[PHONE_NUMBER:0532 123 45 67]]" },
  { lang: "tr", kind: "prose", text: "Cuma günleri ofis öğleden sonra kapalı." },

  // ---------------------------------------------------------------- Romanian, Croatian, Slovak, Catalan
  { lang: "ro", kind: "address", text: "[[LOCATION:Str. Mihai Eminescu nr. 12, bl. A3, ap. 14]], [[LOCATION:400001]] [[LOCATION:Cluj-Napoca]]" },
  { lang: "ro", kind: "incident", text: "CNP [[ID:1800101221144]] și parola [[SECRET:Dacia1300]] au fost trimise pe chat." },
  { lang: "ro", kind: "chat", text: "Întreab-o pe doamna [[PERSON:Ionescu]] dacă a plătit întreținerea." },
  { lang: "ro", kind: "prose", text: "Ciorba se fierbe la foc mic cel puțin o oră." },
  { lang: "hr", kind: "address", text: "[[LOCATION:Ilica 42]], [[LOCATION:10000]] [[LOCATION:Zagreb]]" },
  { lang: "hr", kind: "incident", text: "OIB [[ID:69435151530]] vidljiv je u privitku e-pošte." },
  { lang: "hr", kind: "chat", text: "Pitaj [[PERSON:Ivanu]] ima li ključ od podruma." },
  { lang: "sk", kind: "chat", text: "Napíš pánovi [[PERSON:Kováčovi]], že stretnutie sa presúva." },
  { lang: "sk", kind: "address", text: "[[LOCATION:Hlavná 24]], [[LOCATION:040 01]] [[LOCATION:Košice]]" },
  { lang: "ca", kind: "address", text: "[[LOCATION:Carrer de Mallorca, 401, 3r 2a]], [[LOCATION:08013]] [[LOCATION:Barcelona]]" },
  { lang: "ca", kind: "chat", text: "Pregunta-li a la [[PERSON:Montserrat]] si ja ha enviat la factura." },

  // ---------------------------------------------------------------- Japanese, Chinese, Korean
  { lang: "ja", kind: "address", text: "[[LOCATION:〒160-0023]] [[LOCATION:東京都新宿区西新宿2丁目8番1号]]" },
  { lang: "ja", kind: "chat", text: "[[PERSON:佐藤]]さんに鍵を返してください。" },
  { lang: "ja", kind: "incident", text: "パスワード「[[SECRET:sakura2024]]」がチャットに貼られていました。" },
  { lang: "ja", kind: "prose", text: "毎週水曜日は図書館が夜八時まで開いています。" },
  { lang: "ja", kind: "chat", text: "[[PERSON:高橋 陽子]]さんは[[DATE_TIME:1990年4月12日]]に[[LOCATION:金沢市]]で生まれました。" },
  { lang: "zh", kind: "address", text: "[[LOCATION:广东省深圳市南山区科技园路18号]]，邮编[[LOCATION:518057]]" },
  { lang: "zh", kind: "chat", text: "请把钥匙交给[[PERSON:王]]先生。" },
  { lang: "zh", kind: "incident", text: "身份证号：[[ID:110101199003071234]]，密码：[[SECRET:woaini520]]" },
  { lang: "zh", kind: "prose", text: "面团需要在温暖的地方发酵一个小时。" },
  { lang: "zh", kind: "email", text: "联系人：[[PERSON:李娜]]，电话：[[PHONE_NUMBER:138 0013 8000]]" },
  { lang: "ko", kind: "address", text: "[[LOCATION:서울특별시 종로구 세종대로 175]]" },
  { lang: "ko", kind: "chat", text: "[[PERSON:김민수]] 씨한테 열쇠를 돌려주세요." },
  { lang: "ko", kind: "incident", text: "주민등록번호 [[ID:800101-1234567]]가 첨부 파일에 있었습니다." },
  { lang: "ko", kind: "prose", text: "매주 금요일에는 사무실이 일찍 문을 닫습니다." },

  // ---------------------------------------------------------------- Arabic, Hebrew
  { lang: "ar", kind: "address", text: "[[LOCATION:شارع التحلية 1234]]، [[LOCATION:جدة]] [[LOCATION:23434]]" },
  { lang: "ar", kind: "chat", text: "اسأل الأستاذ [[PERSON:خالد العتيبي]] عن المفتاح." },
  { lang: "ar", kind: "incident", text: "كلمة المرور [[SECRET:Riyadh@2023]] ظهرت في لقطة الشاشة." },
  { lang: "ar", kind: "prose", text: "يغلق المكتب مبكراً كل يوم خميس." },
  { lang: "he", kind: "address", text: "[[LOCATION:רחוב הרצל 12]], [[LOCATION:חיפה]] [[LOCATION:3303012]]" },
  { lang: "he", kind: "chat", text: "תשאל את [[PERSON:יוסי כהן]] אם הוא קיבל את החבילה." },
  { lang: "he", kind: "incident", text: "מספר זהות [[ID:000000018]] הופיע בצילום המסך." },

  // ---------------------------------------------------------------- Indonesian, Vietnamese, Hindi (Latin)
  { lang: "id", kind: "address", text: "[[LOCATION:Jl. Malioboro No. 52]], [[LOCATION:Yogyakarta]] [[LOCATION:55271]]" },
  { lang: "id", kind: "chat", text: "Tanya Pak [[PERSON:Budi]] soal kunci gudang." },
  { lang: "id", kind: "incident", text: "NIK [[ID:3171234567890001]] dan kata sandi [[SECRET:rendang99]] terkirim lewat chat." },
  { lang: "vi", kind: "address", text: "[[LOCATION:12 Lê Lợi, Phường Bến Nghé]], [[LOCATION:Quận 1]], [[LOCATION:TP. Hồ Chí Minh]]" },
  { lang: "vi", kind: "chat", text: "Hỏi chị [[PERSON:Lan]] xem chìa khóa ở đâu." },
  { lang: "vi", kind: "prose", text: "Thứ Hai hằng tuần văn phòng mở cửa lúc tám giờ." },
  { lang: "hi", kind: "incident", text: "PAN [[ID:ABCPE1234F]], Aadhaar [[ID:2345 6789 0124]] aur voter ID [[ID:XYZ1234567]] chat mein bhej diye." },
  { lang: "hi", kind: "chat", text: "[[PERSON:Sharma]] ji se poochho, chaabi unke paas hai." },
];

const KNOWN: ReadonlySet<string> = new Set<ExternalType>([
  "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS", "LOCATION", "DATE_TIME", "URL",
  "US_DRIVER_LICENSE", "MAC_ADDRESS", "CRYPTO", "SECRET", "ID",
]);

/** The hand-written sentences as samples (locale = language code). */
export function handWrittenSamples(): ExternalSample[] {
  return ROWS.map((row, i) => {
    const { text, spans } = parseMarkup(row.text);
    for (const s of spans) if (!KNOWN.has(s.type)) throw new Error(`hand-written row ${i}: unknown type ${s.type}`);
    return { id: `ext-hand-${i}`, locale: row.lang, lang: row.lang, kind: row.kind, template: "hand-written", text, spans: spans as ExternalSpan[] };
  });
}
