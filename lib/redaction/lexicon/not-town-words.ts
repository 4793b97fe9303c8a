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
  // 1.11.0: a shop's, branch's or site's number ("Filiale 84489", "Store 10234", "Agence 75012"):
  // the word names the kind of site the number counts, never a town.
  "filialen?", "zweigstellen?", "niederlassung", "standort", "branch", "branches", "stores?", "shops?",
  "warehouses?", "depots?", "outlets?", "terminals?", "lager", "agence", "succursale", "magasin", "sucursal",
  "tienda", "filial", "vestiging", "winkel", "oddział", "sklep", "pobočka", "prodejna", "negozio", "filiaal",
];
