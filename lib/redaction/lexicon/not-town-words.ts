/**
 * Capitalised words that stand next to a number as often as a town stands next to a postcode
 * ("2024 March", "Order 12345", "500 Errors"): a postcode and town pair whose town would
 * start with one of them is dropped. Alternatives of one case-insensitive pattern: "s?"
 * marks an optional plural.
 */
export const NOT_TOWN_WORDS: readonly string[] = [
  "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
  "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
  "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday",
  "saturday", "sunday", "usd", "eur", "gbp", "chf", "items?", "orders?", "users?", "rows?", "records?",
  "errors?", "bytes?", "kb", "mb", "gb", "ms", "pages?", "points?", "tickets?", "requests?", "customers?",
  "people", "units?", "pcs", "version", "build", "release", "port", "line", "step", "page", "room", "gate",
  "flight", "order", "invoice", "ticket", "case", "id", "no", "nr", "pin", "code", "ref", "error", "status",
  "http", "https", "api", "tcp", "udp", "plan", "tier", "model", "gpt", "euro", "euros", "dollars?",
  "pounds?", "yen", "kr", "kč", "zł", "ft", "lei", "sek", "nok", "dkk", "pln", "czk", "huf", "ron",
  // 1.11.0: a branch's number ("Filiale 84489", "Zweigstelle 12", "Succursale 75012"): the word names the
  // kind of site the number counts, never a town. Words that open a real site's address ("Terminal 1,
  // Aeroporto di Malpensa", "Store 12, Centro Commerciale", "Lager 4, Zona Industriale") are not here:
  // here a word rejects the whole address that opens with it.
  "filialen?", "zweigstellen?", "succursale", "sucursal", "filiaal",
];
