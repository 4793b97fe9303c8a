/**
 * Nordic, Central and Eastern European templates (Latin script). Names stand where the
 * language keeps them in the nominative, as people write them in forms and chats; the
 * inflected forms are in the hand-written set.
 */
import { h24, h24dot, p2, type LanguagePack } from "./language-pack";

const FI_MONTHS = ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"];
const FI_MONTHS_NOM = ["tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"];

export const FINNISH: LanguagePack = {
  code: "fi",
  and: "ja",
  hon: { m: ["herra"], f: ["rouva"] },
  dates: [(d) => `${d.d}.${d.m}.${d.y}`, (d) => `${d.d}. ${FI_MONTHS[d.m - 1]} ${d.y}`, (d) => `${p2(d.d)}.${p2(d.m)}.${d.y}`],
  monthYear: (d) => `${FI_MONTHS_NOM[d.m - 1]} ${d.y}`,
  weekdays: ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"],
  times: [h24dot, (h, m) => `${h}:${p2(m)}`],
  chat: [
    "Hei, olen {name} ja asun osoitteessa {street}, {pc} {town}. Tilaukseni {ref} ei ole vieläkään tullut.",
    "Asiakas: Haluan vaihtaa toimitusosoitteen.\nAsiakaspalvelu: Selvä, mikä on uusi osoite?\nAsiakas: {addrsp}\nAsiakaspalvelu: Kiitos. Entä puhelinnumero?\nAsiakas: {phone}",
    "Minulla on hammaslääkäriaika {appt} klo {time}, mutta en pääse. Kirjoita peruutusviesti, nimeni on {name}.",
    "Kellarin avaimet ovat naapurilla, {name} asuu samassa rapussa.",
    "Synnyin vuonna {year}. Kotipaikka oli {town}, nyt asun paikkakunnalla {town#2}. Mitä pitää ilmoittaa maistraattiin?",
    "{first} kysyy, voiko paketin toimittaa osoitteeseen {addr}.",
  ],
  email: [
    "Aihe: Toimitusosoite\n\nHei {first},\n\nlähetäthän varaosan tähän osoitteeseen:\n\n{name#2}\n{block}\n\nTerveisin\n{name#3}\np. {phone}",
    "Hei,\n\nuusi puhelinnumeroni on {iphone} ja sähköposti {email}.\n\nYstävällisin terveisin\n{name}",
  ],
  address: ["Toimitusosoite:\n{name}\n{block}", "Laskutusosoite: {fam}, {addr}", "Lähettäjä: {name}  {addrsp}"],
  incident: [
    "Tapaus {ref}: {name} jakoi salasanansa \"{pw}\" tiimin kanavalla. Salasana on vaihdettu.",
    "Tunnukset: {user} / {pw}",
    "Asiakas lähetti chatissa {nidname} {nid} ja tilinumeron {iban}.",
  ],
  record: ["Nimi: {fam}\nSyntymäaika: {dob}\nOsoite: {addr}\nPuhelin: {phone}\nSähköposti: {email}", "Läsnä: {names}\nPoissa: {name#2}"],
};

const SV_MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

export const SWEDISH: LanguagePack = {
  code: "sv",
  and: "och",
  hon: { m: ["herr"], f: ["fru"] },
  dates: [(d) => `${d.y}-${p2(d.m)}-${p2(d.d)}`, (d) => `${d.d} ${SV_MONTHS[d.m - 1]} ${d.y}`, (d) => `${d.d}/${d.m} ${d.y}`],
  monthYear: (d) => `${SV_MONTHS[d.m - 1]} ${d.y}`,
  weekdays: ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
  times: [h24dot, h24],
  chat: [
    "Hej, jag heter {name} och bor på {street}, {pc} {town}. Min beställning {ref} har fortfarande inte kommit.",
    "Kund: Jag vill ändra leveransadressen.\nKundtjänst: Absolut, vad är den nya adressen?\nKund: {addrsp}\nKundtjänst: Tack. Och ett telefonnummer?\nKund: {phone}",
    "Jag har en tid hos tandläkaren den {appt} kl. {time} men kan inte komma. Skriv ett återbud, jag heter {name}.",
    "fråga {last}, {g:han|hon} har nyckeln till förrådet",
    "{first}s paket skickades till den gamla adressen {addr}. Vad gör jag?",
    "Jag är född {year} i {town} och har flyttat till {town#2}. Hur anmäler jag flytten?",
  ],
  email: [
    "Ämne: Leveransadress\n\nHej {first},\n\nskicka gärna reservdelen till:\n\n{name#2}\n{block}\n\nMed vänliga hälsningar\n{name#3}\nTel. {phone}",
    "Hej,\n\nmitt nya nummer är {iphone} och mejlen är {email}.\n\nHälsningar\n{name}",
  ],
  address: ["Leveransadress:\n{name}\n{block}", "Fakturaadress: {fam}, {addr}", "Avsändare: {name}  {addrsp}"],
  incident: [
    "Incident {ref}: {name} delade sitt lösenord \"{pw}\" i teamkanalen. Lösenordet är bytt.",
    "Inloggning: {user} / {pw}",
    "Kunden skickade sitt {nidname} {nid} och kontonummer {iban} i chatten.",
  ],
  record: ["Namn: {fam}\nFödd: {dob}\nAdress: {addr}\nTelefon: {phone}\nE-post: {email}", "Närvarande: {names}\nFrånvarande: {name#2}"],
};

const NB_MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];

export const NORWEGIAN: LanguagePack = {
  code: "nb",
  and: "og",
  hon: { m: ["herr"], f: ["fru"] },
  dates: [(d) => `${p2(d.d)}.${p2(d.m)}.${d.y}`, (d) => `${d.d}. ${NB_MONTHS[d.m - 1]} ${d.y}`],
  monthYear: (d) => `${NB_MONTHS[d.m - 1]} ${d.y}`,
  weekdays: ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
  times: [h24dot, h24],
  chat: [
    "Hei, jeg heter {name} og bor i {street}, {pc} {town}. Bestillingen min {ref} har ikke kommet ennå.",
    "Kunde: Jeg vil endre leveringsadressen.\nKundeservice: Greit, hva er den nye adressen?\nKunde: {addrsp}\nKundeservice: Takk. Telefonnummer?\nKunde: {phone}",
    "Jeg har time hos legen {appt} kl. {time}, men kan ikke komme. Skriv en avbestilling, navnet mitt er {name}.",
    "spør {last}, {g:han|hun} har nøkkelen til boden",
    "Jeg er født i {year} i {town} og bor nå i {town#2}. Hva må jeg melde fra om?",
  ],
  email: ["Emne: Leveringsadresse\n\nHei {first},\n\nkan du sende delen til denne adressen:\n\n{name#2}\n{block}\n\nMed vennlig hilsen\n{name#3}\nTlf. {phone}"],
  address: ["Leveringsadresse:\n{name}\n{block}", "Avsender: {name}  {addrsp}"],
  incident: ["Hendelse {ref}: {name} delte passordet sitt «{pw}» i teamkanalen.", "Kunden sendte {nidname} {nid} og kontonummer {iban} i chatten."],
  record: ["Navn: {fam}\nFødselsdato: {dob}\nAdresse: {addr}\nTelefon: {phone}\nE-post: {email}"],
};

const DA_MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

export const DANISH: LanguagePack = {
  code: "da",
  and: "og",
  hon: { m: ["hr."], f: ["fru"] },
  dates: [(d) => `${p2(d.d)}.${p2(d.m)}.${d.y}`, (d) => `${d.d}. ${DA_MONTHS[d.m - 1]} ${d.y}`, (d) => `${d.d}/${d.m}-${d.y}`],
  monthYear: (d) => `${DA_MONTHS[d.m - 1]} ${d.y}`,
  weekdays: ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
  times: [h24dot, h24],
  chat: [
    "Hej, jeg hedder {name} og bor på {street}, {pc} {town}. Min ordre {ref} er stadig ikke kommet.",
    "Kunde: Jeg vil gerne ændre min adresse.\nMedarbejder: Selvfølgelig, hvad er den nye adresse?\nKunde: {addrsp}\nMedarbejder: Tak. Og et telefonnummer?\nKunde: {phone}",
    "Jeg har en tid hos tandlægen den {appt} kl. {time}, men kan ikke komme. Skriv et afbud, mit navn er {name}.",
    "spørg {last}, {g:han|hun} har nøglen til kælderen",
    "Jeg er født i {year} i {town} og bor nu i {town#2}. Hvad skal jeg huske at melde flytning til?",
  ],
  email: ["Emne: Leveringsadresse\n\nHej {first},\n\nvil du sende delen til denne adresse:\n\n{name#2}\n{block}\n\nVenlig hilsen\n{name#3}\nTlf. {phone}"],
  address: ["Leveringsadresse:\n{name}\n{block}", "Afsender: {name}  {addrsp}"],
  incident: ["Hændelse {ref}: {name} delte sin adgangskode \"{pw}\" i teamkanalen.", "Kunden sendte sit {nidname} {nid} i chatten."],
  record: ["Navn: {fam}\nFødselsdato: {dob}\nAdresse: {addr}\nTelefon: {phone}\nE-mail: {email}"],
};

const PL_MONTHS_GEN = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"];

export const POLISH: LanguagePack = {
  code: "pl",
  and: "i",
  hon: { m: ["pan", "Pan"], f: ["pani", "Pani"] },
  dates: [(d) => `${p2(d.d)}.${p2(d.m)}.${d.y}`, (d) => `${d.d} ${PL_MONTHS_GEN[d.m - 1]} ${d.y}`, (d) => `${d.d} ${PL_MONTHS_GEN[d.m - 1]} ${d.y} r.`, (d) => `${d.y}-${p2(d.m)}-${p2(d.d)}`],
  // Written after "od" (since), which takes the genitive.
  monthYear: (d) => `${PL_MONTHS_GEN[d.m - 1]} ${d.y}`,
  weekdays: ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
  times: [h24, (h, m) => `${h}.${p2(m)}`],
  chat: [
    "Dzień dobry, nazywam się {name}. Mój adres: {street}, {pc} {town}. Zamówienie {ref} wciąż nie dotarło.",
    "Klient: Chcę zmienić adres dostawy.\nKonsultant: Oczywiście, jaki jest nowy adres?\nKlient: {addrsp}\nKonsultant: Dziękuję. Numer telefonu?\nKlient: {phone}",
    "Mam wizytę u dentysty {appt} o {time}, ale nie mogę przyjść. Napisz odwołanie, nazywam się {name}.",
    "Klucze do piwnicy ma {hon} {last}, {g:on|ona} mieszka pod czwórką.",
    "Urodził{g:em|am} się w {year} roku w miejscowości {town}, a teraz mieszkam w miejscowości {town#2}. Jakie dokumenty są potrzebne do meldunku?",
    "{first} pyta, czy paczka może iść na adres {addr}.",
    "Mieszkam tu od {month} i osoba z mieszkania obok, {name#2}, codziennie parkuje na moim miejscu. Jak to zgłosić?",
  ],
  email: [
    "Temat: Adres dostawy\n\nSzanown{g:y Panie|a Pani},\n\nproszę wysłać część na adres:\n\n{name}\n{block}\n\nZ poważaniem\n{name#2}\ntel. {phone}",
    "Cześć {first},\n\nmój nowy numer to {iphone}, mail bez zmian: {email}.\n\nPozdrawiam\n{first#2}",
  ],
  address: ["Adres dostawy:\n{name}\n{block}", "Dane do faktury: {fam}, {addr}", "Nadawca: {name}  {addrsp}"],
  incident: [
    "Zgłoszenie {ref}: {name} wkleił{g:|a} hasło „{pw}” na kanale zespołu. Hasło zostało zmienione.",
    "Dane logowania: {user} / {pw}",
    "Klient przesłał na czacie {nidname} {nid} i numer konta {iban}.",
    "NIP {id:tax} oraz numer dowodu osobistego {id:passport} widoczne na zrzucie ekranu.",
  ],
  record: ["Imię i nazwisko: {name}\nData urodzenia: {dob}\nAdres: {addr}\nTelefon: {phone}\nE-mail: {email}", "Obecni: {names}\nNieobecn{g:y|a}: {name}"],
};

const CS_MONTHS_GEN = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"];

export const CZECH: LanguagePack = {
  code: "cs",
  and: "a",
  hon: { m: ["pan"], f: ["paní"] },
  dates: [(d) => `${d.d}. ${d.m}. ${d.y}`, (d) => `${d.d}. ${CS_MONTHS_GEN[d.m - 1]} ${d.y}`, (d) => `${p2(d.d)}.${p2(d.m)}.${d.y}`],
  monthYear: (d) => `${d.m}/${d.y}`,
  weekdays: ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"],
  times: [h24, (h, m) => `${h}.${p2(m)}`],
  chat: [
    "Dobrý den, jmenuji se {name} a bydlím na adrese {street}, {pc} {town}. Objednávka {ref} pořád nedorazila.",
    "Zákazník: Chci změnit doručovací adresu.\nOperátor: Jistě, jaká je nová adresa?\nZákazník: {addrsp}\nOperátor: Děkuji. Telefon?\nZákazník: {phone}",
    "Mám termín u zubaře {appt} v {time}, ale nemůžu přijít. Napiš omluvu, jmenuji se {name}.",
    "Klíče od sklepa má {hon} {last}.",
    "Narodil{g:|a} jsem se v roce {year}, obec {town}. Teď bydlím v obci {town#2}. Co musím nahlásit?",
  ],
  email: ["Předmět: Doručovací adresa\n\nDobrý den,\n\nprosím pošlete díl na tuto adresu:\n\n{name}\n{block}\n\nS pozdravem\n{name#2}\ntel. {phone}"],
  address: ["Doručovací adresa:\n{name}\n{block}", "Odesílatel: {name}  {addrsp}", "Fakturační údaje: {fam}, {addr}"],
  incident: [
    "Incident {ref}: {name} vložil{g:|a} heslo „{pw}“ do týmového kanálu. Heslo bylo změněno.",
    "Přihlašovací údaje: {user} / {pw}",
    "Zákazník poslal v chatu {nidname} {nid} a číslo účtu {iban}.",
  ],
  record: ["Jméno: {fam}\nDatum narození: {dob}\nAdresa: {addr}\nTelefon: {phone}\nE-mail: {email}"],
};

const SK_MONTHS_GEN = ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra", "novembra", "decembra"];

export const SLOVAK: LanguagePack = {
  code: "sk",
  and: "a",
  hon: { m: ["pán"], f: ["pani"] },
  dates: [(d) => `${d.d}. ${d.m}. ${d.y}`, (d) => `${d.d}. ${SK_MONTHS_GEN[d.m - 1]} ${d.y}`],
  monthYear: (d) => `${d.m}/${d.y}`,
  weekdays: ["pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa"],
  times: [h24],
  chat: [
    "Dobrý deň, volám sa {name} a bývam na adrese {street}, {pc} {town}. Objednávka {ref} stále neprišla.",
    "Zákazník: Chcem zmeniť adresu doručenia.\nOperátor: Samozrejme, aká je nová adresa?\nZákazník: {addrsp}\nOperátor: Ďakujem. Telefón?\nZákazník: {phone}",
    "Mám termín u zubára {appt} o {time}, ale nemôžem prísť. Napíš ospravedlnenie, volám sa {name}.",
    "Kľúče od pivnice má {hon} {last}.",
  ],
  email: ["Predmet: Adresa doručenia\n\nDobrý deň,\n\nprosím, pošlite diel na túto adresu:\n\n{name}\n{block}\n\nS pozdravom\n{name#2}\ntel. {phone}"],
  address: ["Adresa doručenia:\n{name}\n{block}", "Odosielateľ: {name}  {addrsp}"],
  incident: ["Incident {ref}: {name} vložil{g:|a} heslo „{pw}“ do tímového kanála.", "Prihlasovacie údaje: {user} / {pw}"],
  record: ["Meno: {fam}\nDátum narodenia: {dob}\nAdresa: {addr}\nTelefón: {phone}"],
};

const HU_MONTHS = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"];

export const HUNGARIAN: LanguagePack = {
  code: "hu",
  and: "és",
  hon: { m: ["úr"], f: ["asszony"] },
  dates: [(d) => `${d.y}. ${HU_MONTHS[d.m - 1]} ${d.d}.`, (d) => `${d.y}.${p2(d.m)}.${p2(d.d)}.`, (d) => `${d.y}. ${p2(d.m)}. ${p2(d.d)}.`],
  monthYear: (d) => `${d.y}. ${HU_MONTHS[d.m - 1]}`,
  weekdays: ["hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"],
  times: [h24],
  chat: [
    "Jó napot, {name} vagyok, a címem {street}, {pc} {town}. A {ref} számú rendelésem még mindig nem érkezett meg.",
    "Ügyfél: Szeretném megváltoztatni a szállítási címet.\nÜgyintéző: Természetesen, mi az új cím?\nÜgyfél: {addrsp}\nÜgyintéző: Köszönöm. Telefonszám?\nÜgyfél: {phone}",
    "Fogorvosi időpontom van {appt}, {time} órakor, de nem tudok elmenni. Írj egy lemondó üzenetet, a nevem {name}.",
    "A pince kulcsa {last} {g:úrnál|asszonynál} van.",
    "Születési év: {year}, születési hely: {town}. Most {town#2} lakója vagyok. Mit kell bejelentenem?",
  ],
  email: ["Tárgy: Szállítási cím\n\nTisztelt {name}!\n\nKérem, az alkatrészt erre a címre küldje:\n\n{name#2}\n{block}\n\nÜdvözlettel:\n{name#3}\nTel.: {phone}"],
  address: ["Szállítási cím:\n{name}\n{block}", "Feladó: {name}  {addrsp}", "Számlázási név és cím: {name}, {addr}"],
  incident: [
    "{ref} számú incidens: {name} megosztotta a jelszavát („{pw}”) a csapat csatornáján.",
    "Belépési adatok: {user} / {pw}",
    "Az ügyfél elküldte a(z) {nidname} adatát ({nid}) és a bankszámlaszámát ({iban}).",
  ],
  record: ["Név: {name}\nSzületési idő: {dob}\nCím: {addr}\nTelefon: {phone}\nE-mail: {email}"],
};

const RO_MONTHS = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"];

export const ROMANIAN: LanguagePack = {
  code: "ro",
  and: "și",
  hon: { m: ["dl.", "domnul"], f: ["dna", "doamna"] },
  dates: [(d) => `${p2(d.d)}.${p2(d.m)}.${d.y}`, (d) => `${d.d} ${RO_MONTHS[d.m - 1]} ${d.y}`],
  monthYear: (d) => `${RO_MONTHS[d.m - 1]} ${d.y}`,
  weekdays: ["luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"],
  times: [h24],
  chat: [
    "Bună ziua, mă numesc {name} și locuiesc pe {street}, {pc} {town}. Comanda {ref} nu a ajuns încă.",
    "Client: Vreau să schimb adresa de livrare.\nOperator: Sigur, care este noua adresă?\nClient: {addrsp}\nOperator: Mulțumesc. Un număr de telefon?\nClient: {phone}",
    "Am programare la dentist pe {appt} la ora {time}, dar nu pot ajunge. Scrie un mesaj de anulare, semnat {name}.",
    "Cheile de la pivniță le are {hon} {last}.",
    "M-am născut în {year} la {town} și acum locuiesc în {town#2}. Ce acte îmi trebuie pentru buletin?",
  ],
  email: ["Subiect: Adresa de livrare\n\nBună ziua,\n\nvă rog să trimiteți piesa la adresa:\n\n{name}\n{block}\n\nCu stimă,\n{name#2}\nTel. {phone}"],
  address: ["Adresa de livrare:\n{name}\n{block}", "Expeditor: {name}  {addrsp}"],
  incident: ["Incidentul {ref}: {name} a postat parola „{pw}” pe canalul echipei.", "Date de autentificare: {user} / {pw}", "Clientul a trimis pe chat {nidname} {nid} și IBAN-ul {iban}."],
  record: ["Nume: {fam}\nData nașterii: {dob}\nAdresă: {addr}\nTelefon: {phone}\nE-mail: {email}"],
};

export const CROATIAN: LanguagePack = {
  code: "hr",
  and: "i",
  hon: { m: ["g.", "gospodin"], f: ["gđa", "gospođa"] },
  dates: [(d) => `${d.d}. ${d.m}. ${d.y}.`, (d) => `${p2(d.d)}.${p2(d.m)}.${d.y}.`],
  monthYear: (d) => `${d.m}/${d.y}`,
  weekdays: ["ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja"],
  times: [h24, (h, m) => `${h}.${p2(m)} h`],
  chat: [
    "Dobar dan, zovem se {name} i živim na adresi {street}, {pc} {town}. Moj paket {ref} još nije stigao.",
    "Kupac: Želim promijeniti adresu dostave.\nAgent: Naravno, koja je nova adresa?\nKupac: {addrsp}\nAgent: Hvala. Broj telefona?\nKupac: {phone}",
    "Imam termin kod zubara {appt} u {time}, ali ne mogu doći. Napiši otkazivanje, zovem se {name}.",
    "Ključeve od podruma ima {hon} {last}.",
  ],
  email: ["Predmet: Adresa dostave\n\nPoštovani,\n\nmolim pošaljite dio na adresu:\n\n{name}\n{block}\n\nLijep pozdrav,\n{name#2}\nTel. {phone}"],
  address: ["Adresa dostave:\n{name}\n{block}", "Pošiljatelj: {name}  {addrsp}"],
  incident: ["Incident {ref}: {name} je {g:objavio|objavila} lozinku \"{pw}\" u timskom kanalu.", "Podaci za prijavu: {user} / {pw}", "Klijent je u chatu poslao {nidname} {nid} i IBAN {iban}."],
  record: ["Ime i prezime: {name}\nDatum rođenja: {dob}\nAdresa: {addr}\nTelefon: {phone}\nE-pošta: {email}"],
};

const LV_MONTHS_LOC = ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī", "oktobrī", "novembrī", "decembrī"];

export const LATVIAN: LanguagePack = {
  code: "lv",
  and: "un",
  hon: { m: ["kungs"], f: ["kundze"] },
  dates: [(d) => `${p2(d.d)}.${p2(d.m)}.${d.y}.`, (d) => `${d.y}. gada ${d.d}. ${LV_MONTHS_LOC[d.m - 1]}`],
  monthYear: (d) => `${d.y}. gada ${LV_MONTHS_LOC[d.m - 1]}`,
  weekdays: ["pirmdiena", "otrdiena", "trešdiena", "ceturtdiena", "piektdiena", "sestdiena", "svētdiena"],
  times: [h24],
  chat: [
    "Labdien, mani sauc {name}, dzīvoju {street}, {town}, {pc}. Pasūtījums {ref} vēl nav atnācis.",
    "Klients: Vēlos mainīt piegādes adresi.\nOperators: Protams, kāda ir jaunā adrese?\nKlients: {addrsp}\nOperators: Paldies. Tālrunis?\nKlients: {phone}",
    "Man ir pieraksts pie zobārsta {appt} plkst. {time}, bet nevaru ierasties. Uzraksti atteikumu, mans vārds ir {name}.",
  ],
  email: ["Temats: Piegādes adrese\n\nLabdien,\n\nlūdzu, nosūtiet detaļu uz šo adresi:\n\n{name}\n{block}\n\nAr cieņu\n{name#2}\nTālr. {phone}"],
  address: ["Piegādes adrese:\n{name}\n{block}", "Sūtītājs: {name}  {addrsp}"],
  incident: ["Incidents {ref}: {name} ievietoja paroli \"{pw}\" komandas kanālā.", "Pieteikšanās dati: {user} / {pw}"],
  record: ["Vārds, uzvārds: {name}\nDzimšanas datums: {dob}\nAdrese: {addr}\nTālrunis: {phone}"],
};
