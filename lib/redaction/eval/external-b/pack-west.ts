/** Templates in Western and Northern European languages, written for this corpus. */
import type { LangPack } from "./pack";

const DE: LangPack = {
  lang: "de",
  months: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
  chat: [
    "hallo, ich bin {first:lc} und komme seit gestern nicht mehr in mein konto",
    "kannst du mir helfen eine mail an herrn {last} zu schreiben? es geht um die kündigung der wohnung in der {street}",
    "Meine Tochter {first} hat am {date} einen Termin beim Kieferorthopäden, wie entschuldige ich sie in der Schule?",
    "bitte die lieferadresse ändern auf {addr}, danke!!",
    "mein passwort ist {pw} aber es geht trotzdem nicht",
    "Schreib eine kurze Glückwunschkarte für {full}, sie wird am {date} 60",
    "ich hab meine IBAN falsch eingegeben, richtig ist {iban}",
    "Wie lange dauert ein neuer Reisepass? Meine alte Passnummer ist {passport}",
    "{first+s} Handynummer ist {phone}, kannst du das in den Kontakt eintragen",
  ],
  email: {
    hello: ["Hallo {first},", "Sehr geehrte Frau {last},", "Guten Tag Herr {last},"],
    body: [
      "vielen Dank für Ihre Nachricht. Ab dem {date} lautet meine neue Anschrift {addr}.",
      "anbei die unterschriebenen Unterlagen. Bei Rückfragen erreichen Sie mich unter {phone}.",
      "die Erstattung bitte auf das Konto von {full2}, IBAN {iban}, überweisen.",
    ],
    bye: ["Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße"],
    role: ["Sachbearbeiterin Personal", "Teamleiter Vertrieb", "Buchhaltung"],
  },
  address: { intro: ["Bitte an folgende Adresse schicken:", "Neue Anschrift:", "Lieferadresse"], labels: ["Name", "Anschrift", "Telefon", "E-Mail", "Geburtsdatum"] },
  incident: [
    "Frau {full} ({email}) meldet, dass sie sich nicht anmelden kann. Sie hat ihr Passwort im Ticket mitgeschickt: {pw}. Bitte zurücksetzen. Ticket {ticket}.",
    "Kunde {full}, Kundennummer {cust}, Steuer-ID {natid}, hat die Rechnung an die falsche Adresse bekommen ({addr}).",
    "Mitarbeiter {full} (Personalnummer {emp}) hat den API-Schlüssel {token} in ein öffentliches Repository gestellt. Schlüssel wurde gesperrt.",
  ],
  record: ["Name", "Geburtsdatum", "Adresse", "Telefon", "E-Mail", "Ausweisnummer", "Ort"],
};

const FR: LangPack = {
  lang: "fr",
  months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  chat: [
    "bonjour je m'appelle {first:lc} {last:lc}, je n'arrive plus à me connecter",
    "tu peux m'aider à écrire un mot pour l'anniversaire de {first} ? c'est le {date}",
    "j'ai déménagé au {addr}, comment je change mon adresse de livraison ?",
    "mon mot de passe c'est {pw} mais ça marche pas",
    "Rédige une lettre de résiliation pour le bail de {full}, logement situé {street}",
    "le numéro de ma carte est {card}, je crois qu'elle a été piratée",
    "mon fils {first} est né le {dob}, il faut l'ajouter à la mutuelle",
    "le portable de {first} c'est le {phone}",
  ],
  email: {
    hello: ["Bonjour {first},", "Madame {last},", "Cher {first},"],
    body: [
      "suite à notre échange, voici ma nouvelle adresse à partir du {date} : {addr}.",
      "merci de verser le remboursement sur le compte de {full2}, IBAN {iban}.",
      "vous pouvez me joindre au {phone} pour fixer le rendez-vous.",
    ],
    bye: ["Cordialement,", "Bien à vous,", "Bonne journée,"],
    role: ["Responsable administrative", "Chargé de clientèle", "Comptable"],
  },
  address: { intro: ["Merci d'envoyer le colis à :", "Adresse de livraison", "Nouvelle adresse :"], labels: ["Nom", "Adresse", "Téléphone", "Courriel", "Date de naissance"] },
  incident: [
    "Mme {full} ({email}) ne peut plus accéder à la messagerie. Identifiant {user}, mot de passe {pw} envoyé en clair dans le ticket {ticket}.",
    "Client {full}, numéro client {cust}, numéro de sécurité sociale {natid}, conteste un prélèvement sur la carte {card}.",
    "Le salarié {full} (matricule {emp}) a collé une clé d'API dans le canal public : {token}. Clé révoquée.",
  ],
  record: ["nom", "date_naissance", "adresse", "telephone", "courriel", "num_secu", "ville"],
};

const ES: LangPack = {
  lang: "es",
  months: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
  chat: [
    "hola soy {first:lc}, no puedo entrar a mi cuenta desde ayer",
    "me ayudas a escribir un mensaje para el cumple de {first}? es el {date}",
    "me mudé a {addr}, como cambio la direccion de envio?",
    "mi contraseña es {pw} y me dice que es incorrecta",
    "Redacta una carta para {full} reclamando la fianza del piso de {street}",
    "mi DNI es {natid}, lo necesitas para la reserva?",
    "el cel de {first} es {phone}, agrégalo porfa",
    "mi hija {first} nació el {dob}, quiero darla de alta en el seguro",
  ],
  email: {
    hello: ["Hola {first}:", "Estimada Sra. {last}:", "Buenos días, {first}:"],
    body: [
      "le informo que a partir del {date} mi nueva dirección es {addr}.",
      "por favor, realicen la devolución a la cuenta de {full2}, IBAN {iban}.",
      "puede contactarme en el {phone} para confirmar la cita.",
    ],
    bye: ["Un saludo,", "Atentamente,", "Saludos cordiales,"],
    role: ["Administración", "Responsable de Recursos Humanos", "Gestor de cuentas"],
  },
  address: { intro: ["Envíenlo a esta dirección:", "Dirección de entrega", "Mi nueva dirección:"], labels: ["Nombre", "Dirección", "Teléfono", "Correo", "Fecha de nacimiento"] },
  incident: [
    "La usuaria {full} ({email}) no puede acceder al correo. Nos pasó su usuario {user} y la contraseña {pw} en el ticket {ticket}.",
    "Cliente {full}, número de cliente {cust}, DNI {natid}: cargo duplicado en la tarjeta {card}.",
    "El empleado {full} (n.º de empleado {emp}) publicó el token {token} en un repositorio público.",
  ],
  record: ["nombre", "fecha_nacimiento", "direccion", "telefono", "correo", "dni", "ciudad"],
};

const IT: LangPack = {
  lang: "it",
  months: ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
  chat: [
    "ciao sono {first:lc}, non riesco più ad accedere al mio account",
    "mi aiuti a scrivere gli auguri per {first}? compie gli anni il {date}",
    "mi sono trasferito in {addr}, come aggiorno l'indirizzo?",
    "la mia password è {pw} ma non funziona",
    "Scrivi una lettera a {full} per la disdetta dell'affitto in {street}",
    "il mio codice fiscale è {natid}",
    "il numero di {first} è {phone}",
  ],
  email: {
    hello: ["Ciao {first},", "Gentile Sig.ra {last},", "Buongiorno {first},"],
    body: [
      "le comunico che dal {date} il mio nuovo indirizzo sarà {addr}.",
      "vi prego di effettuare il rimborso sul conto intestato a {full2}, IBAN {iban}.",
      "può contattarmi al {phone} per l'appuntamento.",
    ],
    bye: ["Cordiali saluti,", "Un saluto,", "Grazie mille,"],
    role: ["Ufficio amministrazione", "Responsabile vendite", "Segreteria"],
  },
  address: { intro: ["Spedire a:", "Indirizzo di consegna", "Nuovo indirizzo:"], labels: ["Nome", "Indirizzo", "Telefono", "Email", "Data di nascita"] },
  incident: [
    "L'utente {full} ({email}) non riesce ad accedere. Ha inviato nel ticket {ticket} le credenziali: utente {user}, password {pw}.",
    "Cliente {full}, codice cliente {cust}, codice fiscale {natid}: doppio addebito sulla carta {card}.",
    "Il dipendente {full} (matricola {emp}) ha pubblicato la chiave {token} su un canale pubblico.",
  ],
  record: ["nome", "data_nascita", "indirizzo", "telefono", "email", "codice_fiscale", "citta"],
};

const PT: LangPack = {
  lang: "pt",
  months: ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
  chat: [
    "oi, sou {first:lc} e não consigo entrar na minha conta",
    "me ajuda a escrever uma mensagem de aniversário pra {first}? é dia {date}",
    "mudei para {addr}, como atualizo o endereço de entrega?",
    "minha senha é {pw} mas dá erro",
    "Escreva uma carta para {full} pedindo a devolução da caução do apartamento na {street}",
    "meu CPF é {natid}, precisa pra nota?",
    "o telemóvel do {first} é {phone}",
  ],
  email: {
    hello: ["Olá {first},", "Prezada Sra. {last},", "Bom dia {first},"],
    body: [
      "informo que a partir de {date} o meu novo endereço será {addr}.",
      "por favor, façam o reembolso para a conta de {full2}, IBAN {iban}.",
      "pode ligar-me para o {phone} para marcar a consulta.",
    ],
    bye: ["Atenciosamente,", "Cumprimentos,", "Abraço,"],
    role: ["Departamento financeiro", "Gerente de contas", "Recursos Humanos"],
  },
  address: { intro: ["Enviar para:", "Endereço de entrega", "Morada nova:"], labels: ["Nome", "Endereço", "Telefone", "E-mail", "Data de nascimento"] },
  incident: [
    "A usuária {full} ({email}) não consegue acessar o sistema. Mandou no chamado {ticket} o login {user} e a senha {pw}.",
    "Cliente {full}, número de cliente {cust}, CPF {natid}: cobrança duplicada no cartão {card}.",
    "O funcionário {full} (matrícula {emp}) colou o token {token} num canal público.",
  ],
  record: ["nome", "data_nascimento", "endereco", "telefone", "email", "documento", "cidade"],
};

const NL: LangPack = {
  lang: "nl",
  months: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
  chat: [
    "hoi ik ben {first:lc}, ik kan sinds gisteren niet meer inloggen",
    "kun je me helpen met een verjaardagskaartje voor {first}? ze is jarig op {date}",
    "ik ben verhuisd naar {addr}, hoe pas ik mijn adres aan?",
    "mijn wachtwoord is {pw} maar het werkt niet",
    "Schrijf een brief aan {full} over de borg van het huis aan de {street}",
    "mijn BSN is {natid}, is dat nodig?",
    "het nummer van {first} is {phone}",
  ],
  email: {
    hello: ["Hoi {first},", "Geachte mevrouw {last},", "Beste {first},"],
    body: [
      "vanaf {date} is mijn nieuwe adres {addr}.",
      "graag het bedrag terugstorten op de rekening van {full2}, IBAN {iban}.",
      "u kunt mij bereiken op {phone} voor de afspraak.",
    ],
    bye: ["Met vriendelijke groet,", "Groetjes,", "Hartelijke groet,"],
    role: ["Afdeling administratie", "Accountmanager", "HR-adviseur"],
  },
  address: { intro: ["Graag verzenden naar:", "Afleveradres", "Nieuw adres:"], labels: ["Naam", "Adres", "Telefoon", "E-mail", "Geboortedatum"] },
  incident: [
    "Gebruiker {full} ({email}) kan niet inloggen. In ticket {ticket} stuurde ze haar gebruikersnaam {user} en wachtwoord {pw} mee.",
    "Klant {full}, klantnummer {cust}, BSN {natid}: dubbele afschrijving op kaart {card}.",
    "Medewerker {full} (personeelsnummer {emp}) heeft de sleutel {token} in een openbaar kanaal geplakt.",
  ],
  record: ["naam", "geboortedatum", "adres", "telefoon", "email", "bsn", "plaats"],
};

const SV: LangPack = {
  lang: "sv",
  months: ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
  chat: [
    "hej jag heter {first:lc} och kan inte logga in sen igår",
    "kan du hjälpa mig skriva ett födelsedagskort till {first}? hon fyller år {date}",
    "jag har flyttat till {addr}, hur ändrar jag adressen?",
    "mitt lösenord är {pw} men det funkar inte",
    "Skriv ett brev till {full} om depositionen för lägenheten på {street}",
    "mitt personnummer är {natid}",
    "{first+s} nummer är {phone}",
  ],
  email: {
    hello: ["Hej {first},", "Hej {full},", "God morgon {first},"],
    body: [
      "från och med {date} är min nya adress {addr}.",
      "vänligen betala tillbaka till {full2}, IBAN {iban}.",
      "du når mig på {phone} om du har frågor.",
    ],
    bye: ["Med vänliga hälsningar,", "Hälsningar,", "Tack på förhand,"],
    role: ["Ekonomiansvarig", "Kundtjänst", "HR-specialist"],
  },
  address: { intro: ["Skicka till:", "Leveransadress", "Ny adress:"], labels: ["Namn", "Adress", "Telefon", "E-post", "Födelsedatum"] },
  incident: [
    "Användaren {full} ({email}) kan inte logga in. Hon skickade användarnamn {user} och lösenord {pw} i ärende {ticket}.",
    "Kund {full}, kundnummer {cust}, personnummer {natid}: dubbeldebitering på kort {card}.",
    "Anställd {full} (anställningsnummer {emp}) klistrade in nyckeln {token} i en öppen kanal.",
  ],
  record: ["namn", "fodelsedatum", "adress", "telefon", "epost", "personnummer", "ort"],
};

const NB: LangPack = {
  lang: "nb",
  months: ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
  chat: [
    "hei, jeg heter {first:lc} og får ikke logget inn",
    "kan du hjelpe meg å skrive et bursdagskort til {first}? hun har bursdag {date}",
    "jeg har flyttet til {addr}, hvordan endrer jeg adressen?",
    "passordet mitt er {pw} men det virker ikke",
    "Skriv et brev til {full} om depositumet for leiligheten i {street}",
    "fødselsnummeret mitt er {natid}",
    "nummeret til {first} er {phone}",
  ],
  email: {
    hello: ["Hei {first},", "Hei {full},", "God morgen {first},"],
    body: [
      "fra {date} er min nye adresse {addr}.",
      "vennligst betal tilbake til {full2}, IBAN {iban}.",
      "du kan nå meg på {phone}.",
    ],
    bye: ["Med vennlig hilsen,", "Hilsen,", "Takk,"],
    role: ["Økonomiansvarlig", "Kundeservice", "Daglig leder"],
  },
  address: { intro: ["Send til:", "Leveringsadresse", "Ny adresse:"], labels: ["Navn", "Adresse", "Telefon", "E-post", "Fødselsdato"] },
  incident: [
    "Brukeren {full} ({email}) får ikke logget inn. Hun sendte brukernavn {user} og passord {pw} i sak {ticket}.",
    "Kunde {full}, kundenummer {cust}, fødselsnummer {natid}: dobbelt trekk på kort {card}.",
    "Ansatt {full} (ansattnummer {emp}) limte inn nøkkelen {token} i en åpen kanal.",
  ],
  record: ["navn", "fodselsdato", "adresse", "telefon", "epost", "fodselsnummer", "sted"],
};

const DA: LangPack = {
  lang: "da",
  months: ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
  chat: [
    "hej jeg hedder {first:lc} og kan ikke logge ind",
    "kan du hjælpe mig med et fødselsdagskort til {first}? hun har fødselsdag {date}",
    "jeg er flyttet til {addr}, hvordan ændrer jeg adressen?",
    "min adgangskode er {pw} men den virker ikke",
    "Skriv et brev til {full} om depositummet for lejligheden på {street}",
    "mit CPR-nummer er {natid}",
    "{first+s} nummer er {phone}",
  ],
  email: {
    hello: ["Hej {first},", "Kære {full},", "Godmorgen {first},"],
    body: [
      "fra den {date} er min nye adresse {addr}.",
      "beløbet bedes overført til {full2}, IBAN {iban}.",
      "du kan fange mig på {phone}.",
    ],
    bye: ["Med venlig hilsen,", "Venlig hilsen,", "Tak,"],
    role: ["Bogholder", "Kundeservice", "Afdelingsleder"],
  },
  address: { intro: ["Send til:", "Leveringsadresse", "Ny adresse:"], labels: ["Navn", "Adresse", "Telefon", "E-mail", "Fødselsdato"] },
  incident: [
    "Brugeren {full} ({email}) kan ikke logge ind. Hun sendte brugernavn {user} og adgangskode {pw} i sag {ticket}.",
    "Kunde {full}, kundenummer {cust}, CPR {natid}: dobbelt træk på kort {card}.",
    "Medarbejder {full} (medarbejdernummer {emp}) indsatte nøglen {token} i en åben kanal.",
  ],
  record: ["navn", "foedselsdato", "adresse", "telefon", "email", "cpr", "by"],
};

const FI: LangPack = {
  lang: "fi",
  months: ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
  chat: [
    "moi olen {first:lc} enkä pääse kirjautumaan eilisestä asti",
    "voitko auttaa kirjoittamaan onnittelun, {first} täyttää vuosia {date}",
    "muutin osoitteeseen {addr}, miten vaihdan toimitusosoitteen?",
    "salasanani on {pw} mutta se ei toimi",
    "Kirjoita kirje vuokranantajalle {full} asunnon {street} vuokravakuudesta",
    "henkilötunnukseni on {natid}",
    "puhelinnumero on {phone}, soita {first} illalla",
  ],
  email: {
    hello: ["Hei {first},", "Hyvä {full},", "Moi {first},"],
    body: [
      "uusi osoitteeni {date} alkaen on {addr}.",
      "palautuksen voi maksaa tilille {iban}, saaja {full2}.",
      "tavoitat minut numerosta {phone}.",
    ],
    bye: ["Ystävällisin terveisin,", "Terveisin,", "Kiitos,"],
    role: ["Talouspäällikkö", "Asiakaspalvelu", "Henkilöstöasiantuntija"],
  },
  address: { intro: ["Lähetä osoitteeseen:", "Toimitusosoite", "Uusi osoite:"], labels: ["Nimi", "Osoite", "Puhelin", "Sähköposti", "Syntymäaika"] },
  incident: [
    "Käyttäjä {full} ({email}) ei pääse kirjautumaan. Hän lähetti tiketissä {ticket} tunnuksen {user} ja salasanan {pw}.",
    "Asiakas {full}, asiakasnumero {cust}, henkilötunnus {natid}: kortilta {card} veloitettiin kahdesti.",
    "Työntekijä {full} (henkilönumero {emp}) liitti avaimen {token} julkiselle kanavalle.",
  ],
  record: ["nimi", "syntymaaika", "osoite", "puhelin", "sahkoposti", "hetu", "kunta"],
};

export const WEST_PACKS: readonly LangPack[] = [DE, FR, ES, IT, PT, NL, SV, NB, DA, FI];
