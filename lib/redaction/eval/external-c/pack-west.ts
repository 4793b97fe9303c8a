/** German, French, Spanish, Italian, Portuguese and Dutch templates, written per language. */
import type { LangPack } from "./pack";

export const DE: LangPack = {
  lang: "de",
  chat: [
    "hallo, ich bin {first} {last} und komme seit gestern nicht mehr in mein konto",
    "Bitte die Lieferadresse ändern auf {addr}, danke!",
    "mein Passwort ist {pw}, aber es kommt immer 'ungültig'",
    "Können Sie {first2} {last2} zurückrufen? Nummer: {phone}",
    "Termin am {appt} für meine Mutter, {name2}, geht das noch?",
    "bin am {moved} umgezogen, neue Adresse {street}, {zip} {city}",
    "schreib mir eine kurze Absage an Herrn {last2}, freundlich aber bestimmt",
    "Die Rückerstattung bitte auf {iban} (Kontoinhaber {name})",
    "geburtsdatum {dob}, versichertennummer {member} - reicht das?",
    "hi, {first} hier. die mail an {email} ist nie angekommen",
    "Kundin: Hallo, hier ist {name}\nAgent: Guten Tag, wie kann ich helfen?\nKundin: Meine Steuer-ID {tax} ist im Portal falsch hinterlegt",
    "kannst du das auf englisch übersetzen: 'Sehr geehrte Frau {last2}, anbei die Unterlagen'",
  ],
  greet: ["Hallo {first2},", "Sehr geehrte Frau {last2},", "Guten Tag,", "Lieber {first2},"],
  mail: [
    "anbei wie besprochen das Formular. Mein Geburtsdatum ist der {dob}, die Vertragsnummer lautet {policy}.",
    "bitte schicken Sie die Unterlagen künftig an {addr}. Ich bin am {moved} umgezogen.",
    "die Abbuchung von meiner Karte {card} kann ich nicht zuordnen. Bitte prüfen Sie das.",
    "Frau {name2} übernimmt ab Montag meine Vertretung, erreichbar unter {phone}.",
  ],
  close: ["Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße", "LG"],
  incident: [
    "Störung: Nutzer {name} ({email}) meldet Anmeldefehler von {ip}. Temporäres Passwort {pw} vergeben.",
    "Kunde {first} {last} hat im Chat seine IBAN {iban} und sein Kennwort {pw} gepostet. Ticket geschwärzt.",
    "Personalnummer {employee} ({name}) braucht Zugriff auf das Laufwerk, genehmigt von {name2}.",
    "Patientin {name}, geb. {dob}, Fallnummer {case}: Befund wurde an die falsche Adresse {addr} geschickt.",
  ],
  labels: { name: "Name", street: "Straße", zip: "PLZ", city: "Ort", phone: "Telefon", email: "E-Mail", dob: "Geburtsdatum", country: "Land", id: "Kundennummer", iban: "IBAN", note: "Bemerkung" },
  notes: ["bitte vorher anrufen", "keine", "Paket beim Nachbarn abgeben", "Rückfrage erwünscht"],
};

export const FR: LangPack = {
  lang: "fr",
  chat: [
    "bonjour, je m'appelle {first} {last} et je n'arrive plus à me connecter",
    "pouvez-vous changer mon adresse de livraison : {addr}",
    "mon mot de passe c'est {pw} mais ça marche pas",
    "rdv le {appt} pour ma fille {first2}, c'est possible ?",
    "merci de rembourser sur mon IBAN {iban}",
    "j'ai déménagé le {moved}, nouvelle adresse {street}, {zip} {city}",
    "écris un mail à M. {last2} pour lui dire que la facture est en retard",
    "mon numéro c'est le {phone}, rappelez moi svp",
    "Client : bonjour c'est {name}\nConseiller : Bonjour, que puis-je faire pour vous ?\nClient : ma carte {card} a été débitée deux fois",
    "né le {dob}, numéro de sécu {national}, ça suffit pour le dossier ?",
  ],
  greet: ["Bonjour {first2},", "Madame {last2},", "Bonjour,", "Cher {first2},"],
  mail: [
    "suite à notre échange, voici mon numéro de contrat : {policy}. Je suis né le {dob}.",
    "merci d'envoyer désormais le courrier au {addr}.",
    "je conteste le prélèvement sur ma carte {card} du mois dernier.",
    "{name2} me remplace à partir de lundi, vous pouvez la joindre au {phone}.",
  ],
  close: ["Cordialement,", "Bien à vous,", "Merci d'avance,"],
  incident: [
    "Incident : l'utilisateur {name} ({email}) signale des échecs de connexion depuis {ip}. Mot de passe provisoire : {pw}.",
    "Le client {first} {last} a collé son IBAN {iban} dans le ticket, ainsi que son identifiant {user}.",
    "Patient {name}, né le {dob}, dossier {patient} : compte rendu envoyé à la mauvaise adresse.",
    "La clé d'API {token} a été publiée par erreur dans les logs. Propriétaire : {name2}.",
  ],
  labels: { name: "Nom", street: "Adresse", zip: "Code postal", city: "Ville", phone: "Téléphone", email: "Courriel", dob: "Date de naissance", country: "Pays", id: "N° client", iban: "IBAN", note: "Remarque" },
  notes: ["sonner deux fois", "aucune", "livraison le matin de préférence"],
};

export const ES: LangPack = {
  lang: "es",
  chat: [
    "hola soy {first} {last}, no puedo entrar a mi cuenta",
    "me cambié de casa el {moved}, la nueva dirección es {addr}",
    "mi contraseña es {pw} y no funciona!!",
    "pueden llamarme al {phone}? gracias",
    "cita para {name2} el {appt}, se puede?",
    "devuélvanme el dinero a la cuenta {iban} por favor",
    "escribe un correo a la señora {last2} diciendo que llegaré tarde",
    "Cliente: hola, soy {name}\nAgente: Buenas, ¿en qué le ayudo?\nCliente: mi DNI es {national} y no me deja registrarme",
    "fecha de nacimiento {dob}, número de póliza {policy}",
  ],
  greet: ["Hola {first2}:", "Estimada Sra. {last2}:", "Buenos días,"],
  mail: [
    "le escribo porque el cargo en mi tarjeta {card} no lo reconozco.",
    "por favor, envíen la documentación a {addr}, me mudé el {moved}.",
    "adjunto el formulario firmado. Mi número de paciente es {patient}.",
    "{name2} se encargará de la cuenta a partir del lunes; su teléfono es {phone}.",
  ],
  close: ["Saludos,", "Un cordial saludo,", "Gracias,"],
  incident: [
    "Incidencia: el usuario {name} ({email}) no puede iniciar sesión desde {ip}. Contraseña temporal {pw}.",
    "El cliente {first} {last} pegó en el chat su tarjeta {card} y su NIF {tax}.",
    "Se publicó el token {token} en un repositorio público; responsable {name2}.",
  ],
  labels: { name: "Nombre", street: "Dirección", zip: "C.P.", city: "Ciudad", phone: "Teléfono", email: "Correo", dob: "Fecha de nacimiento", country: "País", id: "N.º de cliente", iban: "IBAN", note: "Observaciones" },
  notes: ["llamar antes", "ninguna", "dejar en portería"],
};

export const IT: LangPack = {
  lang: "it",
  chat: [
    "ciao sono {first} {last}, non riesco ad accedere",
    "potete cambiare l'indirizzo in {addr}?",
    "la mia password è {pw}, ma dice errore",
    "mi richiamate al {phone} per favore",
    "appuntamento per {name2} il {appt}, va bene?",
    "rimborso sull'IBAN {iban}, intestato a {name}",
    "scrivi una mail gentile al dott. {last2} per spostare la visita",
    "nato il {dob}, codice fiscale {tax}",
  ],
  greet: ["Ciao {first2},", "Gentile sig.ra {last2},", "Buongiorno,"],
  mail: [
    "come d'accordo le invio il modulo firmato. Numero di polizza: {policy}.",
    "mi sono trasferito il {moved}; il nuovo indirizzo è {addr}.",
    "non riconosco l'addebito sulla carta {card}.",
  ],
  close: ["Cordiali saluti,", "Grazie,", "Un saluto,"],
  incident: [
    "Segnalazione: l'utente {name} ({email}) non riesce ad accedere da {ip}. Password temporanea: {pw}.",
    "Il cliente {first} {last} ha incollato nel ticket la carta {card} e il codice fiscale {tax}.",
    "Paziente {name}, nata il {dob}, cartella {patient}: referto inviato a {email2} per errore.",
  ],
  labels: { name: "Nome e cognome", street: "Indirizzo", zip: "CAP", city: "Città", phone: "Telefono", email: "Email", dob: "Data di nascita", country: "Paese", id: "Codice cliente", iban: "IBAN", note: "Note" },
  notes: ["citofonare", "nessuna", "consegna al mattino"],
};

export const PT: LangPack = {
  lang: "pt",
  chat: [
    "oi, sou {first} {last} e não consigo entrar na minha conta",
    "mudei no dia {moved}, endereço novo: {addr}",
    "minha senha é {pw}, tá dando erro",
    "me liga no {phone} por favor",
    "consulta da {name2} no dia {appt}, dá pra remarcar?",
    "estorno na conta {iban}, titular {name}",
    "CPF {national}, nascido em {dob}",
    "escreve um email pro sr. {last2} pedindo desculpa pelo atraso",
  ],
  greet: ["Olá {first2},", "Prezada Sra. {last2},", "Bom dia,"],
  mail: [
    "conforme combinado, segue o formulário. O número da apólice é {policy}.",
    "não reconheço a cobrança no cartão {card}.",
    "por favor enviem a correspondência para {addr}.",
  ],
  close: ["Atenciosamente,", "Obrigado,", "Abraço,"],
  incident: [
    "Incidente: o usuário {name} ({email}) não consegue entrar desde {ip}. Senha provisória {pw}.",
    "O cliente {first} {last} colou o cartão {card} e o CPF {national} no chat.",
    "Token {token} exposto no log de build; responsável {name2}.",
  ],
  labels: { name: "Nome", street: "Morada", zip: "Código postal", city: "Cidade", phone: "Telefone", email: "E-mail", dob: "Data de nascimento", country: "País", id: "N.º de cliente", iban: "IBAN", note: "Observações" },
  notes: ["ligar antes", "nenhuma", "entregar na portaria"],
};

export const NL: LangPack = {
  lang: "nl",
  chat: [
    "hoi ik ben {first} {last}, ik kan niet meer inloggen",
    "graag het bezorgadres wijzigen naar {addr}",
    "mijn wachtwoord is {pw} maar het werkt niet",
    "kunnen jullie me terugbellen op {phone}?",
    "afspraak voor {name2} op {appt}, kan dat nog?",
    "terugbetalen op {iban} t.n.v. {name} aub",
    "geboren op {dob}, BSN {national}",
    "schrijf een mailtje aan mevrouw {last2} dat ik later kom",
  ],
  greet: ["Hoi {first2},", "Geachte mevrouw {last2},", "Goedemiddag,"],
  mail: [
    "zoals besproken stuur ik het formulier mee. Mijn polisnummer is {policy}.",
    "ik ben op {moved} verhuisd naar {addr}.",
    "de afschrijving van mijn kaart {card} herken ik niet.",
  ],
  close: ["Met vriendelijke groet,", "Groetjes,", "Alvast bedankt,"],
  incident: [
    "Melding: gebruiker {name} ({email}) kan niet inloggen vanaf {ip}. Tijdelijk wachtwoord {pw}.",
    "Klant {first} {last} plakte zijn IBAN {iban} en inlognaam {user} in de chat.",
    "Patiënt {name}, geboren {dob}, patiëntnummer {patient}: brief naar verkeerd adres.",
  ],
  labels: { name: "Naam", street: "Adres", zip: "Postcode", city: "Plaats", phone: "Telefoon", email: "E-mail", dob: "Geboortedatum", country: "Land", id: "Klantnummer", iban: "IBAN", note: "Opmerking" },
  notes: ["graag eerst bellen", "geen", "bij de buren afgeven"],
};
