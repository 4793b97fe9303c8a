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
  "nurse", "driver", "courier", "caller", "sender", "author", "user",
];

/** Before a name as often as before anything else ("with", "from", "my colleague"): a small boost. */
export const WEAK_PERSON_CUES: readonly string[] = [
  "from", "by", "with", "to", "bcc", "ask", "tell", "told", "contact", "colleague", "spoke", "talked", "met",
  "wife", "husband", "son", "daughter", "mother", "father", "mom", "dad", "friend", "boss", "brother",
  "sister", "partner", "assigned", "for", "and", "or", "reviewer", "student", "teacher", "per", "about",
  "emailed", "messaged", "invited", "pinged", "thank", "reply", "sent", "meet", "see", "visit", "approved",
  "signed", "uncle", "aunt", "cousin", "grandma", "grandpa", "neighbor", "neighbour", "coworker", "lawyer",
  "therapist", "member", "team lead", "lead", "engineer", "officer", "director", "ceo", "cto", "founder",
  "host", "hostess", "chef", "mentor", "coach", "supervisor", "dear mr", "dear ms",
];

/** The cues after which a known name counts even in lower case ("my name is priya sharma"). */
export const LOWER_CASE_NAME_CUES: readonly string[] = [
  "my name is", "name is", "name's", "i am", "i'm", "im", "this is", "call me", "named", "hi", "hello", "hey",
  "dear", "thanks", "ty", "thx", "lol", "bye",
];

/** Sign-offs: a name alone on the line after one is a signature ("Best,\nJane Doe"). */
export const SIGN_OFF_CUES: readonly string[] = [
  "regards", "thanks", "thank you", "best", "cheers", "sincerely", "yours", "faithfully", "truly", "love",
  "xoxo", "warmly", "respectfully", "ciao", "saludos", "cordialement", "grüße", "gruesse", "mfg", "groeten",
  "pozdrawiam", "atenciosamente", "cumprimentos", "saluti", "hälsningar", "hilsen", "terveisin", "signed",
  "from",
];

/** Words right after a name that make it likelier ("Jane said", "Jane is"). */
export const AFTER_NAME_WORDS: readonly string[] = [
  "said", "says", "wrote", "writes", "asked", "asks", "replied", "called", "reported", "mentioned",
  "confirmed", "here", "speaking", "joined", "left", "is", "was", "has", "will", "and", "who", "from", "at",
  "via", "texted", "emailed", "messaged", "told", "tells", "sent", "shared", "wants", "needs", "thinks",
  "just", "phoned", "rang", "paid", "booked", "ordered", "complained", "explained", "agreed", "signed",
  "lives", "works", "had", "would", "can", "could", "did", "does", "added", "noted", "approved", "requested",
  "submitted", "forwarded", "answered", "responded", "posted", "commented", "pinged", "dm'd", "tagged",
];

/** The verbs among them that mostly follow a person ("Jane texted"): a larger boost. */
export const STRONG_AFTER_NAME_WORDS: readonly string[] = [
  "said", "says", "wrote", "writes", "replied", "texted", "emailed", "messaged", "told", "tells", "phoned",
  "rang", "complained", "explained", "speaking", "here", "signed", "pinged", "commented",
];

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
