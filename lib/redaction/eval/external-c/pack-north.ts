/** Swedish, Danish, Norwegian, Finnish, Polish, Czech, Slovak and Hungarian templates. */
import type { LangPack } from "./pack";

export const SV: LangPack = {
  lang: "sv",
  chat: [
    "hej, jag heter {first} {last} och kan inte logga in",
    "ändra leveransadressen till {addr} tack",
    "mitt lösenord är {pw} men det funkar inte",
    "ring mig på {phone} efter lunch",
    "tid för {name2} den {appt}, går det?",
    "personnummer {national}, född {dob}",
    "skriv ett kort mejl till {first2} om att mötet är inställt",
  ],
  greet: ["Hej {first2}!", "Hej,"],
  mail: ["jag har flyttat den {moved} till {addr}.", "dragningen på kortet {card} känner jag inte igen.", "mitt försäkringsnummer är {policy}, ring gärna {phone}."],
  close: ["Vänliga hälsningar", "Mvh", "Tack på förhand"],
  incident: [
    "Ärende: användaren {name} ({email}) kan inte logga in från {ip}. Tillfälligt lösenord {pw}.",
    "Kunden {first} {last} klistrade in sitt kontonummer {account} och lösenordet {pw} i chatten.",
    "Patient {name}, född {dob}, journalnummer {patient}: remissen skickades fel.",
  ],
  labels: { name: "Namn", street: "Gatuadress", zip: "Postnummer", city: "Ort", phone: "Telefon", email: "E-post", dob: "Födelsedatum", country: "Land", id: "Kundnummer", iban: "IBAN", note: "Övrigt" },
  notes: ["ring innan leverans", "inga", "lämna vid dörren"],
};

export const DA: LangPack = {
  lang: "da",
  chat: [
    "hej jeg hedder {first} {last}, jeg kan ikke logge ind",
    "ny adresse: {addr}, flyttede {moved}",
    "min adgangskode er {pw} og den virker ikke",
    "ring til mig på {phone}",
    "tid til {name2} den {appt}?",
    "CPR {national}, født {dob}",
  ],
  greet: ["Hej {first2},", "Kære {first2}", "Hej,"],
  mail: ["vedhæftet er blanketten. Mit policenummer er {policy}.", "jeg genkender ikke trækket på kortet {card}.", "send venligst posten til {addr}."],
  close: ["Venlig hilsen", "Mvh.", "Hilsen"],
  incident: [
    "Sag: brugeren {name} ({email}) kan ikke logge ind fra {ip}. Midlertidig adgangskode {pw}.",
    "Kunden {first} {last} indsatte sit IBAN {iban} i chatten.",
    "Medarbejder {employee} ({name}) har fået adgang, godkendt af {name2}.",
  ],
  labels: { name: "Navn", street: "Adresse", zip: "Postnr.", city: "By", phone: "Telefon", email: "E-mail", dob: "Fødselsdato", country: "Land", id: "Kundenr.", iban: "IBAN", note: "Bemærkning" },
  notes: ["ring før levering", "ingen", "stil pakken ved døren"],
};

export const NB: LangPack = {
  lang: "nb",
  chat: [
    "hei, jeg heter {first} {last} og får ikke logget inn",
    "endre adressen til {addr} takk",
    "passordet mitt er {pw} men det går ikke",
    "kan dere ringe meg på {phone}?",
    "time for {name2} den {appt}, går det?",
    "fødselsnummer {national}, født {dob}",
  ],
  greet: ["Hei {first2},", "Hei,"],
  mail: ["jeg flyttet {moved} til {addr}.", "trekket på kortet {card} kjenner jeg ikke igjen.", "polisenummeret mitt er {policy}, ring gjerne {phone}."],
  close: ["Med vennlig hilsen", "Mvh", "Hilsen"],
  incident: [
    "Sak: brukeren {name} ({email}) får ikke logget inn fra {ip}. Midlertidig passord {pw}.",
    "Kunden {first} {last} limte inn kontonummer {account} og passord {pw} i chatten.",
    "Pasient {name}, født {dob}, pasientnummer {patient}: epikrise sendt feil.",
  ],
  labels: { name: "Navn", street: "Adresse", zip: "Postnummer", city: "Poststed", phone: "Telefon", email: "E-post", dob: "Fødselsdato", country: "Land", id: "Kundenummer", iban: "IBAN", note: "Merknad" },
  notes: ["ring før levering", "ingen", "legg pakken i postkassen"],
};

export const FI: LangPack = {
  lang: "fi",
  chat: [
    "moi, olen {first} {last} enkä pääse kirjautumaan",
    "uusi osoite on {addr}, muutin {moved}",
    "salasana on {pw} mutta se ei toimi",
    "soittakaa numeroon {phone}",
    "aika {appt}, potilas {name2}, onnistuuko?",
    "henkilötunnus {national}, syntynyt {dob}",
  ],
  greet: ["Hei {first2},", "Hyvä {first2} {last2},", "Hei,"],
  mail: ["liitteenä lomake. Vakuutusnumeroni on {policy}.", "en tunnista veloitusta kortilta {card}.", "lähettäkää posti osoitteeseen {addr}."],
  close: ["Ystävällisin terveisin", "Terveisin", "Kiitos"],
  incident: [
    "Tapaus: käyttäjä {name} ({email}) ei pääse kirjautumaan osoitteesta {ip}. Väliaikainen salasana {pw}.",
    "Asiakas {first} {last} liitti chattiin IBANinsa {iban}.",
    "Potilas {name}, syntynyt {dob}, potilasnumero {patient}: lähete lähti väärään osoitteeseen.",
  ],
  labels: { name: "Nimi", street: "Katuosoite", zip: "Postinumero", city: "Postitoimipaikka", phone: "Puhelin", email: "Sähköposti", dob: "Syntymäaika", country: "Maa", id: "Asiakasnumero", iban: "IBAN", note: "Lisätiedot" },
  notes: ["soita ennen toimitusta", "ei", "jätä oven taakse"],
};

export const PL: LangPack = {
  lang: "pl",
  chat: [
    "dzień dobry, nazywam się {first} {last} i nie mogę się zalogować",
    "proszę zmienić adres na {addr}",
    "moje hasło to {pw} i nie działa",
    "proszę oddzwonić na {phone}",
    "wizyta dla {name2} w dniu {appt}, da się?",
    "PESEL {national}, urodzony {dob}",
    "napisz maila do pani {last2}, że się spóźnię",
  ],
  greet: ["Cześć {first2},", "Szanowna Pani,", "Dzień dobry,"],
  mail: ["w załączniku formularz. Numer polisy: {policy}.", "nie rozpoznaję obciążenia karty {card}.", "przeprowadziłem się {moved}, nowy adres: {addr}."],
  close: ["Pozdrawiam,", "Z poważaniem,", "Dziękuję,"],
  incident: [
    "Zgłoszenie: użytkownik {name} ({email}) nie może się zalogować z {ip}. Hasło tymczasowe {pw}.",
    "Klient {first} {last} wkleił w czacie numer konta {iban} i NIP {tax}.",
    "Pacjentka {name}, ur. {dob}, nr pacjenta {patient}: wynik wysłany pod zły adres.",
  ],
  labels: { name: "Imię i nazwisko", street: "Ulica", zip: "Kod pocztowy", city: "Miejscowość", phone: "Telefon", email: "E-mail", dob: "Data urodzenia", country: "Kraj", id: "Nr klienta", iban: "Nr konta", note: "Uwagi" },
  notes: ["proszę dzwonić przed dostawą", "brak", "zostawić u sąsiada"],
};

export const CS: LangPack = {
  lang: "cs",
  chat: [
    "dobrý den, jmenuji se {first} {last} a nejde mi přihlášení",
    "změňte prosím adresu na {addr}",
    "moje heslo je {pw}, ale nefunguje",
    "zavolejte mi na {phone}",
    "termín pro {name2} dne {appt}?",
    "rodné číslo {national}, narozen {dob}",
  ],
  greet: ["Ahoj {first2},", "Vážená paní {last2},", "Dobrý den,"],
  mail: ["v příloze posílám formulář. Číslo pojistky {policy}.", "nepoznávám platbu kartou {card}.", "dne {moved} jsem se přestěhoval na {addr}."],
  close: ["S pozdravem", "Děkuji", "Zdraví"],
  incident: [
    "Hlášení: uživatel {name} ({email}) se nemůže přihlásit z {ip}. Dočasné heslo {pw}.",
    "Zákazník {first} {last} vložil do chatu IBAN {iban}.",
    "Pacient {name}, nar. {dob}, číslo pacienta {patient}: zpráva odešla na špatnou adresu.",
  ],
  labels: { name: "Jméno", street: "Ulice", zip: "PSČ", city: "Obec", phone: "Telefon", email: "E-mail", dob: "Datum narození", country: "Země", id: "Číslo zákazníka", iban: "IBAN", note: "Poznámka" },
  notes: ["volat předem", "žádná", "nechat u sousedů"],
};

export const SK: LangPack = {
  lang: "sk",
  chat: [
    "dobrý deň, volám sa {first} {last} a neviem sa prihlásiť",
    "prosím zmeňte adresu na {addr}",
    "moje heslo je {pw} a nejde to",
    "zavolajte mi na {phone}",
    "termín pre {name2} {appt}, dá sa?",
    "rodné číslo {national}, narodená {dob}",
  ],
  greet: ["Ahoj {first2},", "Vážený pán {last2},", "Dobrý deň,"],
  mail: ["v prílohe je formulár. Číslo zmluvy {policy}.", "neviem o platbe kartou {card}.", "nová adresa od {moved}: {addr}."],
  close: ["S pozdravom", "Ďakujem", "Pekný deň"],
  incident: [
    "Hlásenie: používateľ {name} ({email}) sa nevie prihlásiť z {ip}. Dočasné heslo {pw}.",
    "Zákazník {first} {last} vložil do četu číslo účtu {iban}.",
    "Pacientka {name}, nar. {dob}, číslo pacienta {patient}.",
  ],
  labels: { name: "Meno", street: "Ulica", zip: "PSČ", city: "Obec", phone: "Telefón", email: "E-mail", dob: "Dátum narodenia", country: "Krajina", id: "Číslo zákazníka", iban: "IBAN", note: "Poznámka" },
  notes: ["volať vopred", "žiadna", "nechať pri dverách"],
};

export const HU: LangPack = {
  lang: "hu",
  chat: [
    "jó napot, {last} {first} vagyok, nem tudok belépni",
    "kérem a szállítási címet módosítani: {addr}",
    "a jelszavam {pw}, de nem működik",
    "hívjanak vissza a {phone} számon",
    "időpont {name2} részére {appt}, lehetséges?",
    "adóazonosító jel {tax}, született {dob}",
  ],
  greet: ["Szia {first2}!", "Tisztelt {last2} Úr!", "Jó napot!"],
  mail: ["mellékelem a nyomtatványt. Kötvényszám: {policy}.", "nem ismerem fel a {card} kártyás terhelést.", "{moved} óta új címem: {addr}."],
  close: ["Üdvözlettel,", "Köszönöm,", "Üdv,"],
  incident: [
    "Hiba: {name} felhasználó ({email}) nem tud belépni innen: {ip}. Ideiglenes jelszó: {pw}.",
    "Az ügyfél, {last} {first}, beírta a chatbe a számlaszámát: {iban}.",
    "Beteg: {name}, szül. {dob}, TAJ {national}.",
  ],
  labels: { name: "Név", street: "Cím", zip: "Irányítószám", city: "Település", phone: "Telefon", email: "E-mail", dob: "Születési dátum", country: "Ország", id: "Ügyfélszám", iban: "Számlaszám", note: "Megjegyzés" },
  notes: ["szállítás előtt hívjanak", "nincs", "a szomszédnál hagyható"],
};
