/** German, French, Spanish, Portuguese, Italian, Dutch and Swedish templates. */
import type { Pack } from "./pack";

export const DE: Pack = {
  lang: "de",
  chat: [
    "ich und {lower} waren am Wochenende in {city}, kannst du mir eine Dankeskarte für ihre Eltern schreiben?",
    "Formulier das bitte höflicher: \"Herr {last}, die Rechnung an {company} ist immer noch nicht bezahlt.\"",
    "Meine Tochter {first} hat am {date} einen Termin beim Kieferorthopäden, wie entschuldige ich sie in der Schule?",
    "hab aus Versehen mein Passwort {password} in den Gruppenchat kopiert, was jetzt??",
    "Kannst du prüfen, ob die IBAN {iban} von {full} stimmt?",
    "Schreib ein Arbeitszeugnis für {mid}, geboren am {birth}, bei uns seit 2019.",
    "{first}s Handynummer ist {phone}, kannst du daraus einen vCard-Eintrag machen?",
  ],
  email: [
    "Hallo {first},\n\nvielen Dank für das Gespräch. Die Unterlagen schicke ich bis Freitag an {email}.\n\nViele Grüße\n{full}\n{company}\nTel. {phone}",
    "Sehr geehrte Frau {last},\n\nIhr Termin in unserer Praxis ist am {date} bestätigt. Bitte bringen Sie Ihre Versichertennummer {patient} mit.\n\nMit freundlichen Grüßen\nIhr Praxisteam",
    "Hi zusammen,\n\nab Montag verstärkt {full} unser Team. Personalnummer {employee}, der Laptop geht an {street}, {zip} {city}.\n\nLG {first2}",
    "Guten Tag,\n\nbitte ändern Sie meine Steuer-ID auf {taxid}. Rückfragen gern unter {phone}.\n\nFreundliche Grüße\n{full}",
  ],
  address: [
    "Lieferadresse:\n{full}\n{street}\n{zip} {city}",
    "Bitte schickt das Ersatzteil an {full}, {street}, {zip} {city}. Danke!",
    "Neue Rechnungsanschrift: {street}, {zip} {city} (z. Hd. {full})",
  ],
  incident: [
    "Ticket {n}: Kundin {full} ({email}) kann sich seit dem Passwort-Reset nicht anmelden. Letzter Login von {ip}.",
    "Reklamation: Herr {full} meldet, dass seine Karte {card} am {date} doppelt belastet wurde. Rückruf unter {phone}.",
    "Sicherheitsvorfall: In der .env auf Staging stand API_KEY={apikey}; {first} hat ihn am {date} rotiert.",
    "Störung {n}: Kontonummer {account} von {full} zeigt fremde Buchungen an.",
  ],
  prose: [
    "Die Bahn hat für das Wochenende Bauarbeiten angekündigt, deshalb fahren zwischen den beiden Städten nur Ersatzbusse.",
    "Wir haben das Deployment auf Vercel umgestellt und die Vorschau-Links funktionieren jetzt für jeden Pull Request.",
    "Der Kuchen wird saftiger, wenn man die Butter vorher schaumig schlägt und den Teig nicht zu lange rührt.",
    "Nach dem Update auf Node 22 schlugen zwei Tests fehl, weil sich die Reihenfolge der Promises geändert hatte.",
  ],
};

export const FR: Pack = {
  lang: "fr",
  chat: [
    "moi et {lower} on est allés à {city} ce week-end, tu peux m'aider à écrire un mot de remerciement ?",
    "Reformule ça plus poliment : « Madame {last}, la facture pour {company} n'est toujours pas réglée. »",
    "mon fils {first} a rendez-vous chez le dentiste le {date}, comment je préviens l'école ?",
    "j'ai collé mon mot de passe {password} dans le canal Slack par erreur, je fais quoi ?",
    "Tu peux vérifier si l'IBAN {iban} de {full} est correct ?",
    "Écris une lettre de recommandation pour {mid}, née le {birth}.",
    "le numéro de {first} c'est {phone}, tu peux me faire une fiche contact ?",
  ],
  email: [
    "Bonjour {first},\n\nMerci pour notre échange. Je vous envoie le contrat signé à {email} d'ici vendredi.\n\nCordialement,\n{full}\n{company}\n{phone}",
    "Madame {last},\n\nVotre rendez-vous est confirmé pour le {date}. Merci d'apporter votre carte Vitale et votre numéro de dossier {patient}.\n\nLe secrétariat",
    "Salut l'équipe,\n\n{full} nous rejoint lundi. Matricule {employee}, l'ordinateur part au {street}, {zip} {city}.\n\n{first2}",
    "Bonjour,\n\nMerci de mettre à jour mon numéro fiscal : {taxid}. Vous pouvez me joindre au {phone}.\n\n{full}",
  ],
  address: [
    "Adresse de livraison :\n{full}\n{street}\n{zip} {city}",
    "Merci d'envoyer la pièce à {full}, {street}, {zip} {city}.",
    "Nouvelle adresse de facturation : {street}, {zip} {city} (à l'attention de {full})",
  ],
  incident: [
    "Ticket {n} : la cliente {full} ({email}) ne peut plus se connecter depuis la réinitialisation. Dernière connexion depuis {ip}.",
    "Réclamation : M. {full} signale que sa carte {card} a été débitée deux fois le {date}. Rappeler au {phone}.",
    "Incident de sécurité : le fichier .env de préproduction contenait SECRET_KEY={apikey}, changé par {first} le {date}.",
    "Signalement {n} : le numéro de compte {account} de {full} affiche les opérations d'un autre client.",
  ],
  prose: [
    "La mairie a annoncé des travaux sur le pont, la circulation sera déviée pendant deux semaines.",
    "On a migré le front sur Vercel et les déploiements de prévisualisation marchent enfin pour chaque branche.",
    "Pour réussir une pâte brisée, il faut du beurre bien froid et ne pas trop la travailler.",
    "Le mock Jest renvoyait undefined parce que la factory du module s'exécutait avant l'import.",
  ],
};

export const ES: Pack = {
  lang: "es",
  chat: [
    "yo y {lower} fuimos a {city} el finde, me ayudas a escribir una nota de agradecimiento para su madre?",
    "Reescribe esto más amable: \"Sr. {last}, la factura de {company} sigue sin pagarse.\"",
    "mi hija {first} tiene cita con el pediatra el {date}, cómo aviso al colegio?",
    "pegué sin querer mi contraseña {password} en el chat del equipo, qué hago?",
    "¿Puedes comprobar si el IBAN {iban} de {full} es válido?",
    "Escribe una carta de recomendación para {mid}, nacida el {birth}.",
    "el móvil de {first} es {phone}, me haces una ficha de contacto?",
  ],
  email: [
    "Hola {first}:\n\nGracias por la reunión. Te envío el contrato firmado a {email} antes del viernes.\n\nUn saludo,\n{full}\n{company}\n{phone}",
    "Estimada Sra. {last}:\n\nSu cita queda confirmada para el {date}. Traiga su tarjeta sanitaria y su número de historia clínica {patient}.\n\nAtentamente,\nRecepción",
    "Hola equipo:\n\n{full} se incorpora el lunes. Número de empleado {employee}; el portátil va a {street}, {zip} {city}.\n\n{first2}",
    "Buenos días:\n\nPor favor actualicen mi NIF a {taxid}. Pueden llamarme al {phone}.\n\n{full}",
  ],
  address: [
    "Dirección de envío:\n{full}\n{street}\n{zip} {city}",
    "Enviad el repuesto a {full}, {street}, {zip} {city}. ¡Gracias!",
    "Nueva dirección de facturación: {street}, {city} {zip} (a la atención de {full})",
  ],
  incident: [
    "Ticket {n}: la clienta {full} ({email}) no puede entrar desde que cambió la contraseña. Último acceso desde {ip}.",
    "Reclamación: el Sr. {full} dice que su tarjeta {card} se cobró dos veces el {date}. Devolver llamada al {phone}.",
    "Incidente de seguridad: el .env de staging tenía API_KEY={apikey}; {first} la rotó el {date}.",
    "Aviso {n}: la cuenta {account} de {full} muestra movimientos de otra persona.",
  ],
  prose: [
    "El ayuntamiento cortará la calle principal durante las fiestas, así que conviene aparcar fuera del centro.",
    "Desplegamos la app en Vercel y ahora cada pull request tiene su propia URL de vista previa.",
    "Para que la tortilla quede jugosa, la patata tiene que estar bien pochada antes de mezclarla con el huevo.",
    "El contenedor de Docker se reiniciaba porque la comprobación de salud tardaba más de lo permitido.",
  ],
};

export const PT: Pack = {
  lang: "pt",
  chat: [
    "eu e a {lower} fomos a {city} no fim de semana, me ajuda a escrever um agradecimento pra mãe dela?",
    "Reescreve isto de forma mais educada: \"Sr. {last}, a fatura da {company} ainda não foi paga.\"",
    "meu filho {first} tem consulta no dentista em {date}, como aviso a escola?",
    "colei sem querer a minha senha {password} no grupo do trabalho, e agora?",
    "Podes verificar se o IBAN {iban} do {full} está certo?",
    "Escreva uma carta de recomendação para {mid}, nascida em {birth}.",
  ],
  email: [
    "Olá {first},\n\nObrigado pela reunião. Envio o contrato assinado para {email} até sexta.\n\nAbraço,\n{full}\n{company}\n{phone}",
    "Prezada Sra. {last},\n\nA sua consulta está confirmada para {date}. Traga o cartão de utente e o número de processo {patient}.\n\nCumprimentos,\nReceção",
    "Oi pessoal,\n\n{full} começa na segunda. Matrícula {employee}; o notebook vai para {street}, {zip} {city}.\n\n{first2}",
    "Bom dia,\n\nPor favor atualizem o meu CPF para {taxid}. Telefone para contato: {phone}.\n\n{full}",
  ],
  address: [
    "Endereço de entrega:\n{full}\n{street}\n{zip} {city}",
    "Mandem a peça para {full}, {street}, {city}, CEP {zip}.",
    "Morada nova: {street}, {zip} {city} (ao cuidado de {full})",
  ],
  incident: [
    "Chamado {n}: a cliente {full} ({email}) não consegue entrar desde a troca de senha. Último acesso de {ip}.",
    "Reclamação: o Sr. {full} diz que o cartão {card} foi cobrado duas vezes em {date}. Retornar no {phone}.",
    "Incidente: o .env de homologação tinha API_KEY={apikey}; {first} trocou a chave em {date}.",
    "Ocorrência {n}: a conta {account} de {full} mostra lançamentos de outra pessoa.",
  ],
  prose: [
    "A previsão indica chuva forte no litoral durante toda a semana, com ventos de até sessenta quilômetros por hora.",
    "Migramos o backend para o Render e o banco Postgres agora fica na mesma região.",
    "Para o pão ficar macio, deixe a massa descansar até dobrar de volume.",
    "O teste do Jest falhava porque o mock do fetch não devolvia uma Promise.",
  ],
};

export const IT: Pack = {
  lang: "it",
  chat: [
    "io e {lower} siamo stati a {city} nel weekend, mi aiuti a scrivere un biglietto di ringraziamento?",
    "Riscrivi in modo più gentile: \"Sig. {last}, la fattura di {company} non è ancora stata pagata.\"",
    "mia figlia {first} ha la visita dal dentista il {date}, come avviso la scuola?",
    "ho incollato per sbaglio la password {password} nella chat del team, che faccio?",
    "Puoi controllare se l'IBAN {iban} di {full} è corretto?",
    "Scrivi una lettera di referenze per {mid}, nata il {birth}.",
  ],
  email: [
    "Ciao {first},\n\ngrazie per l'incontro. Ti mando il contratto firmato a {email} entro venerdì.\n\nCordiali saluti,\n{full}\n{company}\n{phone}",
    "Gentile Sig.ra {last},\n\nla sua visita è confermata per il {date}. Porti la tessera sanitaria e il numero di cartella {patient}.\n\nLa segreteria",
    "Ciao a tutti,\n\nda lunedì arriva {full}. Matricola {employee}; il portatile va in {street}, {zip} {city}.\n\n{first2}",
    "Buongiorno,\n\nvi chiedo di aggiornare il mio codice fiscale: {taxid}. Potete chiamarmi al {phone}.\n\n{full}",
  ],
  address: [
    "Indirizzo di spedizione:\n{full}\n{street}\n{zip} {city}",
    "Mandate il ricambio a {full}, {street}, {zip} {city}. Grazie!",
    "Nuovo indirizzo di fatturazione: {street}, {zip} {city} (alla c.a. di {full})",
  ],
  incident: [
    "Ticket {n}: la cliente {full} ({email}) non riesce ad accedere dopo il reset. Ultimo accesso da {ip}.",
    "Reclamo: il Sig. {full} segnala che la carta {card} è stata addebitata due volte il {date}. Richiamare al {phone}.",
    "Incidente: nel .env di staging c'era API_KEY={apikey}; {first} l'ha ruotata il {date}.",
  ],
  prose: [
    "Il museo resterà chiuso per restauro fino alla primavera, ma il giardino è aperto tutti i giorni.",
    "Abbiamo spostato il deploy su Vercel e ora ogni pull request ha la sua anteprima.",
    "Per una carbonara cremosa, mescola le uova fuori dal fuoco con un po' d'acqua di cottura.",
    "La pipeline su GitHub Actions falliva perché la cache di npm era corrotta.",
  ],
};

export const NL: Pack = {
  lang: "nl",
  chat: [
    "ik en {lower} zijn dit weekend naar {city} geweest, kun je een bedankkaartje voor haar ouders schrijven?",
    "Maak dit wat vriendelijker: \"Meneer {last}, de factuur van {company} is nog steeds niet betaald.\"",
    "mijn zoon {first} moet op {date} naar de tandarts, hoe meld ik hem af op school?",
    "per ongeluk mijn wachtwoord {password} in de groepsapp geplakt, wat nu?",
    "Klopt het IBAN {iban} van {full}?",
  ],
  email: [
    "Hoi {first},\n\nBedankt voor het gesprek. Ik stuur het getekende contract vrijdag naar {email}.\n\nMet vriendelijke groet,\n{full}\n{company}\n{phone}",
    "Beste mevrouw {last},\n\nUw afspraak is bevestigd op {date}. Neem uw patiëntnummer {patient} mee.\n\nDe assistentes",
    "Hoi allemaal,\n\n{full} begint maandag. Personeelsnummer {employee}; de laptop gaat naar {street}, {zip} {city}.\n\n{first2}",
  ],
  address: [
    "Bezorgadres:\n{full}\n{street}\n{zip} {city}",
    "Stuur het onderdeel naar {full}, {street}, {zip} {city}. Dank!",
  ],
  incident: [
    "Ticket {n}: klant {full} ({email}) kan niet inloggen sinds de wachtwoordreset. Laatste login vanaf {ip}.",
    "Klacht: {full} meldt dat kaart {card} op {date} twee keer is afgeschreven. Terugbellen op {phone}.",
    "Beveiligingsincident: in de .env stond TOKEN={apikey}; {first} heeft hem op {date} vervangen.",
  ],
  prose: [
    "Door de storm vallen morgen veel treinen uit, dus reis op tijd of werk thuis.",
    "We draaien de API nu op Fly.io en de database blijft bij Neon.",
    "Een goede stamppot maak je met kruimige aardappels en veel boerenkool.",
  ],
};

export const SV: Pack = {
  lang: "sv",
  chat: [
    "jag och {lower} var i {city} i helgen, kan du hjälpa mig skriva ett tackkort till hennes föräldrar?",
    "Skriv om det här vänligare: \"{first}, fakturan till {company} är fortfarande obetald.\"",
    "min dotter {first} har tandläkartid den {date}, hur sjukanmäler jag henne i skolan?",
    "råkade klistra in mitt lösenord {password} i teamchatten, vad gör jag?",
    "Stämmer IBAN {iban} för {full}?",
  ],
  email: [
    "Hej {first},\n\nTack för mötet. Jag skickar det påskrivna avtalet till {email} före fredag.\n\nVänliga hälsningar\n{full}\n{company}\n{phone}",
    "Hej {full},\n\nDin tid hos oss är bokad den {date}. Ta med ditt patientnummer {patient}.\n\nMottagningen",
  ],
  address: [
    "Leveransadress:\n{full}\n{street}\n{zip} {city}",
    "Skicka reservdelen till {full}, {street}, {zip} {city}. Tack!",
  ],
  incident: [
    "Ärende {n}: kunden {full} ({email}) kan inte logga in efter lösenordsbytet. Senaste inloggning från {ip}.",
    "Reklamation: {full} säger att kortet {card} drogs två gånger den {date}. Ring upp på {phone}.",
  ],
  prose: [
    "Det blir kallare i helgen och det kan komma snö i norra delen av landet.",
    "Vi flyttade byggena till GitHub Actions och tiden för varje körning halverades.",
    "Kanelbullar blir godast om degen får jäsa i lugn och ro.",
  ],
};
