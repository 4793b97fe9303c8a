/**
 * Street and unit words that LOCATION builds its address patterns from (street types for
 * names without a house number are in place-lists.ts). Lower-case; the patterns match them
 * case-insensitively, and a "." in a word is a literal full stop.
 */

/**
 * Words that open a street name ("12 rue de la Paix", "Calle Mayor 5", "Via Roma, 10"),
 * in many languages. One pattern tries them in this order; the duplicates are harmless.
 */
export const STREET_NAME_OPENERS: readonly string[] = [
  "rue", "avenue", "boulevard", "bd", "place", "chemin", "allée", "impasse", "quai", "route", "passage",
  "square", "cité", "villa", "résidence", "hameau", "faubourg", "promenade", "esplanade", "calle", "avenida",
  "av.", "paseo", "camino", "carrer", "carretera", "plaza", "pasaje", "ronda", "glorieta", "travesía",
  "callejón", "cuesta", "rambla", "urbanización", "barrio", "chalet", "partida", "polígono", "poblado",
  "subida", "gran vía", "via", "viale", "piazza", "piazzale", "corso", "largo", "vicolo", "borgo", "contrada",
  "rotonda", "strada", "rua", "travessa", "praça", "alameda", "estrada", "ulica", "ul.", "aleja", "al.",
  "calçada", "beco", "rodovia", "largo", "strada", "str.", "bulevardul", "bd.", "calea", "aleea", "șoseaua",
  "soseaua", "splaiul", "piața", "piata", "odos", "odós", "leoforos", "leofóros", "plateia", "οδός", "οδος",
  "λεωφόρος", "πλατεία", "jalan", "jl.", "jln.", "gang", "gg.", "bulevar", "trg", "cesta", "ulitsa",
  "prospekt", "vulytsia", "вул.", "вулиця", "ул.", "улица", "пр.", "просп.", "проспект", "бул.", "бульв.",
  "бульвар", "пл.", "площа", "площадь", "пер.", "провулок", "переулок", "шосе", "шоссе", "наб.", "набережна",
  "набережная",
];

/** Unit, floor and box words after a street line (", Apt 5B", " Piso 3", ", кв. 12"). */
export const UNIT_WORDS: readonly string[] = [
  "apt", "apartment", "suite", "ste", "unit", "#", "flat", "floor", "fl", "room", "rm", "bldg", "building",
  "box", "po box", "no", "nº", "piso", "puerta", "planta", "etage", "wohnung", "whg", "app", "appartement",
  "bâtiment", "bat", "esc", "escalera", "andar", "sala", "bloco", "bl", "sc", "ap", "lgh", "leil", "kv", "кв",
  "под", "эт", "daire", "kat",
];

/** Unit words that may come before the street line ("Flat 4, 12 High Street"). */
export const UNIT_WORDS_BEFORE_STREET: readonly string[] = [
  "apt", "apartment", "suite", "ste", "unit", "flat", "room", "piso", "etage", "wohnung", "whg",
  "appartement", "app", "andar", "kv", "кв", "daire",
];
