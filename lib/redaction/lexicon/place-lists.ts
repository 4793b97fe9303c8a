/**
 * Hand-written place lists that supplement compromise's lexicon (which already knows
 * ~480 cities, ~245 countries and ~210 regions). Lower-case; "|" separates entries so
 * multi-word names stay whole.
 */

export const CITIES = `
new york|los angeles|chicago|houston|phoenix|philadelphia|san antonio|san diego|dallas|san jose|austin|
jacksonville|fort worth|columbus|charlotte|indianapolis|san francisco|seattle|denver|washington|boston|
el paso|nashville|detroit|oklahoma city|portland|las vegas|memphis|louisville|baltimore|milwaukee|
albuquerque|tucson|fresno|sacramento|kansas city|mesa|atlanta|omaha|colorado springs|raleigh|miami|
long beach|virginia beach|oakland|minneapolis|tulsa|tampa|arlington|new orleans|wichita|cleveland|
bakersfield|aurora|anaheim|honolulu|santa ana|riverside|corpus christi|lexington|stockton|henderson|
saint paul|st. louis|st louis|cincinnati|pittsburgh|greensboro|anchorage|plano|lincoln|orlando|irvine|
newark|toledo|durham|chula vista|fort wayne|jersey city|st. petersburg|laredo|madison|chandler|buffalo|
lubbock|scottsdale|reno|glendale|gilbert|winston-salem|north las vegas|norfolk|chesapeake|garland|
irving|hialeah|fremont|boise|richmond|baton rouge|spokane|des moines|tacoma|san bernardino|modesto|
salt lake city|savannah|providence|hartford|burlington|boulder|ann arbor|berkeley|palo alto|
cambridge|springfield|toronto|montreal|montréal|vancouver|calgary|edmonton|ottawa|winnipeg|quebec city|
hamilton|halifax|victoria|london|manchester|birmingham|liverpool|leeds|glasgow|edinburgh|bristol|
sheffield|cardiff|belfast|newcastle|nottingham|leicester|brighton|oxford|southampton|aberdeen|dublin|
cork|galway|paris|marseille|lyon|toulouse|nice|nantes|strasbourg|montpellier|bordeaux|lille|rennes|
berlin|hamburg|munich|münchen|cologne|köln|frankfurt|stuttgart|düsseldorf|dusseldorf|dortmund|essen|
leipzig|bremen|dresden|hannover|hanover|nuremberg|nürnberg|bonn|vienna|wien|graz|salzburg|zurich|
zürich|geneva|genève|basel|bern|lausanne|amsterdam|rotterdam|the hague|utrecht|eindhoven|brussels|
bruxelles|antwerp|ghent|luxembourg|madrid|barcelona|valencia|seville|sevilla|zaragoza|málaga|malaga|
bilbao|lisbon|lisboa|porto|rome|roma|milan|milano|naples|napoli|turin|torino|palermo|genoa|bologna|
florence|firenze|venice|venezia|verona|athens|thessaloniki|copenhagen|københavn|aarhus|stockholm|
gothenburg|göteborg|malmö|malmo|oslo|bergen|helsinki|tampere|reykjavik|warsaw|warszawa|kraków|krakow|
łódź|lodz|wrocław|wroclaw|poznań|poznan|gdańsk|gdansk|prague|praha|brno|budapest|bratislava|vienna|
bucharest|bucurești|cluj-napoca|sofia|belgrade|beograd|zagreb|ljubljana|sarajevo|skopje|tirana|
kyiv|kiev|kharkiv|odesa|odessa|lviv|minsk|vilnius|riga|tallinn|moscow|moskva|saint petersburg|
novosibirsk|yekaterinburg|kazan|istanbul|ankara|izmir|antalya|tel aviv|jerusalem|haifa|beirut|amman|
damascus|baghdad|tehran|riyadh|jeddah|mecca|medina|dubai|abu dhabi|doha|kuwait city|manama|muscat|
cairo|alexandria|casablanca|rabat|marrakesh|tunis|algiers|tripoli|lagos|abuja|ibadan|kano|accra|kumasi|
dakar|abidjan|nairobi|mombasa|kampala|kigali|dar es salaam|addis ababa|johannesburg|cape town|durban|
pretoria|harare|lusaka|luanda|kinshasa|mumbai|bombay|delhi|new delhi|bangalore|bengaluru|hyderabad|
chennai|madras|kolkata|calcutta|pune|ahmedabad|jaipur|surat|lucknow|kanpur|nagpur|indore|bhopal|
kochi|karachi|lahore|islamabad|rawalpindi|faisalabad|dhaka|chittagong|kathmandu|colombo|beijing|
shanghai|guangzhou|shenzhen|chengdu|chongqing|tianjin|wuhan|hangzhou|nanjing|xi'an|xian|suzhou|
hong kong|macau|taipei|kaohsiung|tokyo|osaka|kyoto|yokohama|nagoya|sapporo|kobe|fukuoka|hiroshima|
sendai|seoul|busan|incheon|daegu|pyongyang|bangkok|chiang mai|hanoi|ho chi minh city|saigon|da nang|
phnom penh|vientiane|yangon|kuala lumpur|penang|singapore|jakarta|surabaya|bandung|bali|denpasar|
manila|quezon city|cebu|davao|sydney|melbourne|brisbane|perth|adelaide|canberra|hobart|darwin|
gold coast|auckland|wellington|christchurch|mexico city|ciudad de méxico|guadalajara|monterrey|puebla|
tijuana|cancún|cancun|bogotá|bogota|medellín|medellin|cali|lima|quito|guayaquil|caracas|santiago|
buenos aires|córdoba|cordoba|rosario|montevideo|asunción|asuncion|la paz|são paulo|sao paulo|
rio de janeiro|brasília|brasilia|salvador|fortaleza|belo horizonte|recife|curitiba|porto alegre|
manaus|havana|san juan|santo domingo|kingston|panama city|san josé|guatemala city|tegucigalpa|managua
`;

export const REGIONS = `
alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|
illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|
mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york state|
north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|
tennessee|texas|utah|vermont|virginia|west virginia|wisconsin|wyoming|district of columbia|puerto rico|
ontario|quebec|québec|british columbia|alberta|manitoba|saskatchewan|nova scotia|new brunswick|
newfoundland|prince edward island|yukon|nunavut|new south wales|queensland|tasmania|
western australia|south australia|northern territory|bavaria|bayern|baden-württemberg|berlin|
brandenburg|hesse|hessen|lower saxony|niedersachsen|north rhine-westphalia|nordrhein-westfalen|
rhineland-palatinate|saxony|sachsen|thuringia|thüringen|schleswig-holstein|île-de-france|
ile-de-france|provence|normandy|normandie|brittany|bretagne|occitanie|catalonia|cataluña|catalunya|
andalusia|andalucía|galicia|basque country|lombardy|lombardia|tuscany|toscana|sicily|sicilia|
sardinia|piedmont|veneto|lazio|campania|scotland|wales|england|northern ireland|yorkshire|kent|
surrey|essex|cornwall|devon|lancashire|bavaria|tyrol|tirol|flanders|wallonia|maharashtra|karnataka|
tamil nadu|kerala|gujarat|rajasthan|punjab|west bengal|uttar pradesh|telangana|bihar|sindh|
guangdong|sichuan|zhejiang|jiangsu|hokkaido|okinawa|kyushu|jalisco|yucatán|yucatan|oaxaca|
são paulo state|minas gerais|bahia|patagonia|siberia|gauteng|lagos state|silicon valley|bay area
`;

/** Street-type words (USPS suffixes and European equivalents), lower-case, no dots. */
export const STREET_TYPES = `
street st avenue ave av road rd boulevard blvd lane ln drive dr court ct way place pl terrace ter terr
circle cir parkway pkwy highway hwy square sq trail trl row crescent cres close grove gardens gdns loop
pike alley aly plaza plz mews walk hill hills view run pass path crossing xing point pt ridge route rte
expressway expy freeway fwy estates village park parks green heights hts vista mission haven glen glens
mall manor manors meadow meadows port prairie ranch roads shoal shoals stravenue throughway tunnel
underpass villages well wells loaf squares bank cross gate mount extension ext fork forks forge forges isle junction jct key keys knoll
knolls landing lndg light lights lock locks lodge motorway oval overpass pine pines plain plains
radial rapid rapids rest shore shores spring springs spur station sta summit smt trace track
trafficway union valley vly viaduct ville wall ways bypass causeway center centre cove creek dale dam
divide falls ferry field fields flat flats ford fords fort garden gateway harbor harbour hollow inlet
island islands lake lakes mill mills mount mountain neck orchard pines plaza ramp river shoal skyway
springs stream streets turnpike wharf wynd
`;

/** European street words that come before or after the name ("Calle Mayor", "Hauptstraße"). */
export const STREET_PREFIXES = `
rue avenue boulevard bd place chemin allée allee impasse quai route cours calle avenida av paseo camino
carrer carretera plaza via viale piazza corso largo vicolo rua travessa praça praca alameda estrada
ulica ul aleja al ulitsa prospekt
`;
export const STREET_SUFFIX_WORDS = [
  "straße", "strasse", "str", "weg", "gasse", "platz", "allee", "ring", "damm", "ufer", "chaussee",
  "laan", "straat", "gracht", "plein", "kade", "singel", "gatan", "vägen", "vagen", "gata", "vej",
  "gade", "veien", "gate", "katu", "tie", "utca", "körút",
];
/** 1.2.0: street words matched only as whole words (as endings they would hit surnames: "Bischof"). */
export const STREET_WORDS_STANDALONE = [
  // more languages (HU, TR, NO/DK/SE, NL/AF, RS/HR, RO, KR/JP romanised).
  "út", "útja", "tér", "köz", "sor", "fasor", "sétány", "caddesi", "cad", "cd", "sokak", "sokağı",
  "sk", "bulvarı", "mahallesi", "mah", "vei", "veg", "vegen", "gata", "plass", "torg", "torget",
  "stræde", "vænget", "allé", "gränd", "backe", "stig", "väg", "tori", "rylaan", "singel", "steeg",
  "dreef", "hof", "markt", "straatweg", "ulica", "ulice", "trg", "dori", "dōri", "douri", "daero",
];

export const US_STATE_CODES = `AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR`;

/** Word endings common in town names the lists don't know ("Ashleyburgh", "Port Kaitlyn"). */
export const TOWN_SUFFIXES = [
  "ville", "burgh", "burg", "borough", "boro", "berg", "furt", "ton", "town", "field", "ford", "port",
  "mouth", "haven", "land", "stad", "holm", "pur", "pura", "abad", "grad", "polis", "chester", "caster",
  "cester", "bury", "ham", "wich", "wick", "by", "thorpe", "dale", "view", "side", "shire", "heim",
  "hausen", "dorf", "bach", "feld", "stadt", "ingen",
];
export const TOWN_PREFIXES = ["north", "south", "east", "west", "new", "port", "lake", "fort", "mount", "mt", "san", "santa", "los", "las", "el", "st", "saint", "sainte", "bad", "little", "great", "upper", "lower"];

/**
 * Round 3 (1.2.0): more of the world, from general knowledge. Capitals and large cities
 * by their English names and endonyms, first-level regions (states, provinces, counties,
 * cantons, oblasts, prefectures) for many countries, and country endonyms.
 */
export const WORLD_CITIES = `
athina|athína|αθήνα|θεσσαλονίκη|patra|patras|heraklion|iraklio|larissa|volos|ioannina|chania|rhodes|
piraeus|kalamata|kavala|novi sad|niš|nis|kragujevac|subotica|kraljevo|čačak|cacak|zrenjanin|pančevo|
novi pazar|leskovac|valjevo|smederevo|podgorica|banja luka|mostar|tuzla|rijeka|osijek|zadar|maribor|
debrecen|szeged|miskolc|pécs|pecs|győr|gyor|nyíregyháza|kecskemét|székesfehérvár|szombathely|sopron|
veszprém|iași|iasi|timișoara|timisoara|constanța|constanta|craiova|brașov|brasov|galați|ploiești|
oradea|brăila|pitești|sibiu|bacău|suceava|chișinău|chisinau|plovdiv|varna|burgas|trondheim|stavanger|
tromsø|tromso|drammen|fredrikstad|kristiansand|ålesund|alesund|bodø|bodo|sandnes|tønsberg|haugesund|
hamar|lillehammer|gjøvik|molde|harstad|narvik|arendal|larvik|uppsala|västerås|örebro|linköping|
helsingborg|jönköping|norrköping|lund|umeå|gävle|borås|odense|aalborg|esbjerg|randers|kolding|horsens|
vejle|roskilde|espoo|vantaa|oulu|turku|jyväskylä|lahti|kuopio|joensuu|lappeenranta|rovaniemi|genf|
luzern|lucerne|lugano|st. gallen|st gallen|winterthur|biel|bienne|thun|köniz|fribourg|schaffhausen|
chur|neuchâtel|aarau|linz|innsbruck|klagenfurt|villach|wels|st. pölten|dornbirn|bregenz|braga|coimbra|
funchal|aveiro|faro|setúbal|setubal|évora|evora|viseu|leiria|guimarães|guimaraes|amadora|almada|
sintra|cascais|oeiras|matosinhos|gaia|vila nova de gaia|odivelas|loures|bekasi|tangerang|depok|
semarang|palembang|makassar|medan|batam|pekanbaru|bogor|padang|malang|yogyakarta|jogjakarta|surakarta|
balikpapan|samarinda|pontianak|banjarmasin|manado|ambon|jayapura|mataram|kupang|jakarta pusat|
jakarta selatan|jakarta barat|jakarta timur|jakarta utara|soweto|pietermaritzburg|bloemfontein|
port elizabeth|gqeberha|east london|polokwane|mbombela|nelspruit|kimberley|rustenburg|stellenbosch|
paarl|umhlanga|sandton|centurion|midrand|benoni|boksburg|germiston|randburg|roodepoort|vereeniging|
mthatha|richards bay|newcastle|ladysmith|empangeni|port harcourt|benin city|enugu|abeokuta|ogbomosho|
ilorin|onitsha|warri|jos|kaduna|zaria|maiduguri|sokoto|owerri|uyo|calabar|akure|osogbo|ile-ife|
ado-ekiti|lekki|ikeja|ikoyi|yaba|surulere|victoria island|kharkov|dnipro|dnipropetrovsk|zaporizhzhia|
zaporozhye|kryvyi rih|mykolaiv|mariupol|vinnytsia|poltava|chernihiv|cherkasy|zhytomyr|khmelnytskyi|
chernivtsi|rivne|ivano-frankivsk|ternopil|lutsk|uzhhorod|київ|харків|одеса|львів|дніпро|москва|
санкт-петербург|новосибирск|екатеринбург|казань|минск|rostov-on-don|samara|omsk|chelyabinsk|
krasnoyarsk|voronezh|volgograd|krasnodar|sochi|vladivostok|irkutsk|kaliningrad|nizhny novgorod|
tbilisi|yerevan|baku|almaty|astana|tashkent|bishkek|dushanbe|ashgabat|ulaanbaatar|olomouc|ostrava|
plzeň|plzen|liberec|české budějovice|hradec králové|pardubice|zlín|košice|kosice|prešov|žilina|nitra|
banská bystrica|trnava|trenčín|szczecin|bydgoszcz|lublin|białystok|bialystok|katowice|gdynia|
częstochowa|radom|toruń|torun|kielce|rzeszów|rzeszow|olsztyn|opole|zielona góra|gorzów wielkopolski|
płock|plock|elbląg|sopot|tarnów|koszalin|legnica|słupsk|slupsk|kaunas|klaipėda|klaipeda|šiauliai|
daugavpils|tartu|narva|pärnu|haarlem|groningen|tilburg|almere|breda|nijmegen|apeldoorn|arnhem|
enschede|amersfoort|zaanstad|zwolle|leiden|maastricht|dordrecht|delft|deventer|alkmaar|leeuwarden|
den bosch|'s-hertogenbosch|gent|brugge|bruges|leuven|liège|liege|namur|charleroi|mechelen|aalst|
hasselt|kortrijk|oostende|eskişehir|eskisehir|bursa|adana|gaziantep|konya|kayseri|mersin|diyarbakır|
samsun|trabzon|denizli|kadıköy|kadikoy|beşiktaş|besiktas|üsküdar|uskudar|şişli|bodrum|fethiye|alanya|
muğla|pune|thane|navi mumbai|gurgaon|gurugram|noida|ghaziabad|faridabad|chandigarh|mysore|mysuru|
mangalore|coimbatore|madurai|visakhapatnam|vijayawada|patna|ranchi|bhubaneswar|guwahati|dehradun|
shimla|amritsar|ludhiana|jodhpur|udaipur|varanasi|agra|kozhikode|thiruvananthapuram|trivandrum|panaji|
da lat|huế|nha trang|hai phong|haiphong|can tho|cần thơ|hà nội|thành phố hồ chí minh|đà nẵng|vung tau|
biên hòa|changwon|suwon|ulsan|gwangju|daejeon|jeonju|cheongju|goyang|seongnam|yongin|bucheon|ansan|
jeju|pohang|gimhae|chiba|saitama|kawasaki|kitakyushu|sakai|niigata|hamamatsu|kumamoto|okayama|
shizuoka|kagoshima|kanazawa|nagasaki|matsuyama|utsunomiya|takamatsu|naha|xiamen|qingdao|dalian|
shenyang|harbin|changsha|zhengzhou|jinan|kunming|fuzhou|hefei|nanning|ningbo|wuxi|dongguan|foshan|
zhuhai|guiyang|lanzhou|urumqi|taichung|tainan|hsinchu|rosarito|ensenada|mérida|merida|querétaro|
queretaro|aguascalientes|morelia|toluca|chihuahua|hermosillo|saltillo|culiacán|veracruz|acapulco|
oaxaca|mazatlán|puerto vallarta|campinas|guarulhos|goiânia|goiania|belém|belem|são luís|maceió|
teresina|joão pessoa|florianópolis|florianopolis|niterói|ribeirão preto|uberlândia|sorocaba|londrina|
joinville|vitória|cuiabá|campo grande|arequipa|trujillo|cusco|barranquilla|cartagena|bucaramanga|
maracaibo|valparaíso|valparaiso|concepción|mendoza|la plata|mar del plata|tucumán|salta|antofagasta|
cochabamba|santa cruz|guayaquil|cuenca|punta cana|san pedro sula|kisumu|nakuru|eldoret|arusha|mwanza|
dodoma|zanzibar|entebbe|gulu|bulawayo|ndola|kitwe|lilongwe|blantyre|maputo|windhoek|gaborone|maseru|
mbabane|antananarivo|port louis|tamale|takoradi|cape coast|lomé|lome|cotonou|porto-novo|ouagadougou|
bamako|niamey|conakry|freetown|monrovia|banjul|bissau|nouakchott|yaoundé|yaounde|douala|libreville|
brazzaville|bangui|ndjamena|khartoum|juba|asmara|djibouti|mogadishu|hargeisa|fez|fès|tangier|tanger|
agadir|meknes|oujda|oran|constantine|sfax|sousse|benghazi|misrata|giza|luxor|aswan|port said|suez|
mansoura|tanta|sharjah|ajman|al ain|dammam|khobar|taif|tabuk|abha|basra|mosul|erbil|isfahan|shiraz|
tabriz|mashhad|aleppo|homs|latakia|zarqa|irbid|aqaba|nicosia|limassol|larnaca|paphos|valletta|sliema
`;

export const WORLD_REGIONS = `
attica|attiki|central macedonia|crete|kriti|peloponnese|thessaly|epirus|vojvodina|šumadija|sumadija|
kosovo|zlatibor|bács-kiskun|baranya|békés|borsod-abaúj-zemplén|csongrád|fejér|győr-moson-sopron|
hajdú-bihar|heves|jász-nagykun-szolnok|komárom-esztergom|nógrád|somogy|szabolcs-szatmár-bereg|tolna|
veszprém county|zala|transylvania|transilvania|moldavia|wallachia|muntenia|oltenia|banat|dobrogea|
dobruja|bihor|cluj|timiș|timis|iași county|ilfov|prahova|brașov county|constanța county|oslo county|
viken|innlandet|vestfold og telemark|vestfold|telemark|agder|rogaland|vestland|møre og romsdal|
trøndelag|trondelag|nordland|troms|finnmark|troms og finnmark|akershus|østfold|buskerud|hordaland|
sogn og fjordane|oppland|hedmark|zürich canton|bern canton|aargau|thurgau|graubünden|grisons|valais|
wallis|vaud|waadt|ticino|tessin|st. gallen canton|lucerne canton|basel-stadt|basel-landschaft|
solothurn|schwyz|obwalden|nidwalden|glarus|appenzell|neuchâtel canton|geneva canton|fribourg canton|
niederösterreich|oberösterreich|lower austria|upper austria|styria|steiermark|carinthia|kärnten|
vorarlberg|burgenland|lisboa district|porto district|algarve|alentejo|madeira|azores|açores|minho|
douro|trás-os-montes|ribatejo|aceh|bali province|banten|bengkulu|gorontalo|jambi|jawa barat|
jawa tengah|jawa timur|west java|central java|east java|kalimantan|kalimantan timur|kalimantan barat|
lampung|maluku|nusa tenggara|papua|riau|sulawesi|sulawesi selatan|sumatra|sumatera|sumatera utara|
sumatera barat|di yogyakarta|dki jakarta|eastern cape|free state|kwazulu-natal|kwa-zulu natal|limpopo|
mpumalanga|north west|northern cape|western cape|abia|adamawa|akwa ibom|anambra|bauchi|bayelsa|benue|
borno|cross river|delta state|ebonyi|ekiti|enugu state|gombe|jigawa|kaduna state|kano state|katsina|
kebbi|kogi|kwara|nasarawa|niger state|ogun|osun|oyo|oyo state|rivers state|sokoto state|taraba|yobe|
zamfara|federal capital territory|kyiv oblast|lviv oblast|kharkiv oblast|odesa oblast|
dnipropetrovsk oblast|crimea|donbas|donetsk|luhansk|galicia|volhynia|transcarpathia|zakarpattia|
bohemia|moravia|silesia|mazowieckie|masovia|małopolskie|malopolska|lesser poland|greater poland|
wielkopolskie|pomorskie|pomerania|śląskie|dolnośląskie|lower silesia|łódzkie|lubelskie|podkarpackie|
podlaskie|warmińsko-mazurskie|zachodniopomorskie|kujawsko-pomorskie|świętokrzyskie|opolskie|lubuskie|
stockholms län|skåne|scania|västra götaland|uppland|norrland|lapland|lappi|uusimaa|pirkanmaa|
varsinais-suomi|hovedstaden|sjælland|zealand|jutland|jylland|funen|fyn|nordjylland|midtjylland|
syddanmark|noord-holland|zuid-holland|north holland|south holland|utrecht province|gelderland|
noord-brabant|north brabant|limburg|overijssel|friesland|fryslân|groningen province|drenthe|flevoland|
zeeland|antwerpen|oost-vlaanderen|west-vlaanderen|vlaams-brabant|hainaut|liège province|
brabant wallon|namur province|luxembourg province|istanbul province|anatolia|aegean|marmara|
antalya province|cappadocia|kurdistan|andhra pradesh|arunachal pradesh|assam|chhattisgarh|goa state|
haryana|himachal pradesh|jharkhand|madhya pradesh|manipur|meghalaya|mizoram|nagaland|odisha|orissa|
sikkim|tripura|uttarakhand|jammu and kashmir|ladakh|puducherry|khyber pakhtunkhwa|balochistan|
gyeonggi|gyeonggi-do|gangwon|chungcheong|jeolla|gyeongsang|jeju-do|hokkaidō|tōhoku|tohoku|kantō|kanto|
kansai|kinki|chūbu|chubu|chūgoku|chugoku|shikoku|aichi|hyogo|hyōgo|kanagawa|saitama prefecture|
chiba prefecture|fukuoka prefecture|shizuoka prefecture|ibaraki|tochigi|gunma|nagano|gifu|shiga|
wakayama|tottori|shimane|yamaguchi|tokushima|kagawa|ehime|oita|miyazaki|hubei|hunan|henan|hebei|
shandong|shanxi|shaanxi|anhui|fujian|jiangxi|yunnan|guizhou|guangxi|hainan|gansu|qinghai|ningxia|
xinjiang|tibet|inner mongolia|heilongjiang|jilin|liaoning|alagoas|amapá|amazonas|ceará|ceara|
espírito santo|goiás|maranhão|mato grosso|mato grosso do sul|pará|paraíba|paraná|parana|pernambuco|
piauí|rio grande do norte|rio grande do sul|rondônia|roraima|santa catarina|sergipe|tocantins|
distrito federal|baja california|baja california sur|chiapas|chihuahua state|coahuila|durango|
guanajuato|guerrero|hidalgo|michoacán|michoacan|morelos|nayarit|nuevo león|nuevo leon|quintana roo|
san luis potosí|sinaloa|sonora|tabasco|tamaulipas|tlaxcala|zacatecas|estado de méxico|
buenos aires province|córdoba province|santa fe|mendoza province|antioquia|cundinamarca|
valle del cauca|metro manila|luzon|visayas|mindanao|calabarzon|selangor|johor|sabah|sarawak|kedah|
perak|kelantan|terengganu|pahang|melaka|malacca|negeri sembilan|rift valley|nairobi county|
mombasa county|kiambu|nakuru county|greater accra|western region|northern region|central region|
eastern region|upper east|upper west|andalucia|aragón|aragon|asturias|cantabria|castilla y león|
castilla-la mancha|extremadura|la rioja|murcia|navarra|navarre|país vasco|euskadi|comunidad de madrid|
comunitat valenciana|islas baleares|balearic islands|canarias|canary islands|piemonte|liguria|
emilia-romagna|friuli|trentino|alto adige|south tyrol|umbria|abruzzo|puglia|apulia|basilicata|
calabria|sardegna|valle d'aosta|auvergne-rhône-alpes|nouvelle-aquitaine|hauts-de-france|grand est|
pays de la loire|centre-val de loire|bourgogne-franche-comté|provence-alpes-côte d'azur|corse|corsica|
alsace|lorraine|aquitaine|picardie|dordogne|schleswig|mecklenburg-vorpommern|saxony-anhalt|
sachsen-anhalt|saarland|rheinland-pfalz|west midlands|east midlands|greater london|greater manchester|
merseyside|west yorkshire|south yorkshire|north yorkshire|tyne and wear|hampshire|hertfordshire|
oxfordshire|berkshire|buckinghamshire|cambridgeshire|wiltshire|gloucestershire|kent county|
east sussex|west sussex|cumbria|northumberland|county durham|durham county|derbyshire|nottinghamshire|
leicestershire|lincolnshire|staffordshire|shropshire|cheshire|warwickshire|worcestershire|
herefordshire|northamptonshire|bedfordshire|lothian|strathclyde|county cork|county dublin|
county galway|county kerry|county mayo|county clare|leinster|munster|connacht|ulster
`;

/** Country names in their own languages (and a few common alternatives). */
export const COUNTRY_ENDONYMS = `
deutschland|österreich|schweiz|suisse|svizzera|svizra|españa|italia|polska|česko|česká republika|
slovensko|magyarország|románia|românia|srbija|србија|hrvatska|slovenija|bosna i hercegovina|
crna gora|shqipëria|северна македонија|ελλάδα|ellada|hellas|türkiye|turkiye|sverige|norge|noreg|
danmark|suomi|ísland|eesti|latvija|lietuva|україна|ukraina|россия|rossiya|беларусь|belarus|
moldova|българия|bulgaria|nederland|belgië|belgique|lëtzebuerg|éire|eire|cymru|alba|brasil|
méxico|perú|panamá|the netherlands|holland|the uk|uk|u.k.|great britain|britain|usa|u.s.a.|the us|
the usa|united states of america|the states|uae|the uae|ksa|saudi|south korea|north korea|
republic of korea|대한민국|한국|日本|nippon|nihon|中国|中國|zhongguo|台灣|台湾|việt nam|
indonesia|bharat|भारत|pilipinas|misr|مصر|al-maghrib|المغرب|sak'art'velo|hayastan|azərbaycan|
qazaqstan|o'zbekiston|south africa|suid-afrika|ningizimu afrika|mzansi|nigeria|naija|
côte d'ivoire|ivory coast|drc|dr congo|cabo verde|eswatini|swaziland|türkei|tschechien|
`;
