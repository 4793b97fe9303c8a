/** German, French, Spanish, Italian, Portuguese and Dutch templates. */
import type { Pack } from "./pack";

export const DE: Pack = {
  hello: ["hallo", "Hi,", "Guten Tag,", "moin", "Servus"],
  bye: ["danke!", "LG", "Vielen Dank im Voraus", "mfg", "danke dir"],
  chat: [
    "ich heiße {full} und komme nicht mehr in mein Konto",
    "kannst du eine Geburtstagskarte für {first} schreiben, sie hat am {date} Geburtstag",
    "mein Passwort ist {pw}, geht aber nicht mehr??",
    "Hab die Wohnung in der {street} gekündigt, ziehe nach {city}",
    "schreib bitte an Herrn {last}, dass die Heizung wieder kaputt ist",
    "{first:lc} hat gesagt ich soll hier fragen. meine Kundennummer ist {acct}",
    "geboren am {dob} in {city}, brauche ich für den Antrag noch was?",
    "Steuer-ID {natid}, reicht das für das Formular oder brauch ich die Steuernummer",
    "kannst du den Text für {first}s Abschiedsfeier kürzer machen",
    "meine IBAN ist {iban} bitte Rückerstattung dahin, thanks",
    "ruf mich an unter {phone}, bin bis 18 Uhr erreichbar",
    "Kunde: Hallo\nBot: Wie kann ich helfen?\nKunde: hier ist {full}, Versicherungsnummer {policy}, der Schaden vom {date} ist noch offen",
  ],
  email: [
    "Hallo {first},\n\nanbei die Unterlagen. Bitte bis {date} unterschrieben zurück an {email}.\n\nViele Grüße\n{full}\nTel. {phone}\n{addr}",
    "Sehr geehrte Frau {last},\n\nIhr Termin ist am {date}. Bitte bringen Sie Ihre Versichertennummer ({policy}) mit.\n\nMit freundlichen Grüßen\n{full2}",
    "Moin {first:lc},\nder Zugang fürs Portal: Benutzer {email}, Passwort {pw}\nGruß {first2}",
  ],
  incident: [
    "Störung: Kundin {full} (Kundennr. {acct}) meldet doppelte Abbuchung von Karte {card}.",
    "Vorfall: Mitarbeiter {first} hat den API-Schlüssel {token} in ein öffentliches Repo gepusht. Personalnummer {emp}.",
    "Patient {full}, geb. {dob}, Fallnummer {patient}, Aufnahme am {date}, Entlassbrief an falsche Adresse ({addr}).",
  ],
  address: ["Lieferadresse:\n{block}", "Rechnung bitte an {addr}", "Neue Anschrift von {full}: {street}, {city}"],
  fields: ["Name", "Ort", "Geburtsdatum", "Telefon", "E-Mail", "Kundennummer"],
};

export const FR: Pack = {
  hello: ["bonjour", "salut", "Bonsoir,", "coucou"],
  bye: ["merci", "merci d'avance", "cdt", "bonne journée"],
  chat: [
    "je m'appelle {full} et je n'arrive plus à me connecter",
    "écris un petit mot pour l'anniversaire de {first}, c'est le {date}",
    "mon mot de passe c'est {pw} mais il marche plus",
    "j'ai déménagé de {city} à {city2}, comment changer mon adresse ?",
    "peux-tu répondre à M. {last} que le loyer est payé",
    "mon numéro de sécu est {natid}, c'est pour le formulaire",
    "née le {dob} à {city}, il me faut quoi pour le passeport ?",
    "appelle {first:lc} au {phone} stp",
    "voici mon IBAN {iban} pour le remboursement",
    "Client : bonjour\nConseiller : bonjour, que puis-je faire ?\nClient : c'est {full}, contrat {policy}, le sinistre du {date} n'est pas réglé",
  ],
  email: [
    "Bonjour {first},\n\nci-joint le devis. Merci de le renvoyer signé à {email} avant le {date}.\n\nCordialement,\n{full}\n{phone}\n{addr}",
    "Madame {last},\n\nvotre rendez-vous est fixé au {date}. Numéro de dossier patient : {patient}.\n\nBien à vous,\n{full2}",
  ],
  incident: [
    "Incident : la cliente {full} (n° client {acct}) signale un double débit sur la carte {card}.",
    "Alerte : la clé {token} a été publiée par {first} ({email}). Clé révoquée.",
    "Patient {full}, né le {dob}, admis le {date}, courrier envoyé à {addr} par erreur.",
  ],
  address: ["Adresse de livraison :\n{block}", "Facturer à {addr}", "Nouvelle adresse de {full} : {street}, {city}"],
  fields: ["nom", "ville", "date_naissance", "téléphone", "courriel", "id_client"],
};

export const ES: Pack = {
  hello: ["hola", "buenas", "Buenos días,", "holaa"],
  bye: ["gracias", "muchas gracias!!", "saludos", "un saludo"],
  chat: [
    "me llamo {full} y no puedo entrar a mi cuenta",
    "escribe un mensaje de cumple para {first}, es el {date}",
    "mi contraseña es {pw} y dice que es incorrecta",
    "me mudé de {city} a {city2}, cómo cambio la dirección?",
    "dile al señor {last} que ya pagué el alquiler",
    "mi DNI es {natid}, lo necesito para el formulario?",
    "nací el {dob} en {city}, qué papeles necesito",
    "llama a {first:lc} al {phone} porfa",
    "mi cuenta es {iban}, hagan la devolución ahí",
    "Cliente: hola\nAgente: en qué le ayudo?\nCliente: soy {full}, póliza {policy}, el siniestro del {date} sigue abierto",
  ],
  email: [
    "Hola {first}:\n\nte adjunto el contrato. Devuélvelo firmado a {email} antes del {date}.\n\nUn saludo,\n{full}\n{phone}\n{addr}",
    "Estimada Sra. {last}:\n\nsu cita es el {date}. Número de historia clínica: {patient}.\n\nAtentamente,\n{full2}",
  ],
  incident: [
    "Incidencia: la clienta {full} (n.º cliente {acct}) reporta un cargo doble en la tarjeta {card}.",
    "Aviso: {first} subió el token {token} a un repositorio público. Empleado {emp}.",
    "Paciente {full}, fecha de nacimiento {dob}, ingreso {date}, carta enviada a {addr} por error.",
  ],
  address: ["Dirección de envío:\n{block}", "Facturar a: {addr}", "La nueva dirección de {full} es {street}, {city}"],
  fields: ["nombre", "ciudad", "fecha_nacimiento", "teléfono", "correo", "id_cliente"],
};

export const IT: Pack = {
  hello: ["ciao", "buongiorno", "salve,", "ciao a tutti"],
  bye: ["grazie", "grazie mille", "cordiali saluti", "a presto"],
  chat: [
    "mi chiamo {full} e non riesco ad accedere",
    "scrivi un messaggio per il compleanno di {first}, è il {date}",
    "la mia password è {pw} ma non funziona più",
    "mi sono trasferito da {city} a {city2}, come aggiorno l'indirizzo?",
    "rispondi al sig. {last} che l'affitto è pagato",
    "il mio codice fiscale è {natid}",
    "sono nata il {dob} a {city}, cosa serve per la carta d'identità?",
    "chiama {first:lc} al {phone}",
    "Cliente: salve\nOperatore: come posso aiutarla?\nCliente: sono {full}, polizza {policy}, il sinistro del {date} è ancora aperto",
  ],
  email: [
    "Ciao {first},\n\nin allegato il contratto. Rimandalo firmato a {email} entro il {date}.\n\nCordiali saluti,\n{full}\n{phone}\n{addr}",
    "Gentile sig.ra {last},\n\nl'appuntamento è fissato per il {date}. Codice paziente {patient}.\n\nDistinti saluti\n{full2}",
  ],
  incident: [
    "Segnalazione: il cliente {full} (cod. cliente {acct}) vede un doppio addebito sulla carta {card}.",
    "Il dipendente {first} ({emp}) ha incollato la chiave {token} in chat. Chiave revocata.",
  ],
  address: ["Indirizzo di spedizione:\n{block}", "Fatturare a {addr}"],
  fields: ["nome", "città", "data_nascita", "telefono", "email", "codice_cliente"],
};

export const PT: Pack = {
  hello: ["olá", "oi", "bom dia,", "boa tarde"],
  bye: ["obrigado", "obrigada!", "abraço", "valeu"],
  chat: [
    "meu nome é {full} e não consigo entrar na conta",
    "escreve uma mensagem de aniversário pra {first}, é dia {date}",
    "a minha senha é {pw} e não funciona",
    "mudei de {city} para {city2}, como atualizo o endereço?",
    "meu CPF é {natid}, precisa pro cadastro?",
    "nasci em {dob} em {city}",
    "liga pro {first:lc} no {phone}",
    "Cliente: oi\nAtendente: em que posso ajudar?\nCliente: sou {full}, apólice {policy}, o sinistro de {date} ainda está aberto",
  ],
  email: [
    "Olá {first},\n\nsegue o contrato. Devolva assinado para {email} até {date}.\n\nAtenciosamente,\n{full}\n{phone}\n{addr}",
    "Prezada Sra. {last},\n\na sua consulta está marcada para {date}. Número de utente: {patient}.\n\nCumprimentos,\n{full2}",
  ],
  incident: [
    "Ocorrência: cliente {full} (n.º {acct}) com cobrança duplicada no cartão {card}.",
    "O colaborador {first} publicou o token {token} no repositório. Matrícula {emp}.",
  ],
  address: ["Endereço de entrega:\n{block}", "Faturar para {addr}"],
  fields: ["nome", "cidade", "data_nascimento", "telefone", "email", "id_cliente"],
};

export const NL: Pack = {
  hello: ["hoi", "hallo,", "goedemorgen", "hey"],
  bye: ["bedankt", "groetjes", "alvast bedankt", "mvg"],
  chat: [
    "ik ben {full} en ik kan niet meer inloggen",
    "schrijf een verjaardagsberichtje voor {first}, ze is jarig op {date}",
    "mijn wachtwoord is {pw} maar dat werkt niet",
    "ik ben verhuisd van {city} naar {city2}, hoe pas ik mijn adres aan?",
    "mijn BSN is {natid}, moet dat erbij?",
    "geboren op {dob} in {city}",
    "bel {first:lc} even op {phone}",
    "Klant: hoi\nMedewerker: waarmee kan ik helpen?\nKlant: met {full}, polisnummer {policy}, de schade van {date} staat nog open",
  ],
  email: [
    "Hoi {first},\n\nhierbij het contract. Graag ondertekend terug naar {email} voor {date}.\n\nMet vriendelijke groet,\n{full}\n{phone}\n{addr}",
    "Geachte mevrouw {last},\n\nuw afspraak is op {date}. Patiëntnummer: {patient}.\n\nMet vriendelijke groet,\n{full2}",
  ],
  incident: [
    "Melding: klant {full} (klantnr. {acct}) ziet een dubbele afschrijving van {iban}.",
    "Medewerker {first} heeft token {token} in Slack geplakt. Personeelsnummer {emp}.",
  ],
  address: ["Bezorgadres:\n{block}", "Factuur naar {addr}"],
  fields: ["naam", "woonplaats", "geboortedatum", "telefoon", "e-mail", "klantnummer"],
};
