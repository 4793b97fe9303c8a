/**
 * Real small towns and villages, and street shapes, per country: places a city list rarely
 * holds, written the way locals write them. Faker's own towns and streets are mixed in by the
 * caller, so neither source alone decides what an address looks like. `{s}` is a street-name
 * stem, `{n}` a building number, `{f}` a flat or door number.
 */
interface CountryPlaces {
  towns: readonly string[];
  streets: readonly string[];
  stems: readonly string[];
  /** Postcode pattern for Rng.pattern. */
  postcode: string;
}

export const PLACES: Record<string, CountryPlaces> = {
  DE: { towns: ["Kleinmachnow", "Bad Wimpfen", "Oberstdorf", "Wolfhagen", "Zwiesel", "Wittmund", "Hornbach"], streets: ["{s}straße {n}", "{s}str. {n}", "{s}weg {n}", "Am {s}hof {n}", "{s}gasse {n}a"], stems: ["Linden", "Birken", "Mühlen", "Kirch", "Schul", "Garten", "Bahnhof", "Rosen", "Eichen"], postcode: "@9999" },
  AT: { towns: ["Hallstatt", "Mödling", "Leoben", "Bad Ischl", "Zell am See", "Perchtoldsdorf"], streets: ["{s}gasse {n}/{f}", "{s}straße {n}", "{s}weg {n}"], stems: ["Linden", "Kirchen", "Schul", "Berg", "Mühl"], postcode: "@999" },
  CH: { towns: ["Wädenswil", "Sarnen", "Uster", "Burgdorf", "Liestal", "Moudon", "Aigle"], streets: ["{s}strasse {n}", "{s}weg {n}", "Chemin des {s} {n}"], stems: ["Linden", "Sonnen", "Matten", "Dorf", "Vignes"], postcode: "@999" },
  FR: { towns: ["Issoudun", "Pontarlier", "Lodève", "Saint-Amand-Montrond", "Villefranche-de-Rouergue", "Guérande", "Mauriac"], streets: ["{n} rue des {s}", "{n}, avenue des {s}", "{n} chemin des {s}", "{n} bis allée des {s}", "{n} impasse des {s}"], stems: ["Lilas", "Tilleuls", "Acacias", "Vignes", "Écoles", "Peupliers", "Moulins"], postcode: "@9999" },
  BE: { towns: ["Diksmuide", "Tielt", "Herentals", "Durbuy", "Bastogne", "Chimay"], streets: ["Rue des {s} {n}", "{s}straat {n}", "Avenue des {s} {n} bte {f}"], stems: ["Tilleuls", "Kerk", "Molen", "Écoles", "Linde"], postcode: "@999" },
  ES: { towns: ["Cuéllar", "Olvera", "Zafra", "Tarazona", "Laguardia", "Betanzos", "Priego de Córdoba"], streets: ["Calle {s}, {n}", "C/ {s} {n}, {f}º B", "Avenida de {s} {n}", "Plaza {s}, {n}", "Camino de {s} s/n"], stems: ["Mayor", "Real", "Alcalá", "Cervantes", "la Iglesia", "los Olivos", "San Roque"], postcode: "99999" },
  MX: { towns: ["Tepoztlán", "Bacalar", "Comala", "Tlacotalpan", "Real de Catorce", "Cuetzalan"], streets: ["Calle {s} {n}, Col. Centro", "Av. {s} #{n}", "Privada {s} {n} int. {f}"], stems: ["Hidalgo", "Morelos", "Juárez", "Allende", "Reforma", "Zaragoza"], postcode: "99999" },
  IT: { towns: ["Bagnoregio", "Sulmona", "Ostuni", "Cortona", "Bobbio", "Tropea", "Spello"], streets: ["Via {s} {n}", "Via {s}, {n}", "Viale {s} {n}", "Piazza {s} {n}", "Vicolo {s} {n}/{f}"], stems: ["Roma", "Garibaldi", "Mazzini", "dei Mille", "Cavour", "San Francesco", "delle Rose"], postcode: "99999" },
  PT: { towns: ["Tomar", "Óbidos", "Mértola", "Arganil", "Monsaraz", "Ponte de Lima"], streets: ["Rua {s}, {n}", "Rua {s} n.º {n}, {f}.º Esq.", "Travessa {s} {n}", "Avenida {s} {n}"], stems: ["da Liberdade", "do Comércio", "de São João", "das Flores", "Direita"], postcode: "9999-999" },
  BR: { towns: ["Paraty", "Tiradentes", "Lençóis", "Pirenópolis", "Goiás Velho", "Penedo"], streets: ["Rua {s}, {n}", "Av. {s}, {n}, apto {f}", "Travessa {s} {n}"], stems: ["das Flores", "Sete de Setembro", "Tiradentes", "XV de Novembro", "São Bento"], postcode: "99999-999" },
  NL: { towns: ["Bolsward", "Heusden", "Zierikzee", "Elburg", "Wijk bij Duurstede", "Hindeloopen"], streets: ["{s}straat {n}", "{s}weg {n}", "{s}laan {n}-{f}", "{s}gracht {n}"], stems: ["Kerk", "Molen", "Linden", "Dorps", "Prinsen", "Heren"], postcode: "9999 AA" },
  SE: { towns: ["Arvidsjaur", "Hjo", "Sala", "Strömstad", "Vimmerby", "Mora", "Åre"], streets: ["{s}gatan {n}", "{s}vägen {n}", "{s}gränd {n}", "{s}stigen {n} lgh {f}"], stems: ["Kyrk", "Stor", "Skol", "Björk", "Ek", "Sjö", "Kvarn"], postcode: "999 99" },
  NO: { towns: ["Røros", "Vadsø", "Stryn", "Lillesand", "Kragerø", "Tynset", "Leknes"], streets: ["{s}veien {n}", "{s}vegen {n}", "{s}gata {n}", "{s}bakken {n} B"], stems: ["Kirke", "Skole", "Fjord", "Bjørke", "Møller", "Strand"], postcode: "9999" },
  DK: { towns: ["Skagen", "Ærøskøbing", "Ribe", "Tønder", "Faaborg", "Nykøbing Mors"], streets: ["{s}vej {n}", "{s}gade {n}, {f}. tv.", "{s}allé {n}", "{s}stræde {n}"], stems: ["Kirke", "Skole", "Møllers", "Birke", "Strand", "Tofte"], postcode: "9999" },
  FI: { towns: ["Kuhmo", "Inari", "Nurmes", "Sodankylä", "Kauhava", "Loviisa", "Ähtäri"], streets: ["{s}katu {n}", "{s}tie {n} B {f}", "{s}kuja {n}", "{s}polku {n} as. {f}"], stems: ["Koulu", "Kirkko", "Mylly", "Koivu", "Ranta", "Asema", "Mänty"], postcode: "99999" },
  PL: { towns: ["Sandomierz", "Kazimierz Dolny", "Biecz", "Łeba", "Żagań", "Pszczyna", "Nowe Warpno"], streets: ["ul. {s} {n}/{f}", "ul. {s} {n}", "al. {s} {n}", "os. {s} {n} m. {f}"], stems: ["Kościuszki", "Mickiewicza", "Słowackiego", "Polna", "Lipowa", "Ogrodowa", "Długa"], postcode: "99-999" },
  CZ: { towns: ["Telč", "Mikulov", "Kutná Hora", "Lipník nad Bečvou", "Slavonice", "Třeboň"], streets: ["{s} {n}/{f}", "{s} {n}", "nám. {s} {n}"], stems: ["Masarykova", "Husova", "Palackého", "Nádražní", "Školní", "Zahradní"], postcode: "999 99" },
  SK: { towns: ["Banská Štiavnica", "Levoča", "Bardejov", "Kremnica", "Modra"], streets: ["{s} {n}", "{s} {n}/{f}", "nám. {s} {n}"], stems: ["Hlavná", "Štúrova", "Školská", "Záhradná", "Mlynská"], postcode: "999 99" },
  HU: { towns: ["Tihany", "Hollókő", "Szentendre", "Tokaj", "Pannonhalma", "Őriszentpéter", "Kőszeg"], streets: ["{s} utca {n}.", "{s} u. {n}.", "{s} tér {n}.", "{s} út {n}. {f}. em."], stems: ["Petőfi Sándor", "Kossuth", "Rákóczi", "Fő", "Dózsa György", "Béke", "Ady Endre"], postcode: "@999" },
  RO: { towns: ["Sighișoara", "Viscri", "Horezu", "Sibiel", "Vama Veche", "Săpânța"], streets: ["Strada {s} nr. {n}", "Str. {s} {n}, ap. {f}", "Bulevardul {s} {n}", "Bd. {s} nr. {n}"], stems: ["Mihai Eminescu", "Unirii", "Florilor", "Libertății", "Ștefan cel Mare"], postcode: "999999" },
  MD: { towns: ["Orhei", "Soroca", "Cahul", "Ungheni", "Comrat"], streets: ["str. {s} {n}", "bd. {s} {n}, ap. {f}"], stems: ["Ștefan cel Mare", "Mihai Eminescu", "Alba Iulia", "Independenței"], postcode: "MD-9999" },
  HR: { towns: ["Motovun", "Ston", "Samobor", "Cres", "Vis", "Hum", "Đakovo"], streets: ["{s} {n}", "{s} {n}/{f}"], stems: ["Ilica", "Ante Starčevića", "kralja Tomislava", "Matije Gupca", "bana Jelačića"], postcode: "@9999" },
  RS: { towns: ["Sremski Karlovci", "Vršac", "Kruševac", "Sombor", "Pirot"], streets: ["{s} {n}", "Ulica {s} {n}/{f}", "Bulevar {s} {n}"], stems: ["Kneza Miloša", "Cara Dušana", "Njegoševa", "oslobođenja", "Svetog Save"], postcode: "99999" },
  SI: { towns: ["Piran", "Bled", "Škofja Loka", "Ptuj", "Idrija"], streets: ["{s} {n}", "{s} ulica {n}", "Trg {s} {n}"], stems: ["Prešernova", "Cankarjeva", "Trubarjeva", "Gregorčičeva"], postcode: "@999" },
  GR: { towns: ["Ναύπλιο", "Μέτσοβο", "Καλαμπάκα", "Λεωνίδιο", "Nafplio", "Metsovo", "Kardamyli"], streets: ["Οδός {s} {n}", "{s} {n}", "Odos {s} {n}", "Λεωφόρος {s} {n}"], stems: ["Ερμού", "Πατησίων", "Αθηνάς", "Ermou", "Eleftheriou Venizelou", "Κολοκοτρώνη"], postcode: "999 99" },
  RU: { towns: ["Суздаль", "Плёс", "Мышкин", "Тотьма", "Касимов", "Кириллов"], streets: ["ул. {s}, д. {n}, кв. {f}", "улица {s}, {n}", "пр-т {s}, {n}", "пер. {s} {n}"], stems: ["Ленина", "Садовая", "Мира", "Советская", "Лесная", "Гагарина"], postcode: "@99999" },
  UA: { towns: ["Жовква", "Батурин", "Хотин", "Кам'янець-Подільський", "Яремче"], streets: ["вул. {s}, {n}", "вулиця {s}, {n}, кв. {f}", "просп. {s}, {n}"], stems: ["Шевченка", "Франка", "Грушевського", "Садова", "Лесі Українки"], postcode: "99999" },
  TR: { towns: ["Safranbolu", "Şirince", "Beypazarı", "Ürgüp", "Akyaka", "Datça"], streets: ["{s} Cad. No: {n}", "{s} Sok. No: {n} D: {f}", "{s} Mahallesi {s} Sokak No: {n}", "{s} Bulvarı {n}"], stems: ["Atatürk", "Cumhuriyet", "Gül", "İnönü", "Çamlık", "Lale"], postcode: "@9999" },
  GB: { towns: ["Ludlow", "Much Wenlock", "Kirkby Lonsdale", "Tobermory", "Hay-on-Wye", "Wells-next-the-Sea"], streets: ["{n} {s} Lane", "Flat {f}, {n} {s} Road", "{n} {s} Close", "{n} The {s}"], stems: ["Mill", "Church", "Station", "Orchard", "Meadow", "Chapel"], postcode: "AA9 9AA" },
  US: { towns: ["Bisbee", "Marfa", "Stowe", "Galena", "Lanesboro", "Port Townsend", "Nevada City"], streets: ["{n} {s} St", "{n} NW {f}th Ave", "{n} {s} Rd, Apt {f}B", "{n} {s} Dr Unit {f}", "{n} W {f}rd St"], stems: ["Maple", "Oak", "Cedar", "Elm", "Pine", "Washington", "Lake"], postcode: "99999" },
  AU: { towns: ["Bellingen", "Daylesford", "Broken Hill", "Mudgee", "Port Fairy", "Yackandandah"], streets: ["{n} {s} Street", "Unit {f}/{n} {s} Rd", "{n} {s} Crescent", "{f}/{n} {s} Pde"], stems: ["George", "Bridge", "Banksia", "Wattle", "Hill", "Beach"], postcode: "@999" },
  IN: { towns: ["Hampi", "Munnar", "Orchha", "Kasauli", "Mandawa", "Chettinad"], streets: ["Flat {f}, {s} Residency, {n} MG Road", "H.No. {n}-{f}, {s} Nagar", "{n}, {s} Colony, Sector {f}"], stems: ["Sai", "Shanti", "Gandhi", "Nehru", "Lakshmi", "Krishna"], postcode: "@99999" },
  ZA: { towns: ["Clarens", "Prince Albert", "Nieu-Bethesda", "Greyton", "Hogsback"], streets: ["{n} {s} Street", "{n} {s} Avenue", "Unit {f}, {s} Court, {n} Main Road"], stems: ["Church", "Voortrekker", "Protea", "Kerk", "Jacaranda"], postcode: "9999" },
  NG: { towns: ["Badagry", "Ikot Ekpene", "Oshogbo", "Bida", "Okene"], streets: ["{n} {s} Street", "Plot {n}, {s} Close", "{n}, {s} Crescent, off Ring Road"], stems: ["Adeola", "Balogun", "Okafor", "Market", "Church"], postcode: "999999" },
  GH: { towns: ["Elmina", "Ho", "Aburi", "Keta", "Wa"], streets: ["House No. {n}, {s} Street", "{n} {s} Road"], stems: ["Liberation", "Ring", "Mensah", "Kwame Nkrumah"], postcode: "AA-999-9999" },
  ID: { towns: ["Ubud", "Salatiga", "Wonosobo", "Sawahlunto", "Parapat"], streets: ["Jl. {s} No. {n}", "Jalan {s} No. {n}, RT {f}/RW 0{f}", "Gg. {s} {n}"], stems: ["Merdeka", "Sudirman", "Diponegoro", "Mawar", "Kenanga"], postcode: "99999" },
  SN: { towns: ["Saint-Louis", "Joal-Fadiouth", "Kédougou", "Podor"], streets: ["{n} rue {s}", "Villa n° {n}, Cité {s}"], stems: ["Carnot", "Blaise Diagne", "Keur Gorgui", "Mermoz"], postcode: "99999" },
};
