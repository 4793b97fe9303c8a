/**
 * Words and phrases around a personal name that PERSON reads as cues. Lower-case; phrases
 * are words separated by single spaces, as CueSet expects.
 */

/** Right before a name: greetings, sign-offs, "my name is", roles ("Patient", "Account owner"). */
export const STRONG_PERSON_CUES: readonly string[] = [
  "ship to", "bill to", "deliver to", "sold to", "my name is", "name is", "name's", "i am", "i'm", "im",
  "this is", "call me", "named", "called", "hi", "hello", "hey", "dear", "thanks", "thank you", "regards",
  "sincerely", "signed", "cheers", "best", "yours", "greetings", "ciao", "hola", "bonjour", "hallo", "salut",
  "namaste", "attn", "attention", "name", "full name", "customer name", "cardholder", "patient", "aka", "née",
  "nee", "goodbye", "bye", "welcome", "congratulations", "congrats", "happy birthday", "love", "passenger",
  "guest", "applicant", "employee", "customer", "client", "requester", "requested by", "reported by",
  "assigned to", "signed by", "approved by", "created by", "owner", "account owner", "account holder",
  "holder", "beneficiary", "recipient", "contact", "spoke with", "spoke to", "talked to", "talked with",
  "met with", "manager", "agent", "rep", "lol", "cc", "mr", "mrs", "ms", "dr", "hii", "yo", "dearest",
  "best regards", "kind regards", "warm regards", "many thanks", "thx", "ty", "tenant", "landlord", "doctor",
  "nurse", "driver", "courier", "caller", "sender", "author", "user", "it's", "it is", "remind",
  // 1.7.0: form and ticket fields naming whom to reach.
  "contact person", "point of contact", "contact name", "person in charge",
  // 1.4.0: introductions, greetings and roles in the languages of our users.
  "ich heiße", "ich heisse", "mein name ist", "ich bin", "je m'appelle", "je suis", "mon nom est", "me llamo",
  "mi nombre es", "soy", "mi chiamo", "il mio nome è", "sono", "meu nome é", "o meu nome é", "chamo-me",
  "me chamo", "ik heet", "mijn naam is", "ik ben", "jag heter", "mitt namn är", "jeg hedder", "jeg heter",
  "mitt navn er", "nimeni on", "olen", "nazywam się", "mam na imię", "jestem", "jmenuji se", "jsem",
  "volám sa", "som", "a nevem", "mă numesc", "numele meu este", "sunt", "zovem se", "ime mi je", "jaz sem",
  "mani sauc", "mano vardas", "minu nimi on", "меня зовут", "мене звати", "моё имя", "мое имя", "я",
  "казвам се", "се викам", "με λένε", "ονομάζομαι", "το όνομά μου είναι", "benim adım", "adım", "ben",
  "tôi tên là", "tên tôi là", "nama saya", "saya", "em dic", "el meu nom és", "שמי", "קוראים לי", "اسمي",
  "نام من", "اسم من", "میرا نام", "मेरा नाम", "我叫", "我的名字是", "私の名前は", "제 이름은", "저는", "ผมชื่อ", "ฉันชื่อ",
  "sehr geehrte", "sehr geehrter", "liebe", "lieber", "hallo", "cher", "chère", "estimado", "estimada",
  "querido", "querida", "caro", "cara", "gentile", "prezado", "prezada", "beste", "hej", "kære", "hei",
  "hyvä", "szanowny", "szanowna", "drogi", "droga", "vážený", "vážená", "kedves", "stimate", "stimată",
  "poštovani", "poštovana", "уважаемый", "уважаемая", "здравствуйте", "привет", "шановний", "шановна",
  "αγαπητέ", "αγαπητή", "sayın", "merhaba", "xin chào", "kính gửi", "halo", "kunde", "kundin", "paciente",
  "cliente", "klient", "klientka", "pacjent", "pacjentka", "пациент", "клиент", "client", "patiënt",
  "kontaktperson", "ansprechpartner", "absender", "empfänger", "destinataire", "remitente", "mittente",
  // 1.6.0: thanks, requests and roles before a name in Cyrillic, Hungarian, Uzbek and Turkish text.
  "спасибо", "дякую", "благодарю", "позвоните", "передайте", "попросите", "напишите", "скажите", "спросите",
  "зателефонуйте", "попросіть", "напишіть", "скажіть", "зверніться до", "клиентка", "клієнт", "клієнтка",
  "пацієнт", "пацієнтка", "відправник", "відправниця", "отримувач", "отримувачка", "отправитель",
  "получатель", "менеджер", "водитель", "водій", "курьер", "кур'єр", "köszönöm", "ügyfél", "hurmatli", "mijoz",
  "müşteri", "teşekkürler", "sevgili", "tisztelt",
  // 1.6.0: who called, wrote or is to be reached, before a name (Russian, Ukrainian, Hungarian).
  "звонил", "звонила", "позвонил", "позвонила", "писал", "писала", "передай", "спроси", "попроси", "напомни",
  "напиши", "дзвонив", "дзвонила", "передай", "запитай", "попроси", "нагадай", "сотрудник", "сотрудница",
  "співробітник", "співробітниця", "пацієнт", "szólj", "hívd fel", "kérdezd meg", "írj", "beteg", "kolléga",
  // Patients, customers and introductions in Vietnamese, Hebrew, Arabic, Georgian and Uzbek.
  "bệnh nhân", "khách hàng", "người nhận", "người gửi", "המטופל", "המטופלת", "הלקוח", "הלקוחה", "אני",
  "المريض", "المريضة", "العميل", "العميلة", "أنا", "انا", "პაციენტი", "კლიენტი", "მე ვარ", "ჩემი სახელია",
  "bemor", "mening ismim", "ismim",
  // Colleagues and staff before a name in other languages ("Kollegani Mikko Virtanen").
  "kollege", "kollegin", "mitarbeiter", "mitarbeiterin", "kolegam", "kollegani", "kollegam", "kollegaen",
  "arbejdskollegaen", "коллега", "колега", "meslektaşım", "kolléganőm", "kollégám", "munkatársam",
  // 1.6.0: a relative or a colleague named right after the word ("my grandmother Summer Howe").
  "my father", "my mother", "my dad", "my mom", "my mum", "my grandmother", "my grandfather", "my grandma",
  "my grandpa", "my wife", "my husband", "my son", "my daughter", "my sister", "my brother", "my aunt",
  "my uncle", "my cousin", "my niece", "my nephew", "my grandson", "my granddaughter", "my colleague",
  "my coworker", "my friend", "my boss", "my manager", "my partner", "my fiancé", "my fiancée", "my neighbour",
  "my neighbor", "my landlord", "my tenant", "my doctor", "my lawyer", "her daughter", "her son", "his daughter",
  "his son", "her husband", "his wife", "our intern", "our driver", "our client", "our customer",
  // Titles and roles before a name in scripts without case.
  "ผู้ติดต่อ", "ลูกค้า", "นาย", "นาง", "นางสาว", "שם הלקוח", "מר", "גברת",
  "संपर्क", "श्री", "श्रीमती", "ग्राहक", "मरीज़", "السيد", "السيدة", "اسم العميل",
  "آقای", "خانم", "مشتری", "جناب", "محترمہ", "ბატონი", "ქალბატონი",
  // 1.7.0: thanks in Hebrew and Urdu before a name ("תודה רבה, משה פרץ", "شکریہ عمران خان").
  "תודה רבה", "شکریہ", "بہت شکریہ",
  // 1.9.0: greetings and thanks before a name in Tagalog, Swahili, Latvian, Lithuanian, Polish, Czech,
  // Finnish, Portuguese, Italian, Spanish and Vietnamese ("Kumusta Maricel", "Paldies Jānim"). Not German
  // "Danke": a capitalised noun follows it as often. Hebrew and Hindi greetings: person-scripts.ts.
  "kumusta", "salamat", "habari", "paldies", "ačiū", "dziękuję",
  "děkuji", "kiitos", "obrigado", "obrigada", "grazie", "gracias", "cảm ơn", "salam", "сәлем", "рахмет", "բարև", "բարեւ",
  // 1.11.0: greetings of Central, Eastern and Northern Europe ("Ahoj Jirko", "Moi Päivi", "Bok Ivana",
  // "Servus Sepp") and the Czech and Polish vocative of "sir" ("pane Dvořáku", "Panie Marku").
  // Not "Servus", "Moin", "Bok" or "Tere": "Servus Framework", "Bok Choy", "Tere Liye" are no greetings.
  "ahoj", "čau", "hoi", "moi", "moikka", "sveiki", "labas", "zdravo", "pane", "panie",
  // Thanks in Czech, Croatian/Serbian/Bosnian, Slovak, Hungarian, Norwegian, Swedish, Danish and French
  // ("Díky, Ondřeji!", "Hvala, Dražen!", "Takk, Ingrid"); not German "Danke" (see above).
  "díky", "děkuju", "hvala", "ďakujem", "köszi", "takk", "tack", "tak", "merci", "mulțumesc", "multumesc",
];

/** Before a name as often as before anything else ("with", "from", "my colleague"): a small boost. */
export const WEAK_PERSON_CUES: readonly string[] = [
  "from", "by", "with", "to", "bcc", "ask", "tell", "told", "contact", "colleague", "spoke", "talked", "met",
  "wife", "husband", "son", "daughter", "mother", "father", "mom", "dad", "friend", "boss", "brother",
  "sister", "partner", "assigned", "for", "and", "or", "reviewer", "student", "teacher", "per", "about",
  "emailed", "messaged", "invited", "pinged", "thank", "reply", "sent", "meet", "see", "visit", "approved",
  "signed", "uncle", "aunt", "cousin", "grandma", "grandpa", "neighbor", "neighbour", "coworker", "lawyer",
  "therapist", "member", "team lead", "lead", "engineer", "officer", "director", "ceo", "cto", "founder",
  "host", "hostess", "chef", "mentor", "coach", "supervisor", "dear mr", "dear ms", "loop in", "notify",
  "invite", "congratulate", "gave", "winners are", "attendees", "participants", "invitees", "guests",
  "speakers", "members", "team", "mit", "avec", "con", "com", "met", "med", "z", "s", "с", "со", "με", "ile",
  // 1.11.0: the people of a review, a rota or a meeting ("Reviewers: Kowalczyk, Horváth").
  "reviewers", "approvers", "assignees", "owners", "authors", "contributors", "panelists", "recipients", "interviewers",
  "waiting on", "waiting for", "wait for", "heard from", "on behalf of",
];

/**
 * 1.6.0: weak cues that open a list of people or name one to act on; after them a name in a
 * script without case ("Attendees: דליה יהודה", "loop in ზოია") is a person.
 */
export const LIST_PERSON_CUES: readonly string[] = [
  "attendees", "participants", "invitees", "guests", "speakers", "members", "team", "winners are",
  "invite list", "loop in", "remind", "ask", "tell", "cc", "notify", "invite", "forward this to", "assigned to",
  "owner", "reviewer", "reporter", "approved by", "contact",
  // 1.11.0: more lists of people ("Reviewers:", "On call:", "Present:").
  "reviewers", "approvers", "assignees", "owners", "authors", "contributors", "panelists", "recipients",
  "interviewers", "present", "absent", "apologies", "on call",
];

/** The cues after which a known name counts even in lower case ("my name is priya sharma"). */
export const LOWER_CASE_NAME_CUES: readonly string[] = [
  "my name is", "name is", "name's", "i am", "i'm", "im", "this is", "call me", "named", "hi", "hello", "hey",
  "dear", "thanks", "ty", "thx", "lol", "bye", "it's", "its",
  // 1.8.0: introductions typed in lower case in other languages ("soy camila", "saya dewi").
  "soy", "sono", "sou", "je suis", "ich bin", "jestem", "saya", "mimi ni", "это", "я",
  // 1.8.0: sign-offs and introductions typed in lower case ("cheers, dave", "merhaba ben elif",
  // "salut c'est camille", "hallo, hier ist jana"); a listed name must follow.
  "cheers", "regards", "pozdrawiam", "saludos", "ben", "c'est", "hier ist",
  // 1.11.0: "me and siobhan went", "lol me and kasia", "yo mikko": only a person is joined to "me"
  // or greeted so (a listed name must follow).
  "me and", "me n", "yo", "hiya", "heya",
];

/**
 * 1.7.0: verbs of chat requests before a lower-case first name ("ask ivan", "ping maria", "cc
 * olga"): a known given name that is no ordinary word counts after them.
 */
export const LOWER_CASE_VERB_CUES: readonly string[] = [
  "ask", "tell", "ping", "remind", "call", "text", "email", "message", "cc", "thank", "dm", "loop in",
  "forward to", "forward it to", "reply to", "check with", "talk to", "spoke to", "spoke with", "talked to",
  "meet", "met", "wait for", "waiting for", "with", "from",
  // 1.8.0: who was told, asked or paid, or is family ("i told kwame", "my sister fatou"); not "to"/"for" ("send it to mark").
  "told", "asked", "invite", "pay", "paid", "my sister", "my brother", "my wife", "my husband",
  "my friend", "my son", "my daughter", "my mom", "my mum", "my dad", "my boss", "my colleague", "my cousin",
  "my partner", "my girlfriend", "my boyfriend", "my neighbor", "my neighbour", "my aunt", "my uncle",
];

/** After a lower-case known given name, these make it a name ("ok so anna and i ...", "priya said"). */
export const LOWER_CASE_NAME_AFTER: readonly string[] = [
  "and i", "and me", "said", "says", "texted", "called", "wrote", "is flying", "is driving", "is coming",
  "is here", "will", "wants", "told me", "just", "asked",
  // 1.8.0: Hindi and Urdu typed in Latin letters: "main rahul hoon" (I am Rahul).
  "hoon", "hun",
];

/** Sign-offs: a name alone on the line after one is a signature ("Best,\nJane Doe"). */
export const SIGN_OFF_CUES: readonly string[] = [
  "regards", "thanks", "thank you", "best", "cheers", "sincerely", "yours", "faithfully", "truly", "love",
  "xoxo", "warmly", "respectfully", "ciao", "saludos", "cordialement", "grüße", "gruesse", "mfg", "groeten",
  "pozdrawiam", "atenciosamente", "cumprimentos", "saluti", "hälsningar", "hilsen", "terveisin", "signed",
  "from",
  // 1.8.0: sign-offs of more languages ("С уважением,", "Saygılarımla,", "S pozdravem,", "בברכה,").
  "уважением", "з повагою", "повагою", "saygılarımla", "üdvözlettel", "pozdravem", "pozdravom", "groet",
  "stimă", "pozdrav", "εκτίμηση", "trân trọng", "salam", "בברכה", "تحياتي", "مع التحية",
  // 1.10.0: the German singular and its spellings without "ß" or "ü" ("Gruß, Jana").
  "gruß", "gruss", "grüsse",
  // 1.11.0: the ends of longer sign-offs ("Thanks so much,", "Thanks again,", "Best wishes,", "Take care,", "Talk soon,").
  "so much", "thanks again", "a lot", "wishes", "take care", "talk soon", "speak soon",
];

/** Words right after a name that make it likelier ("Jane said", "Jane is"). */
export const AFTER_NAME_WORDS: readonly string[] = [
  "said", "says", "wrote", "writes", "asked", "asks", "replied", "called", "reported", "mentioned",
  "confirmed", "here", "speaking", "joined", "left", "is", "was", "has", "will", "and", "who", "from", "at",
  "via", "texted", "emailed", "messaged", "told", "tells", "sent", "shared", "wants", "needs", "thinks",
  "just", "phoned", "rang", "paid", "booked", "ordered", "complained", "explained", "agreed", "signed",
  "lives", "works", "had", "would", "can", "could", "did", "does", "added", "noted", "approved", "requested",
  "submitted", "forwarded", "answered", "responded", "posted", "commented", "pinged", "dm'd", "tagged",
  "gave", "provided", "logged", "reset", "shared", "confirmed", "lost", "forgot", "visited", "arrived",
  "sagte", "schrieb", "dit", "a dit", "écrit", "dijo", "escribió", "disse", "ha detto", "zei", "sa", "sanoi",
  "powiedział", "powiedziała", "řekl", "řekla", "mondta", "a spus", "je rekao", "сказал", "сказала", "написал",
  "написала", "каже", "είπε", "dedi", "nói", "berkata", "vagyok", "wohnt", "habite", "vive", "abita", "mora",
  "woont", "bor", "asuu", "mieszka", "bydlí", "lakik", "locuiește", "živi", "живёт", "живет", "живе", "μένει",
  // 1.6.0: Hungarian honorifics after the name ("Boros úrnak"), Russian/Ukrainian verbs after it.
  "úr", "úrnak", "úrral", "urat", "asszony", "asszonynak", "asszonnyal", "néni", "bácsi", "звонил", "звонила",
  "позвонил", "позвонила", "написал", "написала", "просил", "просила", "дзвонив", "дзвонила", "просив", "просила",
  // 1.8.0: "called", "wrote", "asked" after a name in the other languages of our chats ("Santos ligou").
  "ligou", "telefonou", "escreveu", "pediu", "llamó", "llamo", "pidió", "appelé", "rappelé", "angerufen", "rief",
  "chiamato", "scritto", "belde", "aradı", "yazdı", "zadzwonił", "zadzwoniła", "napisał", "napisała", "volal",
  "volala", "napsal", "napsala", "felhívott", "hívott", "sunat", "ringde", "skrev", "soitti", "kirjoitti",
];

/** The verbs among them that mostly follow a person ("Jane texted"): a larger boost. */
export const STRONG_AFTER_NAME_WORDS: readonly string[] = [
  "said", "says", "wrote", "writes", "replied", "texted", "emailed", "messaged", "told", "tells", "phoned",
  "rang", "complained", "explained", "speaking", "here", "signed", "pinged", "commented",
];

/**
 * 1.8.0: "called", "wrote", "said" of the other languages of our chats, as strong as the English
 * ones after a listed name: "Kaya aradı", "Nowak zadzwonił", "Santos ligou" (a surname alone
 * opening a sentence). Not after a word no list holds as a name ("Rano zadzwonił kurier", in the morning).
 */
export const STRONG_AFTER_LISTED_NAME_WORDS: readonly string[] = [
  "aradı", "yazdı", "dedi", "söyledi", "sordu", "gönderdi", "zadzwonił", "zadzwoniła", "napisał", "napisała", "powiedział", "powiedziała",
  "ligou", "telefonou", "escreveu", "llamó", "escribió", "dijo", "volal", "volala", "napsal", "napsala",
  "звонил", "звонила", "позвонил", "позвонила", "написал", "написала", "soitti", "kirjoitti", "felhívott",
  // 1.9.0: English verbs that follow a listed name as often ("O'Connor called about the lease").
  "called", "asked", "mentioned",
];

/**
 * 1.11.0: what a person does or thinks, after a listed name or surname opening a sentence
 * ("Okafor approved the request", "Lindqvist thinks we should wait"), as strong as the verbs above;
 * not after a product's name that is also a surname ("Jenkins approved the deployment").
 */
export const STATEMENT_AFTER_LISTED_NAME_WORDS: readonly string[] = [
  "approved", "agreed", "confirmed", "requested", "suggested", "recommended", "decided", "promised", "insisted",
  "thinks", "thought", "wants", "wanted", "needs", "needed", "prefers", "knows", "agrees", "suggests",
  "replied", "answered", "responded", "joined", "reported", "noted", "booked", "ordered", "paid", "forwarded",
  // What a colleague did to code or a ticket ("git blame shows Okafor changed it").
  "changed", "updated", "fixed", "merged", "pushed", "committed", "reviewed", "deleted", "removed", "broke",
  "opened", "closed", "assigned", "escalated", "deployed", "sent", "shared", "submitted", "posted", "uploaded",
  "attached", "scheduled", "cancelled", "canceled", "resigned", "retired",
];

/**
 * 1.9.0: teams, departments and roles addressed like people ("Dear Customer Service", "cc
 * Operations", "Dear Hiring Manager", "Cc: Accounts Payable"): a chain made only of these and
 * of ordinary words is nobody, whatever cue comes before it.
 */
export const TEAM_AND_ROLE_WORDS: readonly string[] = `operations finance legal hr payroll marketing accounts account payable
receivable accounting procurement purchasing engineering devops ops security compliance admin admins administration
management reception helpdesk desk service services care support sales billing team teams staff department dept office
manager managers hiring recruiting recruitment customer customers client clients valued member members user users
colleagues everyone all partners residents tenants applicants committee board council directors officers representative
representatives human resources logistics warehouse shipping treasury audit research development product design qa
quality assurance infrastructure platform facilities maintenance it editor editors organiser organizer organisers
organizers owner owners holder holders success experience relations
soporte suporte atendimento assistenza kundenservice kundendienst kundensupport équipe equipo equipe klantenservice obsługa
técnico técnica tecnico tecnica technique technischer cliente clientes`.split(/\s+/);

/**
 * 1.9.0: places and buildings named after people ("Logan Airport", "Victoria Station", "Lincoln
 * Center"): a chain ending in one of these, or followed by one, is the place, not the person.
 * Words that are as often surnames ("Hall", "Park", "Church", "Bridge") are left out, and
 * person.ts asks the surname list of the rest.
 */
export const FACILITY_WORDS: readonly string[] = `airport airports station terminal pier stadium arena center centre square hospital clinic university college
school academy hotel mall museum library cathedral mosque temple synagogue theatre theater institute
foundation prize award awards conference conferences avenue boulevard highway expressway tunnel harbour harbor
beach memorial monument plaza palace garden gardens zoo cemetery street road straße strasse stadion flughafen
aéroport aeropuerto aeroporto bahnhof gare estación estação`.split(/\s+/);

/** Words that never continue a name even when capitalised ("Thanks John Please ..."). */
export const FUNCTION_WORDS: readonly string[] = [
  "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "that", "this", "these",
  "those", "there", "here", "i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them",
  "my", "your", "his", "its", "our", "their", "what", "which", "who", "whom", "whose", "when", "where", "why",
  "how", "all", "any", "some", "no", "not", "is", "are", "was", "were", "be", "been", "being", "am", "do",
  "does", "did", "have", "has", "had", "will", "would", "shall", "should", "can", "could", "may", "might",
  "must", "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "as", "into", "over", "under",
  "after", "before", "between", "through", "during", "without", "within", "upon", "via", "per", "please",
  "thanks", "thank", "hi", "hello", "hey", "dear", "yes", "ok", "okay", "sure", "sorry", "just", "also",
  "only", "even", "still", "very", "really",
];

/**
 * A lone unknown word after these is as likely a town ("from Kumasi"): its PERSON score
 * stays below LOCATION's so the place reading wins a tie.
 */
export const PLACE_PREPOSITIONS: readonly string[] = ["from", "to", "in", "at", "of", "near", "via", "outside", "around"];

/** Pronouns, articles and courtesy words of other languages (capitalised as sentence openers, or always as German "Sie"). */
export const FOREIGN_FUNCTION_WORDS: readonly string[] = `sie ihnen ihr ihre ihrem ihren ihrer du dir dich wir uns euch der die das den dem des ein eine
einen einem einer bitte danke guten je il elle nous vous ils elles le la les un une merci bonjour yo tú usted él nosotros
ellos los las una gracias hola hij zij wij jullie het een dank jag hon vi ni det ett tack jeg hun dere takk minä sinä hän
kiitos ty ona wy oni dziękuję já vy děkuji ich mein meine mon ma mes mi mis meu minha mijn mitt min hei hej hallo ciao
grazie obrigado obrigada prego per favore por favor s'il vous plaît danke schön vielen dank
спасибо дякую благодарю вітаю здравствуйте köszönöm köszi hurmatli rahmat teşekkürler mulțumesc hvala ďakujem
позвоните передайте попросите напишите скажите спросите зателефонуйте передайте попросіть напишіть скажіть зверніться
kollege kollegin mitarbeiter mitarbeiterin kolegam kolega kolegă koleżanka kollegani kollegam kollegaen arbejdskollega
arbejdskollegaen коллега колега колегата meslektaşım kolléganőm kollégám munkatársam hier gestern tisztelt
меня мене мой моя мои мій моя мої jó jónapot szia xin chào tôi bạn olá selam
ο η οι τον την το του της στον στην ευχαριστώ ευχαριστούμε παρακαλώ γεια καλημέρα καλησπέρα
ela ele elas eles nós você vocês biz siz onlar ja on ono sme ste он она оно они мы вы ты αυτός αυτή εγώ εσύ εμείς εσείς`.split(/\s+/);
