/**
 * Small word lists the address recognizer (recognizers/address-block.ts) reads beside
 * the place lists: administrative-area words written in lower case inside a region's
 * name, official long country names CLDR does not give, and company-form suffixes that
 * make a capitalised line an organisation rather than a town. Lower-case.
 */

/** "Pardubický kraj", "Valkas raj.", "Qashqadaryo viloyati", "Пермский край", "Hunedoara county". */
export const ADMIN_AREA_WORDS: readonly string[] = `county district province region state oblast krai kraj okres megye
vármegye voivodeship województwo powiat gmina raj. rajons novads apskritis maakond vald viloyati viloyat tumani
okrug okrugu ili ilçe rayonu rayon parish borough shire canton kanton landkreis kreis bezirk gemeente provincie
provincia comune comunidad departamento municipio estado região regiao distrito concelho județul judetul
sat comuna oraș oras область обл. край район р-н округ республика автономный громада νομός περιφέρεια
governorate muhafazah prefecture`.split(/\s+/);

/** Official and long country names, besides the CLDR names the lexicon already holds. */
export const COUNTRY_LONG_NAMES: readonly string[] = [
  "russian federation", "united states of america", "republic of korea", "korea, republic of", "democratic people's republic of korea",
  "czech republic", "slovak republic", "republic of ireland", "united kingdom of great britain and northern ireland",
  "islamic republic of iran", "syrian arab republic", "lao people's democratic republic", "republic of moldova",
  "united republic of tanzania", "plurinational state of bolivia", "bolivarian republic of venezuela",
  "federal republic of germany", "people's republic of china", "republic of china", "kingdom of saudi arabia",
  "the netherlands", "the gambia", "the bahamas", "holy see", "vatican city", "ivory coast", "swaziland",
  "burma", "east timor", "macedonia", "cape verde", "great britain", "england", "scotland", "wales",
  "northern ireland",
];

/** "Acme GmbH", "Foo Ltd": a line ending in one of these is a company. */
export const ORGANISATION_SUFFIXES: readonly string[] = `gmbh ag kg ohg ug ltd ltd. limited inc inc. llc llp plc corp corp. co co.
sa s.a. sarl s.a.r.l. sas srl s.r.l. spa s.p.a. bv b.v. nv n.v. ab as a/s oy oyj aps sp. z.o.o. s.r.o. a.s.
kft zrt bt pty ooo оoo ооо пао зао ао gk kk`.split(/\s+/);
