/** Polish, Swedish, Danish, Norwegian, Finnish, Czech, Croatian, Hungarian and Romanian templates. */
import type { Pack } from "./pack";

export const PL: Pack = {
  hello: ["cześć", "dzień dobry,", "hej", "witam"],
  bye: ["dzięki", "pozdrawiam", "z góry dziękuję"],
  chat: [
    "nazywam się {full} i nie mogę się zalogować",
    "napisz życzenia dla {first}, urodziny ma {date}",
    "moje hasło to {pw} i nie działa",
    "przeprowadziłam się z {city} do {city2}, jak zmienić adres?",
    "mój PESEL to {natid}, czy to wystarczy?",
    "urodzony {dob} w {city}",
    "zadzwoń do {first:lc} na {phone}",
    "Klient: dzień dobry\nKonsultant: w czym mogę pomóc?\nKlient: tu {full}, numer polisy {policy}, szkoda z {date} dalej otwarta",
  ],
  email: [
    "Cześć {first},\n\nw załączniku umowa. Odeślij podpisaną na {email} do {date}.\n\nPozdrawiam\n{full}\n{phone}\n{addr}",
    "Szanowna Pani {last},\n\nwizyta odbędzie się {date}. Numer pacjenta: {patient}.\n\nZ poważaniem\n{full2}",
  ],
  incident: ["Zgłoszenie: klientka {full} (nr klienta {acct}) ma podwójne obciążenie karty {card}.", "Pracownik {first} wkleił klucz {token} na czacie. Nr pracownika {emp}."],
  address: ["Adres dostawy:\n{block}", "Faktura na {addr}"],
  fields: ["imię_nazwisko", "miasto", "data_urodzenia", "telefon", "email", "nr_klienta"],
};

export const SV: Pack = {
  hello: ["hej", "hallå", "god morgon,"],
  bye: ["tack", "mvh", "tack på förhand"],
  chat: [
    "jag heter {full} och kan inte logga in",
    "skriv en födelsedagshälsning till {first}, hon fyller år {date}",
    "mitt lösenord är {pw} men det funkar inte",
    "jag har flyttat från {city} till {city2}, hur ändrar jag adressen?",
    "mitt personnummer är {natid}",
    "född {dob} i {city}",
    "ring {first:lc} på {phone}",
  ],
  email: ["Hej {first},\n\nhär är avtalet. Skicka det underskrivet till {email} senast {date}.\n\nVänliga hälsningar\n{full}\n{phone}\n{addr}"],
  incident: ["Ärende: kunden {full} (kundnr {acct}) har dubbeldragning på kort {card}.", "Anställd {first} ({emp}) klistrade in nyckeln {token} i chatten."],
  address: ["Leveransadress:\n{block}", "Faktura till {addr}"],
  fields: ["namn", "ort", "födelsedatum", "telefon", "epost", "kundnummer"],
};

export const DA: Pack = {
  hello: ["hej", "goddag,", "hejsa"],
  bye: ["tak", "mvh", "på forhånd tak"],
  chat: [
    "jeg hedder {full} og kan ikke logge ind",
    "skriv en fødselsdagshilsen til {first}, hun har fødselsdag {date}",
    "min adgangskode er {pw} men den virker ikke",
    "jeg er flyttet fra {city} til {city2}",
    "mit CPR-nummer er {natid}",
    "ring til {first:lc} på {phone}",
  ],
  email: ["Hej {first},\n\nher er kontrakten. Send den underskrevet til {email} inden {date}.\n\nVenlig hilsen\n{full}\n{phone}\n{addr}"],
  incident: ["Sag: kunden {full} (kundenr. {acct}) er trukket to gange på kort {card}."],
  address: ["Leveringsadresse:\n{block}"],
  fields: ["navn", "by", "fødselsdato", "telefon", "email", "kundenr"],
};

export const NB: Pack = {
  hello: ["hei", "hallo,", "god morgen"],
  bye: ["takk", "mvh", "takk på forhånd"],
  chat: [
    "jeg heter {full} og får ikke logget inn",
    "skriv en bursdagshilsen til {first}, hun har bursdag {date}",
    "passordet mitt er {pw} men det virker ikke",
    "jeg har flyttet fra {city} til {city2}",
    "fødselsnummeret mitt er {natid}",
    "ring {first:lc} på {phone}",
  ],
  email: ["Hei {first},\n\nher er kontrakten. Send den signert til {email} innen {date}.\n\nMed vennlig hilsen\n{full}\n{phone}\n{addr}"],
  incident: ["Sak: kunden {full} (kundenr. {acct}) er belastet to ganger på kort {card}."],
  address: ["Leveringsadresse:\n{block}"],
  fields: ["navn", "sted", "fødselsdato", "telefon", "epost", "kundenr"],
};

export const FI: Pack = {
  hello: ["moi", "hei,", "huomenta"],
  bye: ["kiitos", "kiitti", "terveisin"],
  chat: [
    "nimeni on {full} enkä pääse kirjautumaan",
    "kirjoita syntymäpäiväonnittelu {first}lle, synttärit on {date}",
    "salasanani on {pw} mutta se ei toimi",
    "muutin {city}sta, miten päivitän osoitteen",
    "henkilötunnukseni on {natid}",
    "soita {first:lc}lle numeroon {phone}",
  ],
  email: ["Hei {first},\n\nliitteenä sopimus. Palauta allekirjoitettuna osoitteeseen {email} {date} mennessä.\n\nTerveisin\n{full}\n{phone}\n{addr}"],
  incident: ["Tiketti: asiakas {full} (asiakasnro {acct}) veloitettiin kahdesti kortilta {card}."],
  address: ["Toimitusosoite:\n{block}"],
  fields: ["nimi", "kaupunki", "syntymäaika", "puhelin", "sähköposti", "asiakasnumero"],
};

export const CS: Pack = {
  hello: ["ahoj", "dobrý den,", "čau"],
  bye: ["díky", "děkuji", "s pozdravem"],
  chat: [
    "jmenuji se {full} a nemůžu se přihlásit",
    "napiš přání k narozeninám pro {first}, má je {date}",
    "moje heslo je {pw} a nefunguje",
    "přestěhoval jsem se z {city} do {city2}",
    "rodné číslo {natid}, stačí to?",
    "zavolej {first:lc} na {phone}",
  ],
  email: ["Dobrý den, {first},\n\nv příloze posílám smlouvu. Podepsanou ji pošlete na {email} do {date}.\n\nS pozdravem\n{full}\n{phone}\n{addr}"],
  incident: ["Hlášení: zákaznice {full} (č. zákazníka {acct}) má dvojí platbu kartou {card}."],
  address: ["Doručovací adresa:\n{block}"],
  fields: ["jméno", "obec", "datum_narození", "telefon", "email", "číslo_zákazníka"],
};

export const HR: Pack = {
  hello: ["bok", "dobar dan,", "pozdrav"],
  bye: ["hvala", "lp", "unaprijed hvala"],
  chat: [
    "zovem se {full} i ne mogu se prijaviti",
    "napiši čestitku za rođendan za {first}, rođendan je {date}",
    "moja lozinka je {pw} ali ne radi",
    "preselio sam se iz {city} u {city2}",
    "moj OIB je {natid}",
    "nazovi {first:lc} na {phone}",
  ],
  email: ["Poštovani {first},\n\nu prilogu je ugovor. Potpisan ga pošaljite na {email} do {date}.\n\nLijep pozdrav\n{full}\n{phone}\n{addr}"],
  incident: ["Prijava: kupac {full} (br. kupca {acct}) ima dvostruko terećenje kartice {card}."],
  address: ["Adresa dostave:\n{block}"],
  fields: ["ime", "grad", "datum_rođenja", "telefon", "email", "broj_kupca"],
};

export const HU: Pack = {
  hello: ["szia", "jó napot,", "helló"],
  bye: ["köszi", "köszönöm", "üdv"],
  chat: [
    "{full} vagyok és nem tudok belépni",
    "írj születésnapi üzenetet {first} részére, {date} a szülinapja",
    "a jelszavam {pw} de nem működik",
    "{city} városból költöztem, hogyan frissítem a címem?",
    "a TAJ számom {natid}",
    "hívd fel {first:lc}t a {phone} számon",
  ],
  email: ["Kedves {first}!\n\nMellékelem a szerződést. Aláírva küldd vissza a {email} címre {date}-ig.\n\nÜdvözlettel\n{full}\n{phone}\n{addr}"],
  incident: ["Bejelentés: {full} ügyfél (ügyfélszám {acct}) kártyáját ({card}) kétszer terhelték."],
  address: ["Szállítási cím:\n{block}"],
  fields: ["név", "település", "születési_dátum", "telefon", "email", "ügyfélszám"],
};

export const RO: Pack = {
  hello: ["salut", "bună ziua,", "bună"],
  bye: ["mersi", "mulțumesc", "o zi bună"],
  chat: [
    "mă numesc {full} și nu mă pot loga",
    "scrie un mesaj de ziua lui {first}, e pe {date}",
    "parola mea e {pw} dar nu merge",
    "m-am mutat din {city} în {city2}",
    "CNP-ul meu este {natid}",
    "sună-l pe {first:lc} la {phone}",
  ],
  email: ["Bună {first},\n\natașez contractul. Trimite-l semnat la {email} până pe {date}.\n\nCu stimă,\n{full}\n{phone}\n{addr}"],
  incident: ["Tichet: clientul {full} (cod client {acct}) are o plată dublă pe cardul {card}."],
  address: ["Adresa de livrare:\n{block}"],
  fields: ["nume", "localitate", "data_nașterii", "telefon", "email", "cod_client"],
};
