/**
 * Words and phrases around a place name that LOCATION (and PERSON, to step aside) reads as
 * cues. Lower-case; phrases are words separated by single spaces, as CueSet expects.
 */

/**
 * Strong place cues: what follows is a place, whatever its words ("flying from Moreira de
 * Nossa Senhora", "citizen of Republic of Korea").
 */
export const STRONG_PLACE_CUE_PHRASES: readonly string[] = [
  "lives in", "living in", "live in", "based in", "located in", "moved to", "moved from", "relocated to",
  "ship to", "shipping to", "deliver to", "delivered to", "born in", "city of", "residing in", "resident of",
  "headquartered in", "address", "city", "town", "flight to", "flying to", "flight from", "flying from",
  "fly to", "fly from", "citizen of", "native of", "national of", "arriving in", "arrived in", "arrive in",
  "landed in", "grew up in", "office in", "stayed in", "staying in", "stay in", "hotel in", "trip to",
  "travel to", "traveling to", "travelling to", "drive to", "driving to", "drive back to", "back to",
  "are in", "am in", "currently in", "works in", "work in", "studying in", "studies in", "raised in",
  "from the city of", "weather in", "weather for", "province of", "state of", "region of", "country",
  "hometown", "destination", "origin", "train to", "bus to", "route to", "visa for", "vacation in",
  "holiday in", "trip from", "commute from", "warehouse in", "branch in", "store in", "shop in", "clinic in",
  "hospital in", "relocating to", "moving to", "went to", "going to", "heading to", "returned to",
  "return to", "returning to", "came from", "coming from", "is from", "am from", "are from", "was from",
  "originally from", "writing from", "calling from", "texting from", "emailing from", "based out of",
  "live near", "lives near", "located near",
  // 1.2.0: homes and sites on a street, and more travel/residence wording.
  "apartment on", "apartment in", "flat on", "flat in", "house on", "house in", "condo in", "lives on",
  "live on", "living on", "located on", "office on", "shop on", "store on", "moved into", "town of",
  "village of", "suburb of", "outskirts of", "neighbourhood of", "neighborhood of", "district of",
  "county of", "municipality of", "visiting", "visited", "vacationing in", "holidaying in",
  "relocated from", "moving from", "ships from", "shipped from", "ship from", "send from", "delivered in",
  "delivery to", "pick up in", "pickup in", "picked up in", "lived in", "grew up near", "near downtown",
  "downtown", "stuck in", "held in", "customs in", "depot in", "hub in", "flights to", "flights from",
  "tickets to", "ticket to", "train from", "bus from", "drove to", "drove from", "walked to", "arriving at",
  "layover in", "transfer in", "connection in", "hotel near", "airbnb in", "hostel in", "rent in",
  "renting in", "property in", "residence in", "domiciled in", "registered in", "resident in",
  "living near", "lives outside", "live outside", "living outside",
];

/**
 * 1.6.0: where someone lives or moved, in the languages of our users (the place may be inflected:
 * "в Москве", "w Krakowie", "Tampereella"). Strong cues too, but the lower-case words after the
 * place are that language's words ("desde 2015"), never part of the town's name.
 */
export const NATIVE_PLACE_CUE_PHRASES: readonly string[] = [
  "живу в", "живу во", "живёт в", "живет в", "живем в", "живём в", "живут в", "проживаю в", "проживает в",
  "переехал в", "переехала в", "переехали в", "живу у", "живу в", "мешкаю в", "мешкаю у", "живемо в",
  "живемо у", "переїхав до", "переїхала до", "живея в", "живее в", "живеем в", "mieszkam w", "mieszka w",
  "mieszkamy w", "przeprowadziłem się do", "przeprowadziłam się do", "bydlím v", "bydlí v", "bydlíme v",
  "bývam v", "žijem v", "žiji v", "asun", "asumme", "asuu", "vivo en", "vive en", "vivimos en", "vivo a",
  "j'habite à", "habite à", "j'habite en", "j'habite au", "wohne in", "wohnt in", "lebe in", "lebt in",
  "abito a", "abita a", "abitiamo a", "moro em", "mora em", "moramos em", "moro no", "moro na", "woon in",
  "woont in", "wonen in", "bor i", "bor på", "bo i", "μένω στην", "μένω στη", "μένω στο", "ζω στην",
  "ζω στη", "ζω στο", "μένει στην", "μένει στη", "μένει στο", "živim u", "živi u", "živim v", "živi v",
  "sống ở", "tinggal di", "yaşıyorum", "lakik", "élek",
  // 1.9.0: went, moved, born, travelled to (Greek and Russian, where the place after the
  // preposition carries its case ending: "πήγα στην Πάτρα", "родился в Твери").
  "πήγα στην", "πήγα στη", "πήγα στο", "μετακόμισα στην", "μετακόμισα στη", "μετακόμισα στο", "γεννήθηκα στην",
  "γεννήθηκα στη", "γεννήθηκα στο", "ταξίδεψα στην", "ταξίδεψα στη", "ταξίδεψα στο", "родился в", "родилась в",
  "поехал в", "поехала в", "поехали в",
];

/** Weaker cues, on top of the strong ones: a known place or a town-shaped word after them scores higher. */
export const PLACE_CUE_WORDS: readonly string[] = [
  "in", "from", "to", "at", "near", "visit", "visiting", "outside", "around", "across", "location", "via", "of",
];

/**
 * 1.8.0: where an app, a shop or a device sends things ("Add to Cart", "Move to Inbox",
 * "Back to Top", "Send to Kindle", "Update to Version 3.2"): after "to" these name a screen, a
 * list, a folder or a release, not a town. Many are missing from the ordinary-word lexicon, which lists only words it must tag.
 */
export const APP_PLACE_WORDS: readonly string[] = `cart basket bag checkout wishlist watchlist favorites favourites playlist
library gallery calendar contacts inbox outbox mailbox spam junk trash bin archive archives drafts folder desktop
taskbar dock clipboard printer scanner kindle home homepage top bottom menu dashboard settings preferences profile
account login signin logout shop store kitchen payment billing cloud downloads documents photos notes reminders
queue backlog sidebar toolbar tab window screen lobby chat feed timeline
version release build beta plan tier`.split(/\s+/);

/**
 * 1.8.0: "Help Center", "Data Centre", "Notification Center": a centre named by what it does
 * is a service, a page of an app or a facility, not a street ending in "Center".
 */
export const SERVICE_CENTRE_WORDS: readonly string[] = `help contact data call service services support admin
security notification notifications control action resource resources learning download downloads trust privacy
developer developers partner partners shopping community media game command test update account billing customer
information info training career careers business education fitness health wellness gaming message sync
operations network response dispatch distribution fulfillment fulfilment logistics`.split(/\s+/);

/** After these an unknown capitalised word is taken as a town ("from Kumasi", "nach Kassel"). */
export const TOWN_CUE_WORDS: readonly string[] = [
  "from", "in", "near", "outside", "visiting", "visit", "around", "de", "à", "aus", "nach", "en", "to", "at",
  "of", "via",
  // 1.6.0: "из Шатуры", "з Житомира", "в Казани" (a capitalised word after them mid-sentence is mostly a place).
  "из", "з", "із", "в", "во", "у",
];

/** Before a phrase holding a house number ("at Mevlana Sokak 96a, İzmir"). */
export const ADDRESS_CUE_PHRASES: readonly string[] = [
  "at", "to", "address", "seen at", "waited at", "located at", "live at", "lives at", "living at",
  "staying at", "stayed at", "based at", "deliver to", "ship to", "sent to", "send to", "moved to",
  "address is", "reside at", "resides at", "meet at", "meet me at", "pick up at", "pickup at", "drop off at",
];

/** "our Berlin office": a capitalised word before one of these, after one of SITE_OWNER_WORDS. */
export const SITE_WORDS: readonly string[] = [
  "office", "offices", "branch", "store", "shop", "warehouse", "hq", "headquarters", "campus", "plant",
  "factory", "site", "clinic", "hospital", "airport", "station", "hotel", "depot", "location", "team",
  "studio", "lab",
];

export const SITE_OWNER_WORDS: readonly string[] = ["our", "the", "your", "their", "his", "her", "my"];

/**
 * 1.9.0: places whose name is also a brand's, read as the brand right before or after a product
 * or service word ("Jordan shoes", "Does Mercedes support CarPlay?", "tarjeta Santander"). Only
 * these: any other place there may be a person's name ("Give Sydney card details", "Ask Austin
 * support"), and a place or a name is kept out of the log either way.
 */
export const BRAND_PLACE_WORDS: readonly string[] = ["jordan", "mercedes", "santander", "nokia", "lincoln", "cadillac"];

/**
 * 1.9.0: brands and titles that hold a place's name with the words around it, written as the
 * tokens read them: a word before ("air jordan"), a word after ("washington post"), a possessive
 * ("victoria's secret") or "+ the" and a band word ("florence + the machine"). Only these: the
 * same shapes also hold people and places ("Victoria's Husband", "Florence + the kids", "Coach
 * Jordan").
 */
export const BRAND_NAMES_WITH_PLACE: readonly string[] = [
  "air jordan", "washington post", "new york times", "los angeles times", "chicago tribune", "boston globe",
  "paris baguette", "victoria's secret", "florence + the machine",
];

/**
 * 1.9.0: before these the place is no brand, whatever follows: someone is addressed, greeted or
 * handed something ("Tell Jordan shoes are ready", "Give Sydney card details", "Send to Chelsea"),
 * so the word may be a person's name and is redacted.
 */
export const ADDRESSING_CUE_PHRASES: readonly string[] = [
  "tell", "told", "give", "gave", "send to", "sent to", "send", "ask", "asked", "call", "called", "cc", "bcc",
  "email", "emailed", "text", "texted", "message", "messaged", "ping", "pinged", "remind", "thank", "thanks",
  "hi", "hello", "hey", "dear", "attn", "contact", "meet", "met", "let", "forward to", "reply to", "assign to",
];

/**
 * 1.10.0: a company named after its country or city, read as the company: after these
 * ("Air France", "Air New Zealand", "Bank of America", "Royal Bank of Canada") ...
 */
export const COMPANY_BEFORE_PLACE_PHRASES: readonly string[] = ["air", "bank of", "royal bank of"];

/** ... and before these ("Singapore Airlines", "Qatar Airways", "Telecom Italia" aside). */
export const COMPANY_AFTER_PLACE_WORDS: readonly string[] = ["airlines", "airline", "airways", "telecom", "telekom", "railways"];

/** 1.10.0: "upgrade from X to Y": a change of version, plan or product, not a journey. */
export const CHANGE_VERBS: readonly string[] = `upgrade upgraded upgrading upgrades update updated updating updates downgrade
downgraded downgrading migrate migrated migrating migration switch switched switching switches convert converted
converting change changed changing translate translated translating port ported porting`.split(/\s+/);

/**
 * 1.10.0: short German words no English sentence uses, so a clause holding one is German and
 * its capitalised words after "in" may be nouns ("Ich suche Schuhe in Größe 44").
 */
export const GERMAN_CLAUSE_WORDS: readonly string[] = `ich du wir ihr sie der das dem des ein eine einen einem einer und oder
nicht ist sind habe haben mit für auf bei zum zur suche suchen bitte danke kann können möchte noch schon auch aber
mein meine meinen meinem keine kein gibt wurde wird werden gerne leider welche welcher sortieren`.split(/\s+/);
