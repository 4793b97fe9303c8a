/**
 * Address vocabulary of many languages (1.4.0), from the street-type, unit and level
 * words national postal formats use, as catalogued by libpostal's per-language
 * dictionaries (MIT) and the UPU's address-format descriptions, completed from general
 * knowledge. Word lists only: the matching is ours (recognizers/address-block.ts).
 * Lower-case; a trailing "." marks an abbreviation (matched with or without it).
 */

/**
 * Street-type words written as their own word, before or after the street's name
 * ("Calle Mayor", "Brīvības iela", "Kocatepe Caddesi", "пл. Техническая").
 */
export const STREET_TYPE_WORDS: readonly string[] = [
  // English (USPS Publication 28 suffixes and UK/Commonwealth usage)
  ...`street st. avenue ave. av. road rd. boulevard blvd. lane ln. drive dr. court ct. way place pl. terrace
  ter. crescent cres. close circle cir. parkway pkwy. highway hwy. square sq. trail trl. row grove gardens
  gdns. loop pike alley plaza mews walk hill hills view run pass path crossing point ridge route rte.
  expressway expy. freeway fwy. estates village park green heights vista mission haven glen mall manor
  meadow meadows port prairie ranch shoal stravenue throughway tunnel underpass bank cross gate mount
  extension fork forge isle junction key knoll knolls landing light lock locks lodge motorway oval overpass
  pine pines plain plains radial rapid rapids rest shore shores spring springs spur station summit trace
  track trafficway union valley viaduct ville wall bypass causeway center centre cove creek dale dam divide
  falls ferry field fields flat flats ford fort garden gateway harbor harbour hollow inlet island islands lake
  lakes mill mills mountain neck orchard ramp river skyway stream turnpike wharf wynd burg burgs camp canyon
  cape cliff cliffs club common corner corners course crest curve estate bluff bluffs bottom branch bridge
  brook brooks bend beach bayou arcade anex mead rise chase croft fold garth yard parade quay embankment
  broadway boardwalk esplanade promenade circus gait vale dell wood woods lawn lawns`.split(/\s+/),
  // French, Italian, Spanish, Portuguese, Catalan, Romanian
  ...`rue avenue bd. boulevard chemin allée allee impasse quai route cours voie sentier ruelle passage
  square cité lotissement résidence hameau faubourg montée rond-point parvis esplanade promenade via viale
  piazza piazzale corso largo vicolo borgo contrada strada lungomare lungotevere salita calata traversa
  galleria rotonda stradone calle c/ avenida avda. paseo camino carretera ctra. plaza pza. pasaje ronda
  glorieta travesía callejón cuesta rambla urbanización urb. barrio bulevar cerrada cda. privada andador
  circuito prolongación calzada calz. diagonal entrada caserío caserio aldea colonia col. rua travessa tv.
  praça praca alameda estrada rodovia azinhaga jardim beco calçada rotunda viela ladeira praceta vila quinta
  carrer carrera passeig plaça ptge. strada str. bulevardul bd-ul calea aleea șoseaua soseaua șos. splaiul
  piața piata intrarea fundătura fundatura str-la stradela drumul`.split(/\s+/),
  // German, Dutch, Nordic, Baltic, Finnish (as separate words; the endings are below)
  ...`straße strasse str. gasse weg platz allee ring damm ufer chaussee steig pfad markt zeile hof stiege
  promenade straat laan plein gracht kade singel dijk dreef steeg pad baan wal gade vej allé stræde torv
  plads vænge vei veien vegen veg gate gata gaten plass plassen gatan gata vägen väg gränd torg torget
  stig backe iela gatve bulvāris bulvaris prospekts laukums šoseja ceļš cels gāte dambis krastmala
  gatvė g. prospektas pr. alėja aikštė kelias plentas skersgatvis tänav tn. maantee mnt. puiestee pst.
  tee põik väljak katu tie kuja polku kaari tori väylä raitti aukio`.split(/\s+/),
  // Central and Eastern Europe (Latin script)
  ...`ulica ul. aleja al. plac pl. osiedle os. rondo rynek droga szosa bulwar skwer ulice náměstí nám. třída tř.
  nábřeží nábř. námestie nábrežie trieda cesta utca u. út tér körút krt. köz sor sétány rakpart lakótelep
  ltp. országút liget fasor dűlő park trg put obala šetalište prilaz pot nabrežje bulevar sokak sok. sk.
  sokağı caddesi cad. cd. cadde bulvarı bulvar blv. mahallesi mah. mh. meydanı yolu küçəsi küç. şosesi sh. prospekti
  pr-ti döngəsi dalan sahəsi ko'chasi ko‘chasi kochasi mahallasi xiyoboni shoh tor`.split(/\s+/),
  // Greek (and romanised)
  ...`οδός οδ. λεωφόρος λεωφ. πλατεία πλ. πάροδος odos odós leoforos plateia`.split(/\s+/),
  // Cyrillic: Russian, Ukrainian, Belarusian, Bulgarian, Macedonian, Serbian
  ...`улица ул. проспект просп. пр-т пр. переулок пер. площадь пл. шоссе ш. бульвар б-р бул. набережная
  наб. проезд пр-д тупик туп. аллея линия микрорайон мкр. вулиця вул. провулок пров. площа узвіз майдан
  шосе набережна проїзд бульв. булевар булевард плоштад улица ул. пат`.split(/\s+/),
  // Indonesian, Malay, Vietnamese, Filipino
  ...`jalan jl. jln. gang gg. lorong lrg. dukuh dk. desa ds. kampung kpg. pasar psr. kali ki. lingkar ln.
  đường phố ngõ ngách hẻm kiệt`.split(/\s+/),
  // Hebrew, Arabic, Persian, Urdu
  ...`רחוב רח' שדרות שד' סמטת סמטה משעול דרך כיכר שביל שכונת
  شارع طريق سبيل ساحة درب حارة زقاق ميدان جادة خیابان کوچه بلوار میدان بزرگراه گلی سڑک روڈ`.split(/\s+/),
  // Armenian, Georgian, Thai
  ...`փողոց պողոտա նրբանցք ქუჩა გამზირი ჩიხი შესახვევი მოედანი ถนน ซอย`.split(/\s+/),
  // 1.6.0: Georgian alley, avenue and lane abbreviations, embankment, quarter; Uzbek village, quarter, road, dead end;
  // Polish embankment boulevard; Hungarian avenue
  ...`ხეივანი გამზ. ქ. შესახ. სანაპირო აღმართი დასახლება მიკრორაიონი კვარტალი qishlog'i qishlog‘i qishlogi mavzesi
  massivi yo'li yo‘li berk bulw. sugárút`.split(/\s+/),
];

/**
 * Street-type endings written into the name ("Hauptstraße", "Kungsgatan", "Hejrevej",
 * "Mannerheimintie"). A word counts when it is longer than the ending by three letters.
 */
export const STREET_ENDINGS: readonly string[] = [
  // German
  "straße", "strasse", "str.", "gasse", "weg", "platz", "allee", "ring", "damm", "ufer", "chaussee", "steig",
  "pfad", "zeile", "graben", "markt",
  // Dutch, Afrikaans
  "straat", "laan", "plein", "gracht", "kade", "singel", "dijk", "dreef", "steeg", "straatweg", "weg",
  // Danish, Norwegian, Swedish, Icelandic
  "vej", "vejen", "gade", "gaden", "stræde", "torv", "vænget", "veien", "vegen", "gata", "gaten", "gate",
  "plassen", "stien", "bakken", "gatan", "vägen", "gränd", "torget", "stigen", "backen", "leden", "allén",
  "platsen", "gången", "vegur", "braut", "stígur",
  // Finnish, Estonian
  "katu", "tie", "kuja", "polku", "kaari", "tori", "väylä", "rinne", "ranta", "raitti", "aukio", "puistikko",
  "tänav", "maantee", "puiestee",
];

/** Unit, floor, building and entrance words before their number ("Apt. 509", "кв. 334", "Bloc 25"). */
export const UNIT_WORDS_BEFORE_NUMBER: readonly string[] = [
  ...`apt. apartment suite ste. unit flat floor fl. room rm. bldg. building block blk. box po box p.o. box
  lot house no. no number # dept. department office level lvl. tower wing`.split(/\s+/),
  ...`app. appartement bâtiment bât. bat. étage esc. escalier porte piso puerta planta escalera andar apto.
  ap. apartamento bloco sala casa lote edificio edif. interior int. depto. departamento despacho local
  appartamento piano interno scala bloc sc. et. etaj ap. apartament`.split(/\s+/),
  ...`wohnung whg. zimmer stock etage haus stiege tür top lgh. leil. leilighet oppgang lejlighed sal
  huoneisto as. rappu porras korter k. bus`.split(/\s+/),
  ...`m. mieszkanie lok. lokal kl. klatka byt č.p. č.b. čp. ajtó em. emelet lph. lépcsőház stan kat sprat
  ulaz nadstropje stanovanje apartma pisarna dz. dzīvoklis k-ts korpuss butas daire d. kat blok`.split(/\s+/),
  ...`кв. квартира д. дом корп. корпус к. стр. строение под. подъезд эт. этаж оф. офис буд. будинок
  секція кат вход ап. бл. блок`.split(/\s+/),
  ...`διαμέρισμα διαμ. όροφος όρ. κτίριο`.split(/\s+/),
  ...`דירה כניסה קומה بناية عمارة شقة طابق واحد پلاک طبقه گھر. گھر مکان`.split(/\s+/),
  ...`բն. բնակարան տուն շենք კორპ. შენობა ბინა სართ. სართული`.split(/\s+/),
];

/** Floor and door words written after their number ("2 étage", "3e verdieping", "3. tv", "319-xonadon"). */
export const UNIT_WORDS_AFTER_NUMBER: readonly string[] = [
  ...`étage etage e étg. verdieping hoog hoogte og og. stock stockwerk obergeschoss tv. th. mf. tv th mf
  sal piso izda. izq. dcha. dcha izda izq dch. puerta planta andar piano floor fl. xonadon uy qavat kat
  sprat emelet em. ajtó lakás kerület ker. º ª`.split(/\s+/),
];

/** Words marking a house number ("No 57", "Nr. 5", "№ 12", "s/n"). */
export const HOUSE_NUMBER_MARKERS: readonly string[] = [
  ..."no. no nr. nr nº n° n. num. número numero nro. br. č. čís. číslo № д. дом буд. hsz. hrsz. s/n".split(/\s+/),
];

/**
 * Postcode shapes of the world (UPU and national postal formats), as pattern sources
 * without anchors. Plain digit runs (4 to 7 digits: most of Europe, the Americas, Asia)
 * are ambiguous, so the recognizer only takes them next to a town or inside an address
 * block; the lettered and dashed shapes are distinctive on their own.
 */
export const POSTCODE_SHAPES: readonly string[] = [
  String.raw`\d{3}-\d{4}`, // JP
  String.raw`\d{5}-\d{3,5}`, // BR, US ZIP+4, IR
  String.raw`\d{4}-\d{3}`, // PT
  String.raw`\d{2}-\d{3}`, // PL
  String.raw`\d{3}[ \u00a0]\d{2}`, // CZ, SK, SE, GR
  String.raw`\d{3}[ \u00a0]\d{3}`, // IN (spaced)
  String.raw`\d{4}[ \u00a0]?[A-Z]{2}`, // NL
  String.raw`[A-Z]\d[A-Z][ \u00a0]?\d[A-Z]\d`, // CA
  String.raw`[A-Z]{1,2}\d[A-Z\d]?[ \u00a0]\d[A-Z]{2}`, // GB
  String.raw`[A-Z]\d[\dW][ \u00a0][A-Z\d]{4}`, // IE (Eircode)
  String.raw`[A-Z]{2}-\d{3,4}-\d{4}`, // GH (digital address)
  String.raw`[A-Z]{3}[ \u00a0]?\d{4}`, // MT
  String.raw`[A-Z]\d{4}[A-Z]{3}`, // AR
  String.raw`[A-Z]{1,3}[- \u00a0]?\d{3}[ \u00a0]\d{2}`, // SE-111 51, CZ 110 00
  String.raw`[A-Z]{1,3}[- \u00a0]?\d{4,6}`, // country prefix: LV-1001, LT-01103, MD-2001, AZ1000, NO 9100, CH-8001
  String.raw`\d{4,7}`, // plain
];

/** Country and vehicle codes a postcode may carry as its prefix ("LV-1001", "D-10115", "NO 9100"). */
export const POSTCODE_PREFIXES: readonly string[] = `AD AL AM AR AT AZ BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GE GL GR HR HU IE IS IT KG KZ LI LT
LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SK SM TR UA UZ VA A B D E F H I L N P S CH FL GBZ NL`.split(/\s+/);
