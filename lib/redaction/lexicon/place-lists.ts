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

export const US_STATE_CODES = `AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR`;

/** Word endings common in town names the lists don't know ("Ashleyburgh", "Port Kaitlyn"). */
export const TOWN_SUFFIXES = [
  "ville", "burgh", "burg", "borough", "boro", "berg", "furt", "ton", "town", "field", "ford", "port",
  "mouth", "haven", "land", "stad", "holm", "pur", "pura", "abad", "grad", "polis", "chester", "caster",
  "cester", "bury", "ham", "wich", "wick", "by", "thorpe", "dale", "view", "side", "shire", "heim",
  "hausen", "dorf", "bach", "feld", "stadt", "ingen",
];
export const TOWN_PREFIXES = ["north", "south", "east", "west", "new", "port", "lake", "fort", "mount", "mt", "san", "santa", "los", "las", "el", "st", "saint", "sainte", "bad", "little", "great", "upper", "lower"];
