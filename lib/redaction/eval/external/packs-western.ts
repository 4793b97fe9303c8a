/** German, French, Spanish, Italian, Portuguese and Dutch templates. */
import { h24, p2, type LanguagePack } from "./language-pack";

const DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

export const GERMAN: LanguagePack = {
  code: "de",
  and: "und",
  hon: { m: ["Herr", "Herrn", "Herr Dr."], f: ["Frau", "Frau Dr."] },
  dates: [(d) => `${p2(d.d)}.${p2(d.m)}.${d.y}`, (d) => `${d.d}. ${DE_MONTHS[d.m - 1]} ${d.y}`, (d) => `${d.d}.${d.m}.${String(d.y).slice(2)}`],
  monthYear: (d) => `${DE_MONTHS[d.m - 1]} ${d.y}`,
  weekdays: ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
  times: [(h, m) => `${h}:${p2(m)} Uhr`, h24, (h, m) => `${p2(h)}.${p2(m)} Uhr`],
  chat: [
    "Hallo, ich bin {name}, meine Adresse ist {street}, {pc} {town}. Meine Bestellung {ref} ist nach zwei Wochen immer noch nicht da.",
    "Kannst du mir helfen, eine Mail an {hon} {last} zu schreiben? Es geht um die Nebenkostenabrechnung für die Wohnung in {town}.",
    "Kunde: Ich möchte meine Adresse ändern.\nMitarbeiter: Gerne, wie lautet die neue Anschrift?\nKunde: {addrsp}\nMitarbeiter: Danke. Und unter welcher Nummer erreichen wir Sie?\nKunde: {phone}",
    "Mein Termin beim Hautarzt ist am {appt} um {time}, aber ich kann nicht. Schreib bitte eine kurze Absage an die Praxis, Name {name}.",
    "{first}s Geburtstag ist am {date}, {g:er|sie} wird vierzig. Hast du Ideen für ein Geschenk unter fünfzig Euro?",
    "frag mal {last}, {g:der|die} hat den Schlüssel für den Keller",
    "Ich bin {year} in {town} geboren und jetzt nach {town#2} gezogen. Welche Unterlagen brauche ich für die Ummeldung?",
    "Bitte formuliere das freundlicher: 'An {first}: Die Unterlagen liegen bei {hon#2} {last#2}, bitte bis Freitag abholen.'",
    "Hi, hier ist {first}. Das Paket ging an meine alte Adresse {addr} statt an die neue. Was kann ich tun?",
    "Fass bitte zusammen, worauf sich {names} beim Elternabend geeinigt haben.",
  ],
  email: [
    "Betreff: Lieferadresse\n\nSehr geehrte{g:r Herr| Frau} {last},\n\nbitte senden Sie das Ersatzteil an folgende Adresse:\n\n{name}\n{block}\n\nMit freundlichen Grüßen\n{name#2}\nTel. {phone}",
    "Hallo {first},\n\ndanke für das Gespräch gestern. Meine neue Handynummer ist {iphone}, die E-Mail bleibt {email}.\n\nViele Grüße\n{first#2}",
    "Sehr geehrte Damen und Herren,\n\nich schreibe im Namen {g:meines Vaters|meiner Mutter}, {name}, geb. {dob}, wegen {g:seines|ihres} Rentenbescheids. {g:Seine|Ihre} Anschrift lautet {addr}.\n\nMit freundlichen Grüßen\n{name#2}",
  ],
  address: [
    "Lieferadresse:\n{name}\n{block}",
    "Rechnungsanschrift: {fam}, {addr}",
    "Absender: {name}  {addrsp}",
    "Bitte schicken Sie die Unterlagen an {name}, {addr}.",
  ],
  incident: [
    "Vorfall {ref}: {name} hat {g:sein|ihr} Passwort \"{pw}\" im Teamkanal gepostet. Das Passwort wurde zurückgesetzt.",
    "Zugangsdaten: Benutzer {user}, Passwort {pw}. Bitte sofort ändern.",
    "Die Kundin hat ihre IBAN {iban} und ihre Steuer-ID {id:tax} im Chat geschickt.",
    "Reisepassnummer {id:passport} und Führerscheinnummer {id:dl} von {name} waren auf dem Screenshot sichtbar.",
    "Kartennummer {cardbad} wurde abgelehnt, vermutlich ein Zahlendreher.",
  ],
  record: [
    "Name: {fam}\nGeburtsdatum: {dob}\nAnschrift: {addr}\nTelefon: {phone}\nE-Mail: {email}",
    "Teilnehmer: {names}\nEntschuldigt: {name#2}",
    "Patient: {fam}, geb. {dob}, Versichertennummer {id:member}, Hausarzt Dr. {last#2}",
  ],
};

const FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

export const FRENCH: LanguagePack = {
  code: "fr",
  and: "et",
  hon: { m: ["M.", "Monsieur", "Me"], f: ["Mme", "Madame", "Mlle"] },
  dates: [(d) => `${p2(d.d)}/${p2(d.m)}/${d.y}`, (d) => `${d.d === 1 ? "1er" : d.d} ${FR_MONTHS[d.m - 1]} ${d.y}`, (d) => `${p2(d.d)}.${p2(d.m)}.${d.y}`],
  monthYear: (d) => `${FR_MONTHS[d.m - 1]} ${d.y}`,
  weekdays: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
  times: [(h, m) => `${h}h${m ? p2(m) : ""}`, h24, (h, m) => `${h} h ${p2(m)}`],
  chat: [
    "Bonjour, je m'appelle {name} et j'habite au {street}, {pc} {town}. Ma commande {ref} n'est toujours pas arrivée.",
    "Tu peux m'aider à écrire un mail à {hon} {last} ? C'est pour la caution de l'appartement à {town}.",
    "Client : Je voudrais changer mon adresse de livraison.\nConseiller : Bien sûr, quelle est la nouvelle adresse ?\nClient : {addrsp}\nConseiller : Merci. Un numéro de téléphone ?\nClient : {phone}",
    "J'ai rendez-vous chez le dentiste le {appt} à {time} mais je ne peux pas y aller. Rédige un message d'annulation au nom de {name}.",
    "L'anniversaire de {first} est le {date}, {g:il|elle} aura trente ans. Des idées de cadeau ?",
    "demande à {last}, c'est {g:lui|elle} qui a les clés du local",
    "Je suis {g:né|née} en {year} à {town} et j'habite maintenant à {town#2}. Quels papiers faut-il pour changer d'adresse ?",
    "Le colis de {first} est parti à l'ancienne adresse, {addr}. Comment le récupérer ?",
  ],
  email: [
    "Objet : Adresse de livraison\n\n{g:Monsieur|Madame} {last},\n\nmerci d'envoyer la pièce de rechange à l'adresse suivante :\n\n{name}\n{block}\n\nCordialement,\n{name#2}\nTél. {phone}",
    "Bonjour {first},\n\nmerci pour hier. Mon nouveau portable : {iphone}, mon adresse mail reste {email}.\n\nBonne journée,\n{first#2}",
    "Madame, Monsieur,\n\nje vous écris au nom de {g:mon père|ma mère}, {name}, {g:né|née} le {dob}, au sujet de sa retraite. Son adresse : {addr}.\n\nVeuillez agréer mes salutations distinguées.\n{name#2}",
  ],
  address: ["Adresse de livraison :\n{name}\n{block}", "Facturation : {fam}, {addr}", "Expéditeur : {name}  {addrsp}", "Merci d'envoyer le dossier à {name}, {addr}."],
  incident: [
    "Incident {ref} : {name} a publié son mot de passe « {pw} » dans le canal de l'équipe. Il a été réinitialisé.",
    "Identifiants : {user} / {pw}",
    "Le client a envoyé son IBAN {iban} et son numéro de passeport {id:passport} par chat.",
    "{nidname} {nid} visible sur la capture d'écran envoyée par {first}.",
  ],
  record: ["Nom : {fam}\nDate de naissance : {dob}\nAdresse : {addr}\nTéléphone : {phone}\nCourriel : {email}", "Présents : {names}\nExcusé : {name#2}"],
};

const ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

export const SPANISH: LanguagePack = {
  code: "es",
  and: "y",
  hon: { m: ["Sr.", "señor", "D."], f: ["Sra.", "señora", "Dña."] },
  dates: [(d) => `${p2(d.d)}/${p2(d.m)}/${d.y}`, (d) => `${d.d} de ${ES_MONTHS[d.m - 1]} de ${d.y}`, (d) => `${d.d}-${d.m}-${d.y}`],
  monthYear: (d) => `${ES_MONTHS[d.m - 1]} de ${d.y}`,
  weekdays: ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
  times: [h24, (h, m) => `${h}:${p2(m)} h`, (h, m) => `${h % 12 || 12}:${p2(m)} ${h < 12 ? "a. m." : "p. m."}`],
  chat: [
    "Hola, soy {name} y vivo en {street}, {pc} {town}. Mi pedido {ref} todavía no ha llegado.",
    "¿Me ayudas a escribir un correo al {hon} {last}? Es sobre la fianza del piso de {town}.",
    "Cliente: Quiero cambiar la dirección de envío.\nAgente: Claro, ¿cuál es la nueva dirección?\nCliente: {addrsp}\nAgente: Gracias. ¿Un teléfono de contacto?\nCliente: {phone}",
    "Tengo cita con el médico el {appt} a las {time} y no puedo ir. Escribe un mensaje para cancelarla a nombre de {name}.",
    "El cumpleaños de {first} es el {date}. ¿Qué le puedo regalar?",
    "pregúntale a {last}, {g:él|ella} tiene las llaves del garaje",
    "Nací en {town} en {year} y ahora vivo en {town#2}. ¿Qué trámites tengo que hacer para empadronarme?",
    "El paquete de {first} se fue a la dirección antigua: {addr}. ¿Cómo lo recupero?",
  ],
  email: [
    "Asunto: Dirección de entrega\n\nEstimad{g:o|a} {hon} {last}:\n\npor favor, envíe la pieza a esta dirección:\n\n{name}\n{block}\n\nUn saludo,\n{name#2}\nTel. {phone}",
    "Hola {first}:\n\ngracias por lo de ayer. Mi móvil nuevo es {iphone} y el correo sigue siendo {email}.\n\nUn abrazo,\n{first#2}",
  ],
  address: ["Dirección de envío:\n{name}\n{block}", "Facturar a: {fam}, {addr}", "Remitente: {name}  {addrsp}", "Por favor, envíen los documentos a {name}, {addr}."],
  incident: [
    "Incidencia {ref}: {name} publicó su contraseña \"{pw}\" en el canal del equipo. Ya se ha cambiado.",
    "Credenciales: usuario {user}, contraseña {pw}",
    "El cliente mandó su {nidname} {nid} y su IBAN {iban} por el chat.",
    "Número de pasaporte {id:passport} de {name} visible en la captura.",
  ],
  record: ["Nombre: {fam}\nFecha de nacimiento: {dob}\nDirección: {addr}\nTeléfono: {phone}\nCorreo: {email}", "Asistentes: {names}\nExcusa su ausencia: {name#2}"],
};

const IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"];

export const ITALIAN: LanguagePack = {
  code: "it",
  and: "e",
  hon: { m: ["sig.", "Signor", "dott.", "avv."], f: ["sig.ra", "Signora", "dott.ssa"] },
  dates: [(d) => `${p2(d.d)}/${p2(d.m)}/${d.y}`, (d) => `${d.d} ${IT_MONTHS[d.m - 1]} ${d.y}`, (d) => `${d.d}.${d.m}.${d.y}`],
  monthYear: (d) => `${IT_MONTHS[d.m - 1]} ${d.y}`,
  weekdays: ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
  times: [h24, (h, m) => `${h}.${p2(m)}`],
  chat: [
    "Buongiorno, sono {name} e abito in {street}, {pc} {town}. Il mio ordine {ref} non è ancora arrivato.",
    "Mi aiuti a scrivere una mail {g:al|alla} {hon} {last}? Riguarda la caparra dell'appartamento a {town}.",
    "Cliente: Vorrei cambiare l'indirizzo di consegna.\nOperatore: Certo, qual è il nuovo indirizzo?\nCliente: {addrsp}\nOperatore: Grazie, e un numero di telefono?\nCliente: {phone}",
    "Ho una visita il {appt} alle {time} ma non posso andarci. Scrivi un messaggio per disdire a nome di {name}.",
    "chiedi a {last}, ha {g:lui|lei} le chiavi della cantina",
    "Sono {g:nato|nata} a {town} nel {year} e adesso vivo a {town#2}. Cosa devo fare per il cambio di residenza?",
    "Il compleanno di {first} è il {date}: idee per un regalo?",
  ],
  email: [
    "Oggetto: Indirizzo di consegna\n\nGentile {hon} {last},\n\nla prego di spedire il pezzo al seguente indirizzo:\n\n{name}\n{block}\n\nCordiali saluti,\n{name#2}\nTel. {phone}",
    "Ciao {first},\n\ngrazie per ieri. Il mio nuovo cellulare è {iphone}, la mail resta {email}.\n\nA presto,\n{first#2}",
  ],
  address: ["Indirizzo di spedizione:\n{name}\n{block}", "Intestatario: {fam}, {addr}", "Mittente: {name}  {addrsp}"],
  incident: [
    "Segnalazione {ref}: {name} ha incollato la password \"{pw}\" nella chat di gruppo. È stata cambiata.",
    "Il cliente ha inviato il {nidname} {nid} e l'IBAN {iban} in chat.",
    "credenziali: {user} / {pw}",
  ],
  record: ["Nome: {fam}\nData di nascita: {dob}\nIndirizzo: {addr}\nTelefono: {phone}\nEmail: {email}", "Presenti: {names}\nAssente giustificato: {name#2}"],
};

const PT_MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"];

export const PORTUGUESE: LanguagePack = {
  code: "pt",
  and: "e",
  hon: { m: ["Sr.", "senhor", "Dr."], f: ["Sra.", "senhora", "D.", "Dra."] },
  dates: [(d) => `${p2(d.d)}/${p2(d.m)}/${d.y}`, (d) => `${d.d} de ${PT_MONTHS[d.m - 1]} de ${d.y}`, (d) => `${p2(d.d)}-${p2(d.m)}-${d.y}`],
  monthYear: (d) => `${PT_MONTHS[d.m - 1]} de ${d.y}`,
  weekdays: ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
  times: [h24, (h, m) => `${h}h${p2(m)}`],
  chat: [
    "Olá, o meu nome é {name} e moro na {street}, {pc} {town}. A minha encomenda {ref} ainda não chegou.",
    "Oi, sou {g:o|a} {first}! Meu pedido era para ir para {addr}, mas foi para o endereço antigo.",
    "Cliente: Quero mudar o endereço de entrega.\nAtendente: Claro, qual é o novo endereço?\nCliente: {addrsp}\nAtendente: Obrigado. Um telefone para contato?\nCliente: {phone}",
    "Tenho consulta no dia {appt} às {time} e não vou conseguir ir. Escreve uma mensagem para desmarcar em nome de {name}.",
    "pergunta {g:ao|à} {last}, é {g:ele|ela} que tem a chave da garagem",
    "Nasci em {town} em {year} e agora vivo em {town#2}. Que documentos preciso para mudar a morada?",
  ],
  email: [
    "Assunto: Morada de entrega\n\nCar{g:o|a} {hon} {last},\n\npor favor envie a peça para a seguinte morada:\n\n{name}\n{block}\n\nCumprimentos,\n{name#2}\nTel. {phone}",
    "Oi {first},\n\nvaleu por ontem! Meu celular novo é {iphone} e o e-mail continua {email}.\n\nAbraço,\n{first#2}",
  ],
  address: ["Morada de entrega:\n{name}\n{block}", "Endereço de cobrança: {fam}, {addr}", "Remetente: {name}  {addrsp}"],
  incident: [
    "Ocorrência {ref}: {name} colou a senha \"{pw}\" no grupo da equipe. A senha já foi trocada.",
    "O cliente mandou o {nidname} {nid} e o cartão {card} pelo chat.",
    "login {user} e senha {pw}",
  ],
  record: ["Nome: {fam}\nData de nascimento: {dob}\nMorada: {addr}\nTelefone: {phone}\nE-mail: {email}", "Presentes: {names}\nFaltou: {name#2}"],
};

const NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

export const DUTCH: LanguagePack = {
  code: "nl",
  and: "en",
  hon: { m: ["meneer", "dhr.", "de heer"], f: ["mevrouw", "mevr.", "mw."] },
  dates: [(d) => `${p2(d.d)}-${p2(d.m)}-${d.y}`, (d) => `${d.d} ${NL_MONTHS[d.m - 1]} ${d.y}`, (d) => `${d.d}/${d.m}/${d.y}`],
  monthYear: (d) => `${NL_MONTHS[d.m - 1]} ${d.y}`,
  weekdays: ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
  times: [h24, (h, m) => `${h}.${p2(m)} uur`],
  chat: [
    "Hoi, ik ben {name} en ik woon op {street}, {pc} {town}. Mijn bestelling {ref} is nog steeds niet bezorgd.",
    "Kun je een mailtje aan {hon} {last} schrijven over de borg van het appartement in {town}?",
    "Klant: Ik wil mijn adres wijzigen.\nMedewerker: Prima, wat is het nieuwe adres?\nKlant: {addrsp}\nMedewerker: Dank u. En een telefoonnummer?\nKlant: {phone}",
    "Ik heb op {appt} om {time} een afspraak bij de tandarts maar ik kan niet. Schrijf een afzegging namens {name}.",
    "vraag het even aan {last}, die heeft de sleutel van de schuur",
    "Ik ben in {year} in {town} geboren en woon nu in {town#2}. Wat moet ik regelen bij de gemeente?",
  ],
  email: [
    "Onderwerp: Afleveradres\n\nBeste {hon} {last},\n\nwilt u het onderdeel naar dit adres sturen:\n\n{name}\n{block}\n\nMet vriendelijke groet,\n{name#2}\nTel. {phone}",
    "Hoi {first},\n\nbedankt voor gisteren. Mijn nieuwe nummer is {iphone}, mijn mail blijft {email}.\n\nGroetjes,\n{first#2}",
  ],
  address: ["Afleveradres:\n{name}\n{block}", "Factuuradres: {fam}, {addr}", "Afzender: {name}  {addrsp}"],
  incident: [
    "Melding {ref}: {name} heeft het wachtwoord \"{pw}\" in de teamchat gezet. Het is inmiddels gewijzigd.",
    "De klant stuurde {g:zijn|haar} {nidname} {nid} en IBAN {iban} via de chat.",
    "inloggegevens: {user} / {pw}",
  ],
  record: ["Naam: {fam}\nGeboortedatum: {dob}\nAdres: {addr}\nTelefoon: {phone}\nE-mail: {email}", "Aanwezig: {names}\nAfwezig: {name#2}"],
};
