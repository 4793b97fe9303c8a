/**
 * How addresses, postcodes and phone numbers are written in each country of the external
 * corpus. Street and town lists are real places (many of them small towns) from general
 * knowledge; faker's invented ones are mixed in by the generator, so neither source alone
 * decides what a "place" looks like. Layouts follow each country's postal habits: which
 * comes first (number or street, postcode or town), what a flat or unit looks like, and
 * whether the town is written in capitals.
 */
import type { Rng } from "./rng";

/** One line of an address: its parts (each a labelled place) and what joins them. */
export interface AddressLine {
  parts: string[];
  sep: string;
}

export interface AddressParts {
  street: string;
  unit?: string;
  postcode?: string;
  town: string;
  region?: string;
  country?: string;
}

export interface Country {
  code: string;
  /** How the country's name is written (endonym first, then English); empty when the locale has none. */
  names: string[];
  callingCode: string;
  /** National significant numbers of mobile phones, without the trunk prefix: `#` a digit, `@` 2-9, digits literal. */
  mobile: string[];
  /** The trunk prefix written before national numbers ("0" in most of Europe), if any. */
  trunk: string;
  postcode: string[];
  /** Prefix used on international mail ("FI-", "D-", "L-"), written sometimes. */
  postcodePrefix?: string;
  streets: string[];
  towns: string[];
  regions?: string[];
  /** A street line (street and number, with any local extras) from a street name. */
  streetLine: (r: Rng, street: string) => string;
  /** A flat, unit or floor line, when the country writes one separately. */
  unit?: (r: Rng) => string;
  /** Address lines, in the local order. */
  layout: (r: Rng, a: AddressParts) => AddressLine[];
}

const num = (r: Rng, max = 120) => String(r.chance(0.7) ? r.int(1, 40) : r.int(1, max));
const withLetter = (r: Rng, n: string, letters = "abc") => (r.chance(0.15) ? n + r.pick([...letters]) : n);
const line = (parts: (string | undefined)[], sep = " "): AddressLine => ({ parts: parts.filter((p): p is string => !!p), sep });
// toUpperCase, not toLocaleUpperCase: the corpus must not depend on the machine's locale.
const upper = (r: Rng, s: string, p: number) => (r.chance(p) ? s.toUpperCase() : s);
const maybePrefix = (r: Rng, c: { postcodePrefix?: string }, pc?: string) => (pc && c.postcodePrefix && r.chance(0.2) ? c.postcodePrefix + pc : pc);

/** Street, then "postcode town", then country: most of continental Europe. */
function europeanLayout(townCapsP = 0.1, prefix?: string) {
  return (r: Rng, a: AddressParts): AddressLine[] => [
    line([a.street]),
    ...(a.unit ? [line([a.unit])] : []),
    line([prefix && a.postcode && r.chance(0.2) ? prefix + a.postcode : a.postcode, upper(r, a.town, townCapsP)]),
    ...(a.country ? [line([upper(r, a.country, 0.3)])] : []),
  ];
}

/** Number before the street, town with state and ZIP on one line: North America and Australia. */
function northAmericanLayout(r: Rng, a: AddressParts): AddressLine[] {
  return [
    line([a.street]),
    ...(a.unit ? [line([a.unit])] : []),
    { parts: [a.town, [a.region, a.postcode].filter(Boolean).join(r.chance(0.8) ? " " : "  ")].filter(Boolean), sep: ", " },
    ...(a.country ? [line([upper(r, a.country, 0.4)])] : []),
  ];
}

export const COUNTRIES: Record<string, Country> = {};

function add(c: Country): void {
  COUNTRIES[c.code] = c;
}

// ------------------------------------------------------------------ Nordic

add({
  code: "FI", names: ["Suomi", "Finland"], callingCode: "358", trunk: "0", mobile: ["40 ### ####", "50 ### ####", "44 ### ####", "45 ### ####"],
  postcode: ["00990", "99999", "99100", "99900"], postcodePrefix: "FI-",
  streets: ["Mannerheimintie", "Hämeentie", "Aleksanterinkatu", "Kauppakatu", "Koulukatu", "Rantatie", "Puistokatu", "Kirkkokatu", "Asemakatu", "Torikatu", "Satamakatu", "Pohjoisesplanadi", "Myllytie", "Koivukuja"],
  towns: ["Helsinki", "Tampere", "Oulu", "Kuopio", "Sodankylä", "Kemijärvi", "Loviisa", "Raahe", "Närpiö", "Iisalmi", "Pieksämäki", "Uusikaupunki", "Kitee", "Utsjoki", "Jämsä", "Nurmes", "Inari", "Hanko"],
  // Finnish flats: staircase letter and flat number after the house number ("12 B 5", "as. 14").
  streetLine: (r, s) => `${s} ${num(r)}${r.pick(["", "", ` ${r.pick(["A", "B", "C"])} ${r.int(1, 60)}`, ` as. ${r.int(1, 40)}`, ` ${r.pick(["A", "B"])}`])}`,
  layout: europeanLayout(0.35, "FI-"),
});

add({
  code: "SE", names: ["Sverige", "Sweden"], callingCode: "46", trunk: "0", mobile: ["70 ### ## ##", "72 ### ## ##", "73 ### ## ##", "76 ### ## ##"],
  postcode: ["999 99", "99999"], postcodePrefix: "SE-",
  streets: ["Storgatan", "Kungsgatan", "Drottninggatan", "Järnvägsgatan", "Skolgatan", "Kyrkogatan", "Sveavägen", "Östra Hamngatan", "Västra Långgatan", "Björkvägen", "Strandvägen", "Tegnérgatan"],
  towns: ["Stockholm", "Göteborg", "Malmö", "Kiruna", "Arvidsjaur", "Härnösand", "Ystad", "Mora", "Sala", "Östersund", "Åmål", "Töreboda", "Vimmerby", "Haparanda", "Simrishamn", "Sveg"],
  streetLine: (r, s) => `${s} ${withLetter(r, num(r), "AB")}${r.chance(0.25) ? `, lgh ${r.int(10, 16)}0${r.int(1, 4)}` : ""}`,
  unit: (r) => `c/o ${r.pick(["Lindqvist", "Berg", "Holm"])}`,
  layout: europeanLayout(0.3, "SE-"),
});

add({
  code: "NO", names: ["Norge", "Norway", "Noreg"], callingCode: "47", trunk: "", mobile: ["4### ####", "9### ####", "41 ## ## ##", "48 ## ## ##"],
  postcode: ["9999", "0999"], postcodePrefix: "NO-",
  streets: ["Storgata", "Kirkegata", "Strandveien", "Skolegata", "Karl Johans gate", "Bygdøy allé", "Fjellveien", "Kongens gate", "Sjøgata", "Hegdehaugsveien"],
  towns: ["Oslo", "Bergen", "Tromsø", "Vadsø", "Alta", "Kirkenes", "Røros", "Lillehammer", "Ålesund", "Mo i Rana", "Hammerfest", "Flekkefjord", "Kvaløysletta", "Svolvær", "Odda"],
  streetLine: (r, s) => `${s} ${withLetter(r, num(r), "ABC")}${r.chance(0.2) ? `, leil. H0${r.int(1, 4)}0${r.int(1, 4)}` : ""}`,
  layout: europeanLayout(0.4, "NO-"),
});

add({
  code: "DK", names: ["Danmark", "Denmark"], callingCode: "45", trunk: "", mobile: ["20 ## ## ##", "40 ## ## ##", "51 ## ## ##", "2# ## ## ##"],
  postcode: ["@999"], postcodePrefix: "DK-",
  streets: ["Nørregade", "Vestergade", "Østergade", "Søndergade", "Algade", "Jernbanegade", "H.C. Andersens Boulevard", "Amagerbrogade", "Bredgade", "Skovvej", "Strandvejen"],
  towns: ["København", "Aarhus", "Odense", "Skagen", "Ribe", "Tønder", "Nakskov", "Svendborg", "Hjørring", "Frederikshavn", "Rønne", "Ærøskøbing", "Lemvig", "Faaborg"],
  // Danish floor and side after the number: "12, 2. th." (floor 2, right-hand door).
  streetLine: (r, s) => `${s} ${withLetter(r, num(r), "AB")}${r.chance(0.4) ? `, ${r.pick(["st.", "1.", "2.", "3.", "4."])} ${r.pick(["th.", "tv.", "mf."])}` : ""}`,
  layout: europeanLayout(0.1, "DK-"),
});

// ------------------------------------------------------------------ German-speaking

add({
  code: "DE", names: ["Deutschland", "Germany"], callingCode: "49", trunk: "0", mobile: ["151 ########", "160 #######", "170 #######", "176 ########", "1575 #######"],
  postcode: ["99999", "09999"], postcodePrefix: "D-",
  streets: ["Hauptstraße", "Bahnhofstraße", "Lindenstraße", "Schulstraße", "Gartenweg", "Am Markt", "Kirchgasse", "Friedrich-Ebert-Straße", "Goethestraße", "Mühlenweg", "Rosenstr.", "An der Alster", "Königsallee", "Ludwigstraße"],
  towns: ["Berlin", "München", "Freiburg im Breisgau", "Wernigerode", "Quedlinburg", "Bad Tölz", "Husum", "Meißen", "Görlitz", "Lindau (Bodensee)", "Cochem", "Weiden i.d.OPf.", "Neuruppin", "Bad Säckingen", "Zwiesel", "Wittenberge"],
  streetLine: (r, s) => `${s} ${withLetter(r, num(r))}`,
  unit: (r) => r.pick([`${r.int(1, 5)}. OG links`, `Hinterhaus, ${r.int(1, 4)}. Etage`, `App. ${r.int(1, 30)}`, `c/o ${r.pick(["Schmidt", "Weber", "Yilmaz"])}`]),
  layout: europeanLayout(0.1, "D-"),
});

add({
  code: "AT", names: ["Österreich", "Austria"], callingCode: "43", trunk: "0", mobile: ["664 #######", "676 #######", "699 ########", "650 #######"],
  postcode: ["@999"], postcodePrefix: "A-",
  streets: ["Mariahilfer Straße", "Hauptplatz", "Linzer Straße", "Kärntner Straße", "Dorfstraße", "Herrengasse", "Landstraßer Hauptstraße", "Bahnhofplatz", "Schmiedgasse"],
  towns: ["Wien", "Graz", "Hallstatt", "Zell am See", "Bludenz", "Krems an der Donau", "Leoben", "Kitzbühel", "Mistelbach", "Zwettl", "Lienz", "Bad Ischl"],
  // Viennese flats: house number, staircase and door ("12/3/14").
  streetLine: (r, s) => `${s} ${num(r)}${r.chance(0.4) ? `/${r.int(1, 8)}${r.chance(0.5) ? `/${r.int(1, 30)}` : ""}` : ""}`,
  unit: (r) => `Top ${r.int(1, 40)}`,
  layout: europeanLayout(0.1, "A-"),
});

add({
  code: "CH", names: ["Schweiz", "Suisse", "Svizzera", "Switzerland"], callingCode: "41", trunk: "0", mobile: ["79 ### ## ##", "78 ### ## ##", "76 ### ## ##"],
  postcode: ["@999"], postcodePrefix: "CH-",
  streets: ["Bahnhofstrasse", "Dorfstrasse", "Rue du Rhône", "Via Nassa", "Hauptgasse", "Rue de Lausanne", "Seestrasse", "Marktgasse", "Chemin des Vignes"],
  towns: ["Zürich", "Chur", "Aarau", "Sion", "Bellinzona", "Frauenfeld", "Delémont", "Schwyz", "La Chaux-de-Fonds", "Appenzell", "Scuol", "Porrentruy", "Altdorf", "Brig"],
  streetLine: (r, s) => `${s} ${withLetter(r, num(r))}`,
  unit: (r) => r.pick([`Postfach ${r.int(100, 9999)}`, `${r.int(1, 5)}. Stock`]),
  layout: europeanLayout(0.1, "CH-"),
});

// ------------------------------------------------------------------ French-speaking

add({
  code: "FR", names: ["France"], callingCode: "33", trunk: "0", mobile: ["6 1# ## ## ##", "6 2# ## ## ##", "6 7# ## ## ##", "6 8# ## ## ##", "7 6# ## ## ##", "6 0# ## ## ##"],
  postcode: ["99999", "75099", "13099", "69099"], postcodePrefix: "F-",
  streets: ["rue du Bac", "rue de la République", "avenue Jean Jaurès", "boulevard Victor Hugo", "place de la Mairie", "chemin des Vignes", "impasse des Lilas", "allée des Tilleuls", "rue Pasteur", "quai de la Fosse", "route de Lyon", "rue des Écoles"],
  towns: ["Paris", "Lyon", "Quimper", "Carcassonne", "Colmar", "Sarlat-la-Canéda", "Millau", "Saint-Flour", "Pontarlier", "Dieppe", "Bagnères-de-Bigorre", "Vannes", "Pézenas", "Riom", "Étretat", "Gap"],
  streetLine: (r, s) => `${num(r)}${r.chance(0.1) ? r.pick([" bis", " ter"]) : ""}${r.chance(0.3) ? "," : ""} ${s}`,
  unit: (r) => r.pick([`Bâtiment ${r.pick(["A", "B", "C"])}, ${r.int(1, 8)}e étage`, `Appartement ${r.int(1, 60)}`, `Résidence les ${r.pick(["Pins", "Cèdres", "Mimosas"])}`, `BP ${r.int(10, 999)}`]),
  // The French postal standard puts the last line in capitals.
  layout: (r, a) => europeanLayout(0.5)(r, a),
});

add({
  code: "BE", names: ["Belgique", "België", "Belgium"], callingCode: "32", trunk: "0", mobile: ["470 ## ## ##", "475 ## ## ##", "486 ## ## ##", "499 ## ## ##"],
  postcode: ["@999"], postcodePrefix: "B-",
  streets: ["Rue Neuve", "Chaussée de Waterloo", "Avenue Louise", "Kerkstraat", "Stationsstraat", "Grote Markt", "Meir", "Rue de la Loi", "Nieuwstraat", "Rue des Bouchers"],
  towns: ["Bruxelles", "Brussel", "Liège", "Namur", "Bastogne", "Dinant", "Brugge", "Ieper", "Mechelen", "Hasselt", "Tongeren", "Arlon", "Durbuy", "Poperinge", "Spa"],
  // Belgian box numbers: "bte 3" (French), "bus 3" (Dutch).
  streetLine: (r, s) => `${s} ${num(r)}${r.chance(0.3) ? ` ${r.pick(["bte", "bus", "/"])} ${r.int(1, 20)}` : ""}`,
  layout: europeanLayout(0.2, "B-"),
});

add({
  code: "LU", names: ["Lëtzebuerg", "Luxembourg"], callingCode: "352", trunk: "", mobile: ["621 ### ###", "661 ### ###", "691 ### ###"],
  postcode: ["L-@999"],
  streets: ["rue de la Gare", "Grand-Rue", "boulevard Royal", "route d'Arlon", "avenue de la Liberté", "rue du Fort Neipperg"],
  towns: ["Luxembourg", "Esch-sur-Alzette", "Diekirch", "Echternach", "Wiltz", "Vianden", "Ettelbruck", "Clervaux", "Remich"],
  streetLine: (r, s) => `${num(r)}, ${s}`,
  layout: europeanLayout(0.4),
});

add({
  code: "SN", names: ["Sénégal", "Senegal"], callingCode: "221", trunk: "", mobile: ["77 ### ## ##", "78 ### ## ##", "76 ### ## ##"],
  postcode: ["99999"],
  streets: ["Avenue Cheikh Anta Diop", "Rue Carnot", "Boulevard de la République", "Avenue Lamine Guèye", "Rue Félix Faure", "Route de Ngor"],
  towns: ["Dakar", "Thiès", "Saint-Louis", "Ziguinchor", "Kaolack", "Touba", "Mbour", "Kédougou", "Podor", "Joal-Fadiouth"],
  streetLine: (r, s) => r.pick([`${num(r)}, ${s}`, `${s}, villa n° ${r.int(1, 300)}`, `Cité Keur Gorgui, villa ${r.int(1, 200)}`]),
  layout: (r, a) => [line([a.street]), line([a.postcode ? `BP ${r.int(100, 9999)}` : undefined, upper(r, a.town, 0.3)]), ...(a.country ? [line([a.country])] : [])],
});

// ------------------------------------------------------------------ Benelux, British Isles

add({
  code: "NL", names: ["Nederland", "The Netherlands", "Netherlands"], callingCode: "31", trunk: "0", mobile: ["6 1### ####", "6 2#######", "6-4#######", "6 5### ####"],
  postcode: ["9999 AA", "9999AA"], postcodePrefix: "NL-",
  streets: ["Keizersgracht", "Dorpsstraat", "Kerkstraat", "Stationsweg", "Molenweg", "Julianalaan", "Hoofdstraat", "Nieuwe Binnenweg", "Oudegracht", "Prinsengracht", "Brink", "Van Goghlaan"],
  towns: ["Amsterdam", "Utrecht", "Zwolle", "Harlingen", "Middelburg", "Hoorn", "Deventer", "Appingedam", "Sneek", "Vaals", "Goes", "Zierikzee", "Enkhuizen", "Winterswijk", "Heerlen", "Dokkum"],
  // Amsterdam floors ("123-II", "45-hs") and letter suffixes ("5 A").
  streetLine: (r, s) => `${s} ${num(r, 400)}${r.pick(["", "", "", "-II", "-hs", " A", " B", "-1", " bis"])}`,
  layout: europeanLayout(0.3),
});

add({
  code: "GB", names: ["United Kingdom", "UK", "England", "Scotland", "Wales", "Great Britain"], callingCode: "44", trunk: "0", mobile: ["7### ######", "7### ### ###"],
  postcode: ["A9 9AA", "A99 9AA", "AA9 9AA", "AA99 9AA", "A9A 9AA", "AA9A 9AA"],
  streets: ["High Street", "Station Road", "Church Lane", "Victoria Road", "The Green", "Mill Lane", "London Road", "Park Avenue", "Queen's Drive", "Marine Parade", "Castle Wynd", "Albert Terrace"],
  towns: ["Tobermory", "Ludlow", "Whitby", "Penzance", "Keswick", "Hay-on-Wye", "Llandudno", "Stornoway", "Kirkwall", "Dorking", "Bath", "Frome", "Hexham", "Oban", "Settle", "Bideford", "Lerwick"],
  regions: ["Cornwall", "North Yorkshire", "Argyll", "Shropshire", "Cumbria", "Isle of Lewis", "Orkney", "Surrey", "Somerset", "Northumberland", "Devon"],
  streetLine: (r, s) => r.pick([`${num(r)} ${s}`, `${num(r)} ${s}`, `${r.pick(["Rose Cottage", "The Old Rectory", "Flat 2, Ivy House", "Mill House"])}, ${s}`]),
  unit: (r) => r.pick([`Flat ${r.int(1, 40)}`, `Flat ${r.int(1, 9)}${r.pick(["A", "B", "C"])}`, `Apartment ${r.int(1, 200)}`, `Unit ${r.int(1, 30)}`]),
  // British addresses put the post town (often in capitals) on its own line, then the postcode.
  layout: (r, a) => [
    ...(a.unit ? [line([a.unit])] : []),
    line([a.street]),
    line([upper(r, a.town, 0.5)]),
    ...(a.region ? [line([a.region])] : []),
    line([a.postcode]),
    ...(a.country ? [line([upper(r, a.country, 0.3)])] : []),
  ],
});

add({
  code: "IE", names: ["Ireland", "Éire"], callingCode: "353", trunk: "0", mobile: ["83 ### ####", "85 ### ####", "86 ### ####", "87 ### ####"],
  postcode: ["A99 A9A9", "A99 AA99", "D99 A999", "V99 A9AA"],
  streets: ["Main Street", "O'Connell Street", "Patrick Street", "Shop Street", "Strand Road", "Bridge Street", "Church Road", "Quay Street"],
  towns: ["Dublin", "Galway", "Dingle", "Westport", "Kilkenny", "Clonakilty", "Kinsale", "Ennis", "Letterkenny", "Athlone", "Kenmare", "Carrick-on-Shannon", "Tullamore"],
  regions: ["Co. Kerry", "Co. Mayo", "Co. Cork", "Co. Clare", "Co. Donegal", "Co. Galway", "Co. Westmeath", "County Offaly", "Co. Leitrim"],
  streetLine: (r, s) => r.pick([`${num(r)} ${s}`, `${r.pick(["Apt 4", "Apartment 12", "No. 7"])} ${s}`, `${s}`]),
  layout: (r, a) => [line([a.street]), line([a.town]), ...(a.region ? [line([a.region])] : []), line([a.postcode]), ...(a.country ? [line([a.country])] : [])],
});

// ------------------------------------------------------------------ North America, Oceania, Africa (English)

const US_STATES = ["AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "Oregon", "Vermont", "Texas", "Maine"];

add({
  code: "US", names: ["USA", "United States", "U.S.", "United States of America"], callingCode: "1", trunk: "", mobile: ["(212) @##-####", "(415) @##-####", "305-@##-####", "503.@##.####", "(617) @##-####", "702-@##-####", "(808) @##-####", "907 @##-####", "(208) @##-####", "406-@##-####", "(432) @##-####", "207-@##-####", "(607) @##-####", "479-@##-####", "(270) @##-####"],
  postcode: ["99999", "99999-9999"],
  streets: ["Main St", "Elm Street", "Maple Ave", "Oak Lane", "Broadway", "5th Avenue", "W 42nd St", "Route 9", "County Road 12", "Old Mill Rd", "Pine Ridge Dr", "N Lamar Blvd", "E 3rd St", "SW Alder St"],
  towns: ["Boise", "Bozeman", "Taos", "Marfa", "Bar Harbor", "Ithaca", "Eureka Springs", "Sitka", "Moab", "Stowe", "Paducah", "Ely", "Bisbee", "Hood River", "Lodi", "Saint Ignace", "Cody", "Natchez"],
  regions: US_STATES,
  // Building numbers before numbered streets ("350 5th Avenue", "1200 W 42nd St").
  streetLine: (r, s) => `${r.chance(0.5) ? r.int(100, 9999) : r.int(1, 99)} ${s}`,
  unit: (r) => r.pick([`Apt. ${r.int(1, 40)}${r.pick(["", "B", "C"])}`, `Suite ${r.int(100, 2400)}`, `Unit ${r.int(1, 20)}`, `Apt #${r.int(1, 999)}`, `# ${r.int(1, 40)}`, `PO Box ${r.int(10, 9999)}`]),
  layout: northAmericanLayout,
});

add({
  code: "CA", names: ["Canada"], callingCode: "1", trunk: "", mobile: ["(416) @##-####", "902-@##-####", "(506) @##-####", "418 @##-####", "(867) @##-####", "250-@##-####", "(613) @##-####", "403 @##-####", "(604) @##-####"],
  postcode: ["A9A 9A9", "A9A9A9"],
  streets: ["rue Sainte-Catherine", "Yonge Street", "Main Street", "boulevard René-Lévesque", "Granville St", "Water Street", "Barrington St", "Jasper Ave", "rue Saint-Jean"],
  towns: ["Toronto", "Halifax", "Moncton", "Rimouski", "Yellowknife", "Whitehorse", "Kamloops", "Gaspé", "Sherbrooke", "Lunenburg", "Canmore", "Iqaluit", "Baie-Saint-Paul", "Nelson"],
  regions: ["ON", "QC", "BC", "NS", "NB", "AB", "MB", "SK", "NL", "PE", "YT", "NT", "NU"],
  streetLine: (r, s) => `${r.chance(0.5) ? r.int(100, 9999) : r.int(1, 99)} ${s}`,
  unit: (r) => r.pick([`Apt. ${r.int(1, 40)}`, `Suite ${r.int(100, 2400)}`, `App. ${r.int(1, 40)}`, `Unit ${r.int(1, 20)}`]),
  layout: northAmericanLayout,
});

add({
  code: "AU", names: ["Australia"], callingCode: "61", trunk: "0", mobile: ["4## ### ###", "4##-###-###"],
  postcode: ["9999"],
  streets: ["George St", "Collins St", "Smith St", "Beach Rd", "Pacific Hwy", "Hay Street", "Esplanade", "Anzac Parade", "Murray St"],
  towns: ["Sydney", "Broome", "Alice Springs", "Mudgee", "Orange", "Bendigo", "Katherine", "Margaret River", "Cairns", "Hobart", "Kalgoorlie", "Tenterfield", "Coober Pedy", "Byron Bay"],
  regions: ["NSW", "VIC", "QLD", "WA", "SA", "TAS", "NT", "ACT"],
  // "Unit 4/12 Smith St": unit and number joined by a slash.
  streetLine: (r, s) => (r.chance(0.3) ? `${r.pick(["Unit ", ""])}${r.int(1, 30)}/${num(r)} ${s}` : `${num(r)} ${s}`),
  layout: northAmericanLayout,
});

add({
  code: "ZA", names: ["South Africa", "Suid-Afrika", "iNingizimu Afrika"], callingCode: "27", trunk: "0", mobile: ["82 ### ####", "72 ### ####", "83 ### ####", "61 ### ####"],
  postcode: ["9999"],
  streets: ["Long Street", "Jan Smuts Avenue", "Church Street", "Voortrekker Road", "Main Road", "Kerkstraat", "Florida Road", "Nelson Mandela Drive", "Anton Lembede Street"],
  towns: ["Cape Town", "Kaapstad", "Johannesburg", "Durban", "eThekwini", "Stellenbosch", "Graaff-Reinet", "Knysna", "Mthatha", "Polokwane", "Hermanus", "Oudtshoorn", "Paarl", "Eshowe", "Ulundi", "Upington", "Pietermaritzburg"],
  regions: ["Western Cape", "KwaZulu-Natal", "Gauteng", "Eastern Cape", "Limpopo", "Northern Cape"],
  streetLine: (r, s) => r.pick([`${num(r)} ${s}`, `${num(r)} ${s}`, `${r.int(1, 40)} ${r.pick(["Protea", "Jacaranda", "Sunbird"])} Court, ${s}`]),
  layout: (r, a) => [line([a.street]), ...(a.region ? [line([a.town, a.region], ", ")] : [line([a.town])]), line([a.postcode]), ...(a.country ? [line([a.country])] : [])],
});

add({
  code: "GH", names: ["Ghana"], callingCode: "233", trunk: "0", mobile: ["24 ### ####", "54 ### ####", "20 ### ####", "55 ### ####"],
  postcode: ["AA-999-9999", "AA-9999-9999"],
  streets: ["Oxford Street", "Liberation Road", "Ring Road Central", "Kwame Nkrumah Avenue", "Harper Road", "Cantonments Road"],
  towns: ["Accra", "Kumasi", "Cape Coast", "Tamale", "Ho", "Elmina", "Takoradi", "Bolgatanga", "Sunyani", "Koforidua", "Wa"],
  regions: ["Greater Accra", "Ashanti Region", "Central Region", "Volta Region", "Northern Region"],
  streetLine: (r, s) => r.pick([`${num(r)} ${s}`, `House No. ${r.int(1, 90)}, ${s}`, `Plot ${r.int(1, 200)}, ${s}`]),
  // Ghana's digital address (GhanaPostGPS) stands in for a postcode.
  layout: (r, a) => [line([a.street]), line([a.town, a.region], ", "), line([a.postcode]), ...(a.country ? [line([a.country])] : [])],
});

add({
  code: "NG", names: ["Nigeria"], callingCode: "234", trunk: "0", mobile: ["803 ### ####", "806 ### ####", "813 ### ####", "703 ### ####", "905 ### ####"],
  postcode: ["999999"],
  streets: ["Awolowo Road", "Herbert Macaulay Way", "Allen Avenue", "Ahmadu Bello Way", "Adeola Odeku Street", "Ring Road", "Bode Thomas Street"],
  towns: ["Lagos", "Ibadan", "Abeokuta", "Osogbo", "Kano", "Enugu", "Calabar", "Jos", "Ile-Ife", "Ogbomosho", "Oyo", "Akure", "Ilesa", "Ikeja", "Yenagoa"],
  regions: ["Lagos State", "Oyo State", "Ogun State", "Osun State", "Kano State", "Enugu State", "Cross River State", "Ondo State"],
  streetLine: (r, s) => r.pick([`${num(r)} ${s}`, `No. ${num(r)}, ${s}`, `Plot ${r.int(1, 400)}, ${s}`]),
  layout: (r, a) => [line([a.street]), line([a.town, a.region], ", "), ...(a.postcode ? [line([a.postcode])] : []), ...(a.country ? [line([a.country])] : [])],
});

add({
  code: "HK", names: ["Hong Kong", "香港"], callingCode: "852", trunk: "", mobile: ["9### ####", "6### ####", "51## ####"],
  postcode: [],
  streets: ["Nathan Road", "Queen's Road Central", "Des Voeux Road", "Hennessy Road", "彌敦道", "皇后大道中", "Tai Po Road"],
  towns: ["Kowloon", "Mong Kok", "Sha Tin", "Tsuen Wan", "Sai Kung", "Tai Po", "Causeway Bay", "旺角", "沙田", "Cheung Chau"],
  streetLine: (r, s) => `${r.int(1, 500)} ${s}`,
  unit: (r) => `Flat ${r.pick(["A", "B", "C", "D"])}, ${r.int(2, 40)}/F, Block ${r.int(1, 6)}`,
  layout: (r, a) => [...(a.unit ? [line([a.unit])] : []), line([a.street]), line([upper(r, a.town, 0.4)]), ...(a.country ? [line([upper(r, a.country, 0.5)])] : [])],
});

// ------------------------------------------------------------------ South Asia

add({
  code: "IN", names: ["India", "भारत"], callingCode: "91", trunk: "0", mobile: ["98### #####", "99### #####", "70### #####", "9#########"],
  postcode: ["999999", "999 999"],
  streets: ["MG Road", "Brigade Road", "14th Cross Road", "Linking Road", "Park Street", "Anna Salai", "Chandni Chowk", "100 Feet Road", "4th Main", "Residency Road"],
  towns: ["Bengaluru", "Mumbai", "Chennai", "Kochi", "Shillong", "Udaipur", "Rishikesh", "Puducherry", "Mysuru", "Hampi", "Dharamshala", "Madurai", "சென்னை", "மதுரை", "Thanjavur", "Coimbatore"],
  regions: ["Karnataka", "Maharashtra", "Tamil Nadu", "Kerala", "Meghalaya", "Rajasthan", "Uttarakhand", "Himachal Pradesh", "West Bengal"],
  streetLine: (r, s) => r.pick([`Flat ${r.int(1, 20)}0${r.int(1, 9)}, ${r.pick(["Sai Krupa Apartments", "Green Glen Layout", "Shanti Niwas", "Lakeview Residency"])}, ${s}`, `No. ${r.int(1, 400)}, ${s}`, `#${r.int(1, 400)}, ${r.int(1, 20)}th Cross, ${s}`, `H.No. ${r.int(1, 20)}-${r.int(1, 99)}/${r.int(1, 9)}, ${s}`]),
  layout: (r, a) => [line([a.street]), line([a.town]), line([[a.region, a.postcode].filter(Boolean).join(r.chance(0.5) ? " " : " - ")]), ...(a.country ? [line([a.country])] : [])],
});

add({
  code: "NP", names: ["Nepal", "नेपाल"], callingCode: "977", trunk: "0", mobile: ["98 #### ####", "984#######", "980#######"],
  postcode: ["99999"],
  streets: ["Durbar Marg", "Lazimpat", "New Road", "Jhamsikhel Road", "Lakeside Road", "Thamel Marg"],
  towns: ["Kathmandu", "Pokhara", "Lalitpur", "Bhaktapur", "Biratnagar", "Janakpur", "Namche Bazaar", "काठमाडौं", "पोखरा", "Dhulikhel", "Bandipur", "Ilam"],
  streetLine: (r, s) => r.pick([`${s}, Ward No. ${r.int(1, 32)}`, `House ${r.int(1, 400)}, ${s}`]),
  layout: (r, a) => [line([a.street]), line([a.town, a.postcode], " "), ...(a.country ? [line([a.country])] : [])],
});

add({
  code: "BD", names: ["Bangladesh", "বাংলাদেশ"], callingCode: "880", trunk: "0", mobile: ["1711 ######", "1819 ######", "19## ######"],
  postcode: ["@999"],
  streets: ["Road 27", "Mirpur Road", "Satmasjid Road", "Gulshan Avenue", "Zindabazar", "Station Road"],
  towns: ["Dhaka", "Chattogram", "Sylhet", "Cox's Bazar", "Rajshahi", "Khulna", "Bogura", "Srimangal", "ঢাকা", "চট্টগ্রাম", "সিলেট", "Rangamati"],
  streetLine: (r, s) => `House ${r.int(1, 120)}, ${s}, ${r.pick(["Dhanmondi", "Gulshan 2", "Banani", "Uttara Sector 7", "Mohammadpur"])}`,
  layout: (r, a) => [line([a.street]), line([[a.town, a.postcode].filter(Boolean).join(r.chance(0.5) ? " " : " - ")]), ...(a.country ? [line([a.country])] : [])],
});

add({
  code: "PK", names: ["Pakistan", "پاکستان"], callingCode: "92", trunk: "0", mobile: ["300 #######", "321 #######", "333 #######", "345 #######"],
  postcode: ["99999"],
  streets: ["Mall Road", "Jinnah Avenue", "Shahrah-e-Faisal", "MM Alam Road", "Street 12", "Blue Area", "مال روڈ"],
  towns: ["Lahore", "Karachi", "Islamabad", "Murree", "Skardu", "Gilgit", "Multan", "Sialkot", "Hyderabad", "لاہور", "کراچی", "اسلام آباد", "Chitral", "Hunza"],
  streetLine: (r, s) => r.pick([`House No. ${r.int(1, 600)}, ${s}`, `Flat ${r.int(1, 30)}, Block ${r.pick(["A", "B", "C", "D"])}, ${s}`, `${s}, Sector F-${r.int(6, 11)}/${r.int(1, 4)}`]),
  layout: (r, a) => [line([a.street]), line([[a.town, a.postcode].filter(Boolean).join(" ")]), ...(a.country ? [line([a.country])] : [])],
});

add({
  code: "MV", names: ["Maldives", "ދިވެހިރާއްޖެ"], callingCode: "960", trunk: "", mobile: ["7## ####", "9## ####"],
  postcode: ["99999", "20099"],
  streets: ["Majeedhee Magu", "Chandhanee Magu", "Boduthakurufaanu Magu", "Ameenee Magu", "Orchid Magu"],
  towns: ["Malé", "Hulhumalé", "Addu City", "Fuvahmulah", "Thinadhoo", "Kulhudhuffushi", "މާލެ"],
  streetLine: (r, s) => `${r.pick(["H. Sea Breeze", "M. Bluebell", "G. Feyrugasdhoshuge", "Ma. Noomaraage"])}, ${s}`,
  layout: (r, a) => [line([a.street]), line([a.town, a.postcode], " "), ...(a.country ? [line([a.country])] : [])],
});

// ------------------------------------------------------------------ Southern and Central Europe

add({
  code: "ES", names: ["España", "Spain"], callingCode: "34", trunk: "", mobile: ["6## ## ## ##", "6## ### ###", "71# ## ## ##"],
  postcode: ["28099", "08099", "41099", "46099", "29099", "50099", "15099", "37099"],
  streets: ["Calle de Alcalá", "Gran Vía", "Calle Mayor", "Avenida de la Constitución", "Paseo de Gracia", "Carrer de Mallorca", "Rúa do Franco", "Plaza Mayor", "C/ Real", "Camino de Ronda", "Calle San Fernando"],
  towns: ["Madrid", "Cuenca", "Ronda", "Albarracín", "Cadaqués", "Teruel", "Zamora", "Soria", "Jaca", "Frigiliana", "Betanzos", "Mérida", "Úbeda", "Olot", "Llanes", "Trujillo"],
  regions: ["Madrid", "Cuenca", "Málaga", "Teruel", "Girona", "A Coruña", "Badajoz", "Jaén", "Asturias", "Cáceres"],
  // Spanish floor and door after the number: "45, 3º B", "7, 2º izq.".
  streetLine: (r, s) => `${s}${r.chance(0.5) ? "," : ""} ${num(r, 200)}${r.chance(0.5) ? `, ${r.int(1, 9)}º ${r.pick(["A", "B", "C", "D", "izq.", "dcha.", "1ª"])}` : ""}`,
  layout: (r, a) => [line([a.street]), line([a.postcode, a.region && r.chance(0.3) ? `${a.town} (${a.region})` : upper(r, a.town, 0.15)]), ...(a.country ? [line([a.country])] : [])],
});

add({
  code: "PT", names: ["Portugal"], callingCode: "351", trunk: "", mobile: ["91 ### ####", "93 ### ####", "96 ### ####", "92 ### ####"],
  postcode: ["9999-999"],
  streets: ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Largo do Carmo", "Travessa do Fala-Só", "Rua Direita", "Calçada do Combro", "Rua da Boavista"],
  towns: ["Lisboa", "Porto", "Óbidos", "Monsaraz", "Tomar", "Lagos", "Évora", "Braga", "Guimarães", "Ponta Delgada", "Funchal", "Marvão", "Mértola", "Viseu", "Chaves"],
  streetLine: (r, s) => `${s}, ${num(r, 300)}${r.chance(0.5) ? `, ${r.int(1, 8)}.º ${r.pick(["Esq.", "Dto.", "Frt.", "A"])}` : ""}`,
  layout: europeanLayout(0.3),
});

add({
  code: "IT", names: ["Italia", "Italy"], callingCode: "39", trunk: "", mobile: ["3#########", "3## ### ####", "3## #######"],
  postcode: ["00199", "99999", "20199", "80099"],
  streets: ["Via Roma", "Corso Vittorio Emanuele II", "Via Garibaldi", "Piazza del Duomo", "Viale dei Mille", "Vicolo del Gallo", "Via XX Settembre", "Via Nazionale", "Lungarno Corsini", "Strada Statale 16", "Salita San Leonardo"],
  towns: ["Roma", "Matera", "Alberobello", "Cortona", "Bressanone", "Orvieto", "Tropea", "Bosa", "Sulmona", "Gubbio", "Spello", "Cefalù", "Ostuni", "Chiavenna", "Urbino", "Civita di Bagnoregio"],
  regions: ["RM", "MT", "BA", "AR", "BZ", "TR", "VV", "OR", "AQ", "PG", "PA", "BR", "SO", "PU", "VT"],
  streetLine: (r, s) => `${s}${r.chance(0.4) ? "," : ""} ${withLetter(r, num(r, 200), "ab")}${r.chance(0.2) ? `, int. ${r.int(1, 20)}` : ""}${r.chance(0.1) ? `, scala ${r.pick(["A", "B"])}` : ""}`,
  layout: (r, a) => [line([a.street]), line([a.postcode, upper(r, a.town, 0.2), a.region ? (r.chance(0.5) ? `(${a.region})` : a.region) : undefined]), ...(a.country ? [line([a.country])] : [])],
});

add({
  code: "GR", names: ["Ελλάδα", "Ελλάς", "Greece", "Hellas"], callingCode: "30", trunk: "", mobile: ["69# ### ####", "69########"],
  postcode: ["999 99", "99999"],
  streets: ["Ερμού", "Πανεπιστημίου", "Ακαδημίας", "Σταδίου", "Εγνατία", "Τσιμισκή", "Αγίου Δημητρίου", "Λεωφόρος Κηφισίας", "Ermou", "Odos Egnatia", "Πατησίων"],
  towns: ["Αθήνα", "Θεσσαλονίκη", "Ναύπλιο", "Καλαμπάκα", "Χανιά", "Ιωάννινα", "Μέτσοβο", "Ξάνθη", "Κέρκυρα", "Ερμούπολη", "Άρτα", "Athens", "Nafplio", "Chania", "Monemvasia"],
  streetLine: (r, s) => `${r.chance(0.3) && /[α-ω]/i.test(s) ? "Οδός " : ""}${s} ${num(r, 150)}`,
  // Greek post often writes the town in capitals without accents ("ΑΘΗΝΑ").
  layout: (r, a) => [line([a.street]), line([a.postcode, r.chance(0.35) ? a.town.toUpperCase().normalize("NFD").replace(/\p{M}/gu, "") : a.town]), ...(a.country ? [line([a.country])] : [])],
});

add({
  code: "TR", names: ["Türkiye", "Turkey"], callingCode: "90", trunk: "0", mobile: ["53########", "54# ### ## ##", "(50#) ### ## ##", "55# ### ## ##"],
  postcode: ["99999"],
  streets: ["Atatürk Caddesi", "İstiklal Caddesi", "Gazi Bulvarı", "Bağdat Caddesi", "Cumhuriyet Cad.", "Menekşe Sokak", "Kordon Boyu", "Hürriyet Sk."],
  towns: ["İstanbul", "Ankara", "İzmir", "Safranbolu", "Kaş", "Mardin", "Artvin", "Ürgüp", "Bartın", "Ayvalık", "Datça", "Şanlıurfa", "Diyarbakır", "Hakkari", "Van", "Batman"],
  regions: ["Kadıköy", "Çankaya", "Konak", "Beyoğlu", "Merkez", "Fatih"],
  // Turkish addresses: neighbourhood, street, "No:" building and "D:" flat, then postcode and district/province.
  streetLine: (r, s) => `${r.chance(0.5) ? `${r.pick(["Cumhuriyet", "Yenimahalle", "Atatürk", "Bahçelievler"])} Mah. ` : ""}${s} No: ${r.int(1, 150)}${r.chance(0.5) ? ` D: ${r.int(1, 30)}` : ""}`,
  layout: (r, a) => [line([a.street]), line([a.postcode, a.region ? `${a.region}/${upper(r, a.town, 0.3)}` : upper(r, a.town, 0.3)]), ...(a.country ? [line([a.country])] : [])],
});

add({
  code: "PL", names: ["Polska", "Poland"], callingCode: "48", trunk: "", mobile: ["5## ### ###", "6##-###-###", "7########", "8## ### ###"],
  postcode: ["99-999"],
  streets: ["ul. Długa", "ul. Marszałkowska", "ul. Piotrkowska", "al. Jerozolimskie", "ul. Mickiewicza", "ul. Kościuszki", "os. Tysiąclecia", "pl. Grunwaldzki", "ul. Źródlana", "ul. Świętojańska", "ul. Żeromskiego"],
  towns: ["Warszawa", "Kraków", "Zakopane", "Sandomierz", "Kazimierz Dolny", "Łomża", "Żagań", "Gniezno", "Ustka", "Przemyśl", "Suwałki", "Ełk", "Wrocław", "Kłodzko", "Hel", "Bóbrka"],
  // Polish flats: "7/3" or "7 m. 3" (mieszkanie), "lok. 3".
  streetLine: (r, s) => `${s} ${withLetter(r, num(r), "ab")}${r.pick(["", `/${r.int(1, 80)}`, ` m. ${r.int(1, 80)}`, ` lok. ${r.int(1, 12)}`, `/${r.int(1, 80)}`])}`,
  layout: europeanLayout(0.1),
});

add({
  code: "CZ", names: ["Česko", "Česká republika", "Czech Republic", "Czechia"], callingCode: "420", trunk: "", mobile: ["60# ### ###", "72# ### ###", "77# ### ###", "73#######"],
  postcode: ["999 99", "99999"],
  streets: ["Dlouhá", "Vodičkova", "Náměstí Míru", "Husova", "Palackého", "Masarykova", "Nádražní", "Na Příkopě", "Smetanovo nábřeží", "Školní"],
  towns: ["Praha", "Brno", "Český Krumlov", "Třeboň", "Kutná Hora", "Telč", "Jičín", "Mikulov", "Žatec", "Domažlice", "Kroměříž", "Liberec", "Štramberk", "Vimperk"],
  // Czech double numbers: land-registry number / street number ("712/5").
  streetLine: (r, s) => `${s} ${r.chance(0.5) ? `${r.int(100, 2999)}/${num(r)}` : num(r, 2000)}`,
  layout: europeanLayout(0.2, "CZ-"),
});

add({
  code: "SK", names: ["Slovensko", "Slovakia"], callingCode: "421", trunk: "0", mobile: ["90# ### ###", "91# ### ###", "94#-###-###"],
  postcode: ["999 99"],
  streets: ["Obchodná", "Hlavná", "Štúrova", "Námestie SNP", "Hviezdoslavova", "Mlynská", "Kpt. Nálepku"],
  towns: ["Bratislava", "Košice", "Banská Štiavnica", "Levoča", "Bardejov", "Poprad", "Žilina", "Kežmarok", "Trenčín", "Skalica", "Modra", "Ružomberok"],
  streetLine: (r, s) => `${s} ${r.chance(0.4) ? `${r.int(100, 2999)}/${num(r)}` : num(r, 300)}`,
  layout: europeanLayout(0.2, "SK-"),
});

add({
  code: "HU", names: ["Magyarország", "Hungary"], callingCode: "36", trunk: "06", mobile: ["20 ### ####", "30 ### ####", "70 ### ####"],
  postcode: ["@999"],
  streets: ["Kossuth Lajos utca", "Petőfi Sándor utca", "Andrássy út", "Fő utca", "Rákóczi út", "Váci utca", "Dózsa György út", "Széchenyi tér", "Ady Endre u.", "Bajcsy-Zsilinszky út"],
  towns: ["Budapest", "Debrecen", "Eger", "Tokaj", "Hévíz", "Sopron", "Kőszeg", "Szentendre", "Hajdúszoboszló", "Gyula", "Tihany", "Mosonmagyaróvár", "Pécs", "Hollókő", "Zalaegerszeg"],
  // Hungarian: number with a full stop, then floor and door ("12. II. em. 4.").
  streetLine: (r, s) => `${s} ${num(r)}.${r.chance(0.4) ? ` ${r.pick(["I.", "II.", "III.", "fsz.", "4."])} em. ${r.int(1, 12)}.` : ""}`,
  // Both the traditional order (town, street, postcode) and the newer one (postcode town, street).
  layout: (r, a) =>
    r.chance(0.5)
      ? [line([upper(r, a.town, 0.2)]), line([a.street]), line([a.postcode]), ...(a.country ? [line([a.country])] : [])]
      : [line([a.postcode, a.town]), line([a.street]), ...(a.country ? [line([a.country])] : [])],
});

add({
  code: "RO", names: ["România", "Romania"], callingCode: "40", trunk: "0", mobile: ["72# ### ###", "74# ### ###", "75# ### ###"],
  postcode: ["999999"],
  streets: ["Str. Lipscani", "Bd. Unirii", "Calea Victoriei", "Str. Mihai Eminescu", "Str. Republicii", "Aleea Trandafirilor", "Șoseaua Kiseleff", "Str. Avram Iancu"],
  towns: ["București", "Cluj-Napoca", "Sighișoara", "Sibiu", "Suceava", "Mangalia", "Făgăraș", "Vatra Dornei", "Baia Mare", "Alba Iulia", "Sulina", "Săpânța", "Brașov"],
  regions: ["Sector 3", "jud. Cluj", "jud. Mureș", "jud. Sibiu", "jud. Suceava", "jud. Constanța", "Sector 1"],
  // Romanian blocks: "nr. 12, bl. A3, sc. 2, et. 4, ap. 14".
  streetLine: (r, s) => `${s} nr. ${num(r)}${r.chance(0.5) ? `, bl. ${r.pick(["A", "B", "C", "M"])}${r.int(1, 20)}, sc. ${r.int(1, 4)}, ap. ${r.int(1, 90)}` : ""}`,
  layout: (r, a) => [line([a.street]), line([a.postcode, a.town, a.region], ", "), ...(a.country ? [line([a.country])] : [])],
});

add({
  code: "MD", names: ["Republica Moldova", "Moldova"], callingCode: "373", trunk: "0", mobile: ["69 ### ###", "79 ### ###", "68 ### ###"],
  postcode: ["MD-9999", "MD9999"],
  streets: ["Bd. Ștefan cel Mare și Sfînt", "Str. București", "Str. Columna", "Bd. Dacia", "Str. Alexei Mateevici"],
  towns: ["Chișinău", "Bălți", "Orhei", "Cahul", "Soroca", "Ungheni", "Comrat", "Edineț", "Hîncești"],
  streetLine: (r, s) => `${s} ${num(r)}${r.chance(0.4) ? `, ap. ${r.int(1, 120)}` : ""}`,
  layout: europeanLayout(0.2),
});

add({
  code: "LV", names: ["Latvija", "Latvia"], callingCode: "371", trunk: "", mobile: ["2### ####", "2# ### ###"],
  postcode: ["LV-9999"],
  streets: ["Brīvības iela", "Elizabetes iela", "Krišjāņa Barona iela", "Lāčplēša iela", "Rīgas iela", "Skolas iela", "Dzirnavu iela", "Raiņa bulvāris"],
  towns: ["Rīga", "Daugavpils", "Cēsis", "Kuldīga", "Sigulda", "Ventspils", "Talsi", "Rēzekne", "Aizpute", "Ludza", "Līgatne", "Jūrmala"],
  // Latvian flats: house-flat ("12-5"), and a one-line form ending in the LV- postcode.
  streetLine: (r, s) => `${s} ${num(r)}${r.chance(0.4) ? `-${r.int(1, 60)}` : ""}${r.chance(0.1) ? ` k-${r.int(1, 3)}` : ""}`,
  layout: (r, a) => [line([a.street]), line([a.town, a.postcode], ", "), ...(a.country ? [line([a.country])] : [])],
});

add({
  code: "SI", names: ["Slovenija", "Slovenia"], callingCode: "386", trunk: "0", mobile: ["41 ### ###", "31 ### ###", "40 ### ###"],
  postcode: ["@999"], postcodePrefix: "SI-",
  streets: ["Slovenska cesta", "Trubarjeva ulica", "Prešernov trg", "Cankarjeva ulica", "Tržaška cesta", "Glavni trg"],
  towns: ["Ljubljana", "Maribor", "Piran", "Bled", "Kranj", "Ptuj", "Idrija", "Novo mesto", "Škofja Loka", "Kobarid", "Lendava"],
  streetLine: (r, s) => `${s} ${withLetter(r, num(r), "ab")}`,
  layout: europeanLayout(0.1, "SI-"),
});

add({
  code: "HR", names: ["Hrvatska", "Croatia"], callingCode: "385", trunk: "0", mobile: ["91 ### ####", "98 ### ####", "99 ### ####", "95 ### ####"],
  postcode: ["99999"], postcodePrefix: "HR-",
  streets: ["Ilica", "Vukovarska ulica", "Ulica kralja Zvonimira", "Trg bana Jelačića", "Obala hrvatskog narodnog preporoda", "Ulica Ivana Gundulića", "Put Firula"],
  towns: ["Zagreb", "Split", "Rovinj", "Vukovar", "Korčula", "Samobor", "Karlovac", "Hvar", "Pazin", "Šibenik", "Đakovo", "Čakovec", "Ston"],
  streetLine: (r, s) => `${s} ${withLetter(r, num(r, 300), "ab")}`,
  layout: europeanLayout(0.1, "HR-"),
});

add({
  code: "RS", names: ["Srbija", "Србија", "Serbia"], callingCode: "381", trunk: "0", mobile: ["64 ### ####", "63 ### ###", "60 #### ###"],
  postcode: ["99999"],
  streets: ["Knez Mihailova", "Bulevar kralja Aleksandra", "Nemanjina", "Cara Dušana", "Bulevar oslobođenja", "Zmaj Jovina", "Кнез Михаилова"],
  towns: ["Beograd", "Novi Sad", "Niš", "Subotica", "Kragujevac", "Zrenjanin", "Čačak", "Sremski Karlovci", "Užice", "Pirot", "Београд", "Нови Сад"],
  streetLine: (r, s) => `${s} ${num(r, 300)}${r.chance(0.3) ? `/${r.int(1, 40)}` : ""}`,
  layout: europeanLayout(0.1),
});

add({
  code: "MK", names: ["Северна Македонија", "North Macedonia", "Macedonia"], callingCode: "389", trunk: "0", mobile: ["70 ### ###", "71 ### ###", "75 ### ###", "78 ### ###"],
  postcode: ["@999"],
  streets: ["ул. Македонија", "бул. Партизански Одреди", "ул. Маршал Тито", "бул. Илинден", "ul. Makedonija", "ул. Даме Груев"],
  towns: ["Скопје", "Охрид", "Битола", "Струга", "Куманово", "Тетово", "Штип", "Крушево", "Ohrid", "Skopje", "Kratovo"],
  streetLine: (r, s) => `${s} ${r.pick(["бр. ", ""])}${num(r, 200)}${r.chance(0.3) ? `/${r.int(1, 30)}` : ""}`,
  layout: europeanLayout(0.1),
});

add({
  code: "RU", names: ["Россия", "Российская Федерация", "Russia"], callingCode: "7", trunk: "8", mobile: ["(9##) ###-##-##", "9## ###-##-##", "9## ### ## ##"],
  postcode: ["999999"],
  streets: ["ул. Ленина", "пр-т Мира", "ул. Садовая", "Тверская ул.", "наб. реки Фонтанки", "пер. Гривцова", "ул. Гагарина", "ул. Советская", "Невский пр.", "ул. Пушкина"],
  towns: ["Москва", "Санкт-Петербург", "Суздаль", "Кострома", "Тотьма", "Мурманск", "Кунгур", "Выборг", "Торжок", "Елабуга", "Кандалакша", "Вологда", "Великий Устюг"],
  regions: ["Московская обл.", "Вологодская обл.", "Пермский край", "Республика Татарстан", "Мурманская обл."],
  // "ул. Ленина, д. 5, кв. 12": street, house (дом), flat (квартира).
  streetLine: (r, s) => `${s}, ${r.pick(["д. ", "д.", ""])}${num(r)}${r.chance(0.2) ? `, корп. ${r.int(1, 4)}` : ""}${r.chance(0.6) ? `, кв. ${r.int(1, 250)}` : ""}`,
  // Russian order: postcode, region, town, street, house; or the street first.
  layout: (r, a) =>
    r.chance(0.5)
      ? [line([a.postcode, a.region, `г. ${a.town}`, a.street], ", ")]
      : [line([a.street]), line([`г. ${a.town}`]), ...(a.region ? [line([a.region])] : []), line([a.postcode]), ...(a.country ? [line([a.country])] : [])],
});

add({
  code: "UA", names: ["Україна", "Ukraine"], callingCode: "380", trunk: "0", mobile: ["67 ### ####", "50 ### ## ##", "93 ### ####", "99 ### ## ##"],
  postcode: ["99999"],
  streets: ["вул. Хрещатик", "вул. Шевченка", "просп. Перемоги", "вул. Соборна", "бульв. Лесі Українки", "вул. Городоцька", "вул. Дерибасівська", "вул. Незалежності"],
  towns: ["Київ", "Львів", "Одеса", "Кам'янець-Подільський", "Чернівці", "Ужгород", "Умань", "Полтава", "Бердичів", "Коломия", "Ніжин"],
  regions: ["Київська обл.", "Львівська обл.", "Хмельницька обл.", "Черкаська обл.", "Івано-Франківська обл."],
  streetLine: (r, s) => `${s}, ${r.pick(["буд. ", ""])}${num(r)}${r.chance(0.6) ? `, кв. ${r.int(1, 200)}` : ""}`,
  layout: (r, a) => [line([a.street]), line([`м. ${a.town}`]), ...(a.region ? [line([a.region])] : []), line([a.postcode]), ...(a.country ? [line([a.country])] : [])],
});

// ------------------------------------------------------------------ Caucasus, Central Asia, Middle East

add({
  code: "AZ", names: ["Azərbaycan", "Azerbaijan"], callingCode: "994", trunk: "0", mobile: ["50 ### ## ##", "55 ### ## ##", "70 ### ## ##"],
  postcode: ["AZ9999", "AZ 9999"],
  streets: ["Nizami küçəsi", "Neftçilər prospekti", "Azadlıq prospekti", "Füzuli küçəsi", "Səməd Vurğun küçəsi"],
  towns: ["Bakı", "Gəncə", "Şəki", "Lənkəran", "Quba", "Şamaxı", "Qəbələ", "Naxçıvan", "Sumqayıt"],
  streetLine: (r, s) => `${s} ${num(r)}${r.chance(0.4) ? `, mənzil ${r.int(1, 90)}` : ""}`,
  layout: (r, a) => [line([a.street]), line([a.postcode, a.town], ", "), ...(a.country ? [line([a.country])] : [])],
});

add({
  code: "AM", names: ["Հայաստան", "Armenia"], callingCode: "374", trunk: "0", mobile: ["77 ######", "91 ######", "99 ######", "93 ## ## ##"],
  postcode: ["@999"],
  streets: ["Աբովյան փողոց", "Մաշտոցի պողոտա", "Abovyan St", "Mashtots Ave", "Tumanyan St"],
  towns: ["Երևան", "Գյումրի", "Դիլիջան", "Վանաձոր", "Ջերմուկ", "Yerevan", "Gyumri", "Dilijan", "Goris"],
  streetLine: (r, s) => `${s} ${num(r)}${r.chance(0.4) ? `, apt ${r.int(1, 60)}` : ""}`,
  layout: (r, a) => [line([a.street]), line([a.town, a.postcode], " "), ...(a.country ? [line([a.country])] : [])],
});

add({
  code: "GE", names: ["საქართველო", "Georgia", "Sakartvelo"], callingCode: "995", trunk: "0", mobile: ["599 ## ## ##", "555 ## ## ##", "577 ### ###"],
  postcode: ["@999"],
  streets: ["რუსთაველის გამზირი", "აღმაშენებლის გამზირი", "Rustaveli Ave", "Chavchavadze Ave", "Kostava St"],
  towns: ["თბილისი", "ქუთაისი", "ბათუმი", "სიღნაღი", "მესტია", "გორი", "Tbilisi", "Kutaisi", "Batumi", "Sighnaghi", "Telavi"],
  streetLine: (r, s) => `${s} ${num(r)}`,
  layout: (r, a) => [line([a.street]), line([a.town, a.postcode], " "), ...(a.country ? [line([a.country])] : [])],
});

add({
  code: "IL", names: ["ישראל", "Israel"], callingCode: "972", trunk: "0", mobile: ["50-###-####", "52-###-####", "54-###-####", "58-###-####"],
  postcode: ["9999999"],
  streets: ["הרצל", "רוטשילד", "בן יהודה", "יפו", "ויצמן", "Rothschild Blvd", "Ben Yehuda St", "דרך מנחם בגין"],
  towns: ["תל אביב-יפו", "ירושלים", "חיפה", "צפת", "ערד", "מצפה רמון", "זכרון יעקב", "קריית שמונה", "Haifa", "Safed", "Eilat", "Akko"],
  streetLine: (r, s) => `${/[\u0590-\u05ff]/.test(s) && r.chance(0.4) ? "רחוב " : ""}${s} ${num(r, 200)}${r.chance(0.3) ? `, דירה ${r.int(1, 40)}` : ""}`,
  layout: (r, a) => [line([a.street]), line([a.town, a.postcode], " "), ...(a.country ? [line([a.country])] : [])],
});

add({
  code: "IR", names: ["ایران", "Iran"], callingCode: "98", trunk: "0", mobile: ["912 ### ####", "935 ### ####", "919 ### ####"],
  postcode: ["99999-99999", "9999999999"],
  streets: ["خیابان ولیعصر", "خیابان انقلاب", "خیابان آزادی", "کوچه بهار", "Valiasr St", "خیابان چهارباغ"],
  towns: ["تهران", "اصفهان", "شیراز", "یزد", "کاشان", "تبریز", "رشت", "ماسوله", "Tehran", "Isfahan", "Yazd"],
  streetLine: (r, s) => `${s}، پلاک ${num(r)}${r.chance(0.4) ? `، واحد ${r.int(1, 20)}` : ""}`,
  layout: (r, a) => [line([a.town, a.street], "، "), line([`کد پستی ${a.postcode ?? ""}`.trim()]), ...(a.country ? [line([a.country])] : [])],
});

add({
  code: "IQ", names: ["عێراق", "Iraq", "هەرێمی کوردستان", "Kurdistan Region"], callingCode: "964", trunk: "0", mobile: ["750 ### ####", "770 ### ####", "751 ### ####"],
  postcode: ["44001", "46001", "99999"],
  streets: ["شەقامی سالم", "شەقامی ٦٠ مەتری", "Salim Street", "100 Meter Road", "Gulan Street"],
  towns: ["هەولێر", "سلێمانی", "دهۆک", "کەرکووک", "هەڵەبجە", "Erbil", "Sulaymaniyah", "Duhok", "Halabja", "Zakho"],
  streetLine: (r, s) => `${s}، ${r.pick(["خانووی", "House"])} ${num(r)}`,
  layout: (r, a) => [line([a.street]), line([a.town, a.postcode], " "), ...(a.country ? [line([a.country])] : [])],
});

add({
  code: "SA", names: ["المملكة العربية السعودية", "السعودية", "Saudi Arabia", "KSA"], callingCode: "966", trunk: "0", mobile: ["50 ### ####", "55 ### ####", "54 ### ####"],
  postcode: ["99999", "99999-9999"],
  streets: ["شارع الملك فهد", "طريق الملك عبدالعزيز", "شارع التحلية", "شارع الأمير سلطان", "King Fahd Road", "Tahlia Street"],
  towns: ["الرياض", "جدة", "أبها", "الطائف", "تبوك", "العلا", "نجران", "ينبع", "Riyadh", "Jeddah", "Abha", "AlUla"],
  streetLine: (r, s) => `${r.int(1000, 9999)} ${s}`,
  layout: (r, a) => [line([a.street]), line([a.town, a.postcode], " "), ...(a.country ? [line([a.country])] : [])],
});

add({
  code: "UZ", names: ["O‘zbekiston", "Uzbekistan"], callingCode: "998", trunk: "", mobile: ["90 ### ## ##", "93 ### ## ##", "97 ### ## ##"],
  postcode: ["999999", "100099"],
  streets: ["Amir Temur ko‘chasi", "Navoiy ko‘chasi", "Mustaqillik maydoni", "Bobur ko‘chasi", "Shota Rustaveli ko‘chasi"],
  towns: ["Toshkent", "Samarqand", "Buxoro", "Xiva", "Farg‘ona", "Nukus", "Termiz", "Shahrisabz", "Qo‘qon", "Тошкент"],
  streetLine: (r, s) => `${s}, ${num(r)}-uy${r.chance(0.4) ? `, ${r.int(1, 90)}-xonadon` : ""}`,
  layout: (r, a) => [line([a.street]), line([a.town, a.postcode], ", "), ...(a.country ? [line([a.country])] : [])],
});

add({
  code: "MN", names: ["Монгол Улс", "Mongolia"], callingCode: "976", trunk: "", mobile: ["99## ####", "88## ####", "95## ####"],
  postcode: ["99999"],
  streets: ["Энхтайвны өргөн чөлөө", "Peace Avenue", "Сөүлийн гудамж", "Чингисийн өргөн чөлөө"],
  towns: ["Улаанбаатар", "Эрдэнэт", "Дархан", "Мөрөн", "Хархорин", "Ховд", "Ulaanbaatar", "Darkhan", "Kharkhorin"],
  streetLine: (r, s) => `${s} ${num(r)}${r.chance(0.5) ? `, ${r.int(1, 20)}-р хороо` : ""}`,
  layout: (r, a) => [line([a.street]), line([a.town, a.postcode], " "), ...(a.country ? [line([a.country])] : [])],
});

// ------------------------------------------------------------------ East and Southeast Asia

add({
  code: "CN", names: ["中国", "中华人民共和国", "China", "PRC"], callingCode: "86", trunk: "0", mobile: ["139 #### ####", "186 #### ####", "138########", "150-####-####"],
  postcode: ["999999"],
  streets: ["建国路", "南京东路", "人民路", "解放路", "中山路", "长安街", "科技园路", "滨江大道"],
  towns: ["北京市", "上海市", "丽江市", "大理市", "喀什市", "桂林市", "景德镇市", "平遥县", "阳朔县", "凤凰县"],
  regions: ["广东省", "云南省", "浙江省", "四川省", "山西省", "湖南省", "江西省"],
  streetLine: (r, s) => `${r.pick(["朝阳区", "南山区", "西湖区", "古城区", "黄浦区", ""])}${s}${r.int(1, 300)}号${r.chance(0.5) ? `${r.int(1, 30)}栋${r.int(1, 30)}0${r.int(1, 9)}室` : ""}`,
  // Chinese addresses run from the largest unit to the smallest, usually without spaces.
  layout: (r, a) =>
    r.chance(0.6)
      ? [line([a.postcode && r.chance(0.5) ? `邮编${a.postcode}` : undefined, `${a.region ?? ""}${a.town}${a.street}`], " ")]
      : [line([a.country]), line([a.region, a.town], ""), line([a.street]), line([a.postcode])],
});

add({
  code: "TW", names: ["臺灣", "台灣", "Taiwan"], callingCode: "886", trunk: "0", mobile: ["912 ### ###", "912-###-###", "9## ### ###"],
  postcode: ["999", "99999", "999999"],
  streets: ["忠孝東路", "中山北路", "民生路", "中正路", "仁愛路"],
  towns: ["臺北市", "臺中市", "花蓮市", "台東縣", "九份", "淡水區", "鹿港鎮", "花蓮縣"],
  streetLine: (r, s) => `${s}${r.pick(["一", "二", "三", "四"])}段${r.int(1, 300)}號${r.chance(0.5) ? `${r.int(2, 20)}樓` : ""}`,
  layout: (r, a) => [line([`${a.postcode ?? ""}${a.town}${a.street}`])],
});

add({
  code: "JP", names: ["日本", "Japan", "Nippon"], callingCode: "81", trunk: "0", mobile: ["90-####-####", "80-####-####", "70-####-####"],
  postcode: ["999-9999"],
  streets: ["丸の内", "西新宿", "本町", "栄町", "錦", "中央"],
  towns: ["東京都千代田区", "京都市東山区", "札幌市中央区", "高山市", "白川村", "尾道市", "松本市", "函館市", "金沢市", "熊本市", "石垣市"],
  // Chōme-ban-gō numbering ("2丁目8番1号" or "2-8-1"), not a street number.
  streetLine: (r, s) => (/[a-z]/i.test(s) ? `${r.int(1, 9)}-${r.int(1, 30)}-${r.int(1, 20)} ${s}` : `${s}${r.chance(0.5) ? `${r.int(1, 9)}丁目${r.int(1, 30)}番${r.int(1, 20)}号` : `${r.int(1, 9)}-${r.int(1, 30)}-${r.int(1, 20)}`}${r.chance(0.3) ? ` ${r.pick(["コーポ", "メゾン", "ハイツ"])}${r.pick(["桜", "青葉", "緑"])}${r.int(1, 9)}0${r.int(1, 9)}号室` : ""}`),
  layout: (r, a) =>
    /[a-z]/i.test(a.street)
      ? [line([a.street, a.town, a.postcode], ", ")]
      : [line([a.postcode ? `〒${a.postcode}` : undefined]), line([`${a.town}${a.street}`])],
});

add({
  code: "KR", names: ["대한민국", "한국", "South Korea", "Korea"], callingCode: "82", trunk: "0", mobile: ["10-####-####", "10 #### ####"],
  postcode: ["99999"],
  streets: ["세종대로", "테헤란로", "강남대로", "해운대로", "태평로", "Sejong-daero", "Teheran-ro"],
  towns: ["서울특별시", "부산광역시", "경주시", "전주시", "속초시", "안동시", "제주시", "통영시", "강릉시", "Seoul", "Gyeongju", "Jeonju"],
  regions: ["종로구", "강남구", "해운대구", "중구"],
  streetLine: (r, s) => (/[a-z]/i.test(s) ? `${r.int(1, 400)} ${s}` : `${s} ${r.int(1, 400)}${r.chance(0.4) ? `, ${r.int(1, 20)}0${r.int(1, 9)}호` : ""}`),
  layout: (r, a) =>
    /[a-z]/i.test(a.street)
      ? [line([a.street, a.region, a.town, a.postcode], ", ")]
      : [line([a.town, a.region, a.street], " "), line([a.postcode])],
});

add({
  code: "ID", names: ["Indonesia"], callingCode: "62", trunk: "0", mobile: ["812-####-####", "813 #### ####", "857 #### ###"],
  postcode: ["99999"],
  streets: ["Jl. Sudirman", "Jl. Malioboro", "Jl. Gajah Mada", "Jl. Diponegoro", "Gg. Mawar", "Jalan Merdeka", "Jl. Raya Ubud"],
  towns: ["Jakarta Selatan", "Yogyakarta", "Bandung", "Ubud", "Bukittinggi", "Labuan Bajo", "Malang", "Makassar", "Ambon", "Sorong", "Kupang", "Tomohon"],
  streetLine: (r, s) => `${s} No. ${num(r)}${r.chance(0.4) ? `, RT ${String(r.int(1, 12)).padStart(2, "0")}/RW ${String(r.int(1, 9)).padStart(2, "0")}` : ""}`,
  layout: (r, a) => [line([a.street]), line([`Kec. ${r.pick(["Gondokusuman", "Kebayoran Baru", "Coblong", "Klojen"])}`]), line([a.town, a.postcode], " "), ...(a.country ? [line([a.country])] : [])],
});

add({
  code: "TH", names: ["ประเทศไทย", "Thailand"], callingCode: "66", trunk: "0", mobile: ["81 ### ####", "89 ### ####", "62 ### ####"],
  postcode: ["99999"],
  streets: ["ถนนสุขุมวิท", "ถนนสีลม", "ถนนนิมมานเหมินท์", "ถนนเจริญกรุง", "Sukhumvit Road", "Silom Road"],
  towns: ["กรุงเทพมหานคร", "เชียงใหม่", "ปาย", "น่าน", "สุโขทัย", "หัวหิน", "อุดรธานี", "Bangkok", "Chiang Mai", "Pai", "Nan"],
  streetLine: (r, s) => (/[a-z]/i.test(s) ? `${r.int(1, 999)}/${r.int(1, 99)} ${s}` : `${r.int(1, 999)}/${r.int(1, 99)} ${s} ${r.pick(["แขวงคลองเตย", "ตำบลสุเทพ", "แขวงสีลม"])}`),
  layout: (r, a) => [line([a.street]), line([a.town, a.postcode], " "), ...(a.country ? [line([a.country])] : [])],
});

add({
  code: "VN", names: ["Việt Nam", "Vietnam"], callingCode: "84", trunk: "0", mobile: ["90 ### ## ##", "912 ### ###", "98 ### ####"],
  postcode: ["999999", "700000", "100000"],
  streets: ["Lê Lợi", "Nguyễn Huệ", "Trần Hưng Đạo", "Hai Bà Trưng", "Phố Hàng Bạc", "Đường Lý Thường Kiệt", "Phan Đình Phùng"],
  towns: ["Hà Nội", "TP. Hồ Chí Minh", "Hội An", "Huế", "Đà Lạt", "Sa Pa", "Cần Thơ", "Hạ Long", "Quy Nhơn", "Hanoi", "Hue"],
  streetLine: (r, s) => `${r.chance(0.3) ? `${r.int(1, 99)}/` : ""}${num(r, 300)} ${s}, ${r.pick(["Phường Bến Nghé", "Phường Hàng Đào", "Phường Minh An", "Phường 3"])}`,
  layout: (r, a) => [line([a.street]), line([r.pick(["Quận 1", "Quận Hoàn Kiếm", "Quận 3", "Huyện Sa Pa"]), a.town], ", "), ...(a.country ? [line([a.country])] : [])],
});

// ------------------------------------------------------------------ Latin America

add({
  code: "MX", names: ["México", "Mexico"], callingCode: "52", trunk: "", mobile: ["55 #### ####", "33 #### ####", "81 #### ####", "222 ### ####", "999 ### ####"],
  postcode: ["99999"],
  streets: ["Av. Paseo de la Reforma", "Calle Madero", "Av. Insurgentes Sur", "Calle 5 de Mayo", "Av. Juárez", "Calle Hidalgo", "Andador Macedonio Alcalá"],
  towns: ["Ciudad de México", "Oaxaca de Juárez", "San Cristóbal de las Casas", "Taxco", "Guanajuato", "Mérida", "Bacalar", "Tepoztlán", "Real de Catorce", "Zacatecas", "Álamos", "Valladolid"],
  regions: ["CDMX", "Oax.", "Chis.", "Gro.", "Gto.", "Yuc.", "Q. Roo", "Mor.", "S.L.P.", "Zac.", "Son."],
  streetLine: (r, s) => `${s} ${r.chance(0.3) ? "No. " : ""}${num(r, 2000)}${r.chance(0.4) ? `, ${r.pick(["Int. ", "Depto. "])}${r.int(1, 40)}` : ""}${r.chance(0.6) ? `, Col. ${r.pick(["Roma Norte", "Centro", "Juárez", "Del Valle", "Jalatlaco"])}` : ""}`,
  layout: (r, a) => [line([a.street]), line([[a.postcode, a.town].filter(Boolean).join(" "), a.region], ", "), ...(a.country ? [line([a.country])] : [])],
});

add({
  code: "BR", names: ["Brasil", "Brazil"], callingCode: "55", trunk: "", mobile: ["(11) 9####-####", "(21) 9####-####", "(31) 9 ####-####", "11 9#### ####"],
  postcode: ["99999-999", "99999999"],
  streets: ["Rua das Flores", "Avenida Paulista", "Rua Augusta", "Av. Atlântica", "Rua XV de Novembro", "Rua Direita", "Travessa do Comércio", "Rua da Aurora"],
  towns: ["São Paulo", "Rio de Janeiro", "Paraty", "Ouro Preto", "Olinda", "Tiradentes", "Bonito", "Lençóis", "Florianópolis", "Manaus", "Pirenópolis", "Alter do Chão", "Jericoacoara"],
  regions: ["SP", "RJ", "MG", "PE", "MS", "BA", "SC", "AM", "GO", "PA", "CE"],
  // "Rua X, 123, apto 45 – Bairro, Cidade – UF, 01310-100".
  streetLine: (r, s) => `${s}, ${num(r, 3000)}${r.chance(0.4) ? `, ${r.pick(["apto", "ap.", "casa", "bloco B, apto"])} ${r.int(1, 200)}` : ""}${r.chance(0.5) ? ` - ${r.pick(["Pinheiros", "Centro", "Copacabana", "Savassi", "Boa Viagem"])}` : ""}`,
  layout: (r, a) => [line([a.street]), line([[a.town, a.region].filter(Boolean).join(" - "), a.postcode].filter(Boolean), ", "), ...(a.country ? [line([a.country])] : [])],
});

// ------------------------------------------------------------------ Wales (the "cy" locale) and the locale without a country

add({
  code: "WLS", names: ["Cymru", "Wales", "United Kingdom"], callingCode: "44", trunk: "0", mobile: ["7### ######"],
  postcode: ["AA99 9AA", "AA9 9AA", "CF99 9AA", "LL99 9AA", "SA99 9AA"],
  streets: ["Stryd Fawr", "Heol y Frenhines", "Ffordd yr Orsaf", "Heol y Bont", "Maes y Dre", "Stryd y Castell", "Lôn Las"],
  towns: ["Aberystwyth", "Caernarfon", "Machynlleth", "Llanidloes", "Dolgellau", "Caerdydd", "Abertawe", "Bangor", "Tregaron", "Llanberis", "Tyddewi", "Y Bala"],
  streetLine: (r, s) => `${num(r)} ${s}`,
  layout: (r, a) => [line([a.street]), line([upper(r, a.town, 0.4)]), line([a.postcode]), ...(a.country ? [line([a.country])] : [])],
});

add({
  code: "XX", names: [], callingCode: "", trunk: "0", mobile: ["### ### ####"],
  postcode: ["99999"],
  streets: [],
  towns: [],
  streetLine: (r, s) => `${s} ${num(r)}`,
  layout: europeanLayout(0.1),
});

export function getCountry(code: string): Country {
  return COUNTRIES[code] ?? COUNTRIES.XX;
}

/** Postcode of the country, with its international prefix sometimes. */
export function postcodeFor(r: Rng, c: Country): string | undefined {
  if (c.postcode.length === 0) return undefined;
  return maybePrefix(r, c, r.pattern(r.pick(c.postcode)));
}

/** An international number ("+358 40 123 4567") or the national form ("040 123 4567"). */
export function phoneFor(r: Rng, c: Country, international: boolean): string {
  const nsn = r.pick(c.mobile).replace(/[#@]/g, (ch) => String(ch === "#" ? r.int(0, 9) : r.int(2, 9)));
  if (!c.callingCode) return nsn;
  if (international) return `+${c.callingCode} ${nsn.replace(/^\((\d+)\)\s*/, "$1 ")}`;
  if (!c.trunk) return nsn;
  // "040 123 4567" where the trunk is a zero; "8 (912) 345-67-89", "06 20 123 4567" otherwise.
  return c.trunk === "0" && !nsn.startsWith("(") ? c.trunk + nsn : `${c.trunk} ${nsn}`;
}
