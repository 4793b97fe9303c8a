/**
 * 1.7.0: given names and surnames of the regions whose single first names our lists still
 * missed in chat text ("Please call Iurie back", "Lunch with Viggo?"): Central Asia (Uzbek,
 * Kazakh, Tajik, Kyrgyz, romanised), the Baltics (Latvian, Lithuanian, Estonian), Romania and
 * Moldova, Hungary, Finland, Scandinavia, Germany, Italy, India (north and south), Senegal and
 * West Africa, Israel and the Arab world (romanised), Georgia and Armenia (romanised).
 * Written for this project from general knowledge; lower-case, space-separated, diacritics as
 * written (person.ts also looks names up with their diacritics folded). Names that are also
 * ordinary words in English or in the language around them ("else", "dana", "mani", "rosa",
 * "sol", "viola") are left out on purpose.
 */

const REGIONAL_GIVEN_NAMES_1_7 = `
alisher dilnoza sherzod dilbar sayyora mahmud bakhtiyor
baxtiyor jasur javlon jahongir jamshid otabek nodir nodira shaxnoza shahnoza gulnora gulnoza
zarina zuhra dildora feruza farrux farrukh shoxrux shokhrukh ulugbek ulug'bek bekzod behzod botir
doniyor elyor eldor hamid husniddin jaloliddin kamoliddin latofat lola malika
mohira munisa nilufar nigora ozoda rustam sanjar sardor sarvar shavkat shuhrat sitora
temur timur tohir yulduz zafar zilola azizbek bobur dilshod diyora durdona gulbahor
gulchehra hilola iroda kamola maftuna mavluda mohinur muxlisa nasiba odina ra'no sabina
sevara shohida umida xurshida karima oybek ravshan
saida aigerim aizhan aliya asel askar aybek aidos arman bauyrzhan dauren daniyar ermek
gulmira kairat kanat madi nurlan nursultan serik talgat timur yerlan yerzhan zhanna
zhanar dinara aruzhan akbota ainur aisulu bakyt bolat marat ruslan anvar abdulla abdurahmon
firdavs furqat ilhom komil mirzo navruz shodmon rahmon firuza manizha
jānis janis andris ainārs ainars arvīds arvids jurģis jurgis edīte edite algis
romāns romans ādolfs adolfs ilmārs ilmars
konrāds konrads ināra inara klāra klara gunārs gunars guntis uldis valdis
raimonds aivars aigars māris maris juris dainis edgars ivars kārlis karlis krišjānis krisjanis
oskars rihards roberts uģis ugis viesturs zigmārs kristaps artūrs arturs mārtiņš martins
ilze inese inga ieva agnese baiba dagnija daiga dzintra gunta inta iveta kristīne
kristine laila lelde līga ligita māra madara marta rasma sandra sarmīte
skaidrīte solvita vija zane zigrīda zigrida jautrīte dāvis davis laura evija
jonas vytautas mindaugas tomas darius giedrius gintaras rimantas saulius arūnas arunas algirdas
kęstutis kestutis paulius povilas žydrūnas zydrunas birutė birute
daiva giedrė giedre jurgita laura simona vaida vilma živilė
kalle priit tõnu tonu toomas tiit urmas jaan peeter kadri liina maarja marju
piret reet riina triin tiina külli kulli
iurie tetiana dorel marat calin călin ioan vitalia veaceslav rodion cezar
gheorghe vasile nicolae mihai ionel costel viorel sorin dorin
tudor radu cosmin ovidiu florin lucian mircea petru sergiu valeriu stelian arcadie
anatolie grigore eugen octavian silviu horia aurel emil virgil liviu daniela ileana ioana
mihaela roxana simona loredana oana raluca andreea irina corina doina rodica viorica mariana
lucia natalia tatiana svetlana veronica aurelia cristina luminița luminita nicoleta lăcrămioara
bertalan miklós miklos alíz aliz kolos bianka benedek bence
botond csaba dénes denes domonkos előd elod endre ernő erno ferenc gábor gabor géza geza gyula
imre istván istvan jenő jeno józsef jozsef kálmán kalman károly karoly lajos levente lőrinc
lorinc máté mátyás matyas mihály mihaly nándor nandor ottó örs pál péter peter
szabolcs tamás tamas tibor vilmos zoltán zoltan zsolt zsombor ágnes agnes andrea anikó aniko
boglárka boglarka csilla dorottya edina emese enikő eniko erzsébet erzsebet eszter etelka
gizella hajnalka ildikó ildiko ilona írisz irisz judit katalin klára kinga krisztina léna lili
magdolna margit mária marianna márta noémi nóra nora orsolya piroska réka reka rozália szilvia
tímea timea vanda veronika zsófia zsofia zsuzsanna zsuzsa letícia leticia natália mira denisz
márton marton
pirjo tarja sakari tapani annikki pirkko ensio veikko inkeri aatu aku eino eero ilkka ismo
jarmo jorma kalevi kimmo lauri markku martti olli osmo pasi pentti raimo reijo risto seppo
tapio teemu toni topi tuomo unto väinö vaino yrjö yrjo aila eija elina hannele
helka hilkka irmeli jaana kaarina katja kirsi kristiina liisa maarit marjatta marjut merja
mirja nelli outi pauliina raija ritva sari seija sirpa soile taina terhi tuula
tuulikki ulla venla
morten viggo vilhelm vagn rikke maren sofie nikolaj mikkel frederik
kristian kasper laurids valdemar aksel asger carsten flemming henning jørgen jorgen kjeld
leif preben svend torben tage ebbe gitte hanne inger jytte karen merete pia susanne tove
vibeke birthe bodil dorte grethe lisbeth mette trine maja
håvard havard sigurd torstein vegard øystein oystein ørjan orjan eivind kjetil audun ingvild
sunniva marit synnøve synnove gunnhild torunn aslaug brynhild
joscha ansgar janne jannik janik fynn lasse mattis
henrik hauke jonte bela linus luca luka timo gregor jörg jorg jürgen jurgen
uwe dieter horst günter gunter wolfgang klaus rüdiger rudiger reinhard hartmut helmut ulrich
detlef wilfried hannelore gudrun ingeborg waltraud ursula brigitte sieglinde gisela
heike anke elke frauke imke wiebke maike meike svenja mareike ronja smilla
patrizia gianni giuseppe gianfranco gianmarco pierluigi piergiorgio ludovico ottavio rocco
saverio tullio ubaldo vittorio ezio fulvio gualtiero lorenzo leonardo raffaele teodoro
ornella loredana marisa mirella nadia rosanna tiziana concetta carmela
nunzia donatella fiorella graziella ornella piera lucrezia
udit
poornima tanushri yogendra
aakash abhinav abhishek aditya ajay akhil amit amitabh anand anil ankit
anuj arjun arun ashish ashok bhavesh chandan deepak devendra dhruv dinesh gaurav girish harish
hemant jagdish jatin kamal kapil kishore kunal lalit mahesh manish manoj mukesh naresh naveen
nikhil nitin pankaj pradeep prakash pramod pranav prashant praveen rahul rajesh rakesh ramesh
ravi rohit sachin sandeep sanjay santosh satish saurabh shailesh shantanu shashank shyam
siddharth sudhir sumit sunil suresh tarun tushar umesh vijay vikas vikram vinay vinod vipin
vishal vivek yash yogesh aarti aishwarya akanksha amrita anjali ankita anushka aparna archana
bhavna deepa deepika divya gayatri geeta gita hema jyoti kajal kavita kiran lakshmi madhuri
meena meenakshi monika neelam neha nisha pallavi pooja preeti priya priyanka radha rekha
renu ritu sangeeta sapna seema shalini shilpa shreya shruti smita sneha sonal sudha sunita
swati tanvi usha vandana varsha vidya
kiné kine kalidou ameth mamour médoune medoune
aboubacar mactar makhtar mbaye moussa oumar ousmane
pathé pathe souleymane tidiane youssou abdoulaye adama bocar daouda habib ismaïla ismaila
lassana mansour massamba ngagne omar sidy coura fanta kadiatou mame mariétou marietou
ndèye ngoné oumou sira sokhna woury yandé yande adji aminata anta diarra
`;

/**
 * 1.8.0: first names our lists still missed in chat text ("lunch with Gulnara", "a note for
 * Bolaji"): Yoruba, Igbo, Akan and Hausa; South Indian; Kazakh, Kyrgyz and Uzbek; Persian;
 * Turkish; Gulf Arabic and Egyptian (romanised); Hebrew (romanised); French; Kazakh in Cyrillic;
 * Kenyan, Ethiopian, Indonesian, Filipino, Tongan and Brazilian; Lithuanian, Finnish and Hungarian (their case
 * forms are read in person.ts). General knowledge; names
 * that are ordinary words in a language our users write (Spanish "sola", Turkish "sana", "barış"
 * peace, "uğur" luck, "gizem" mystery, "erdem" virtue, Indonesian "fitri" as in "Idul Fitri",
 * Latvian "saule", Italian "dami", English "nana", Italian "asta", Spanish "mantas") are left out.
 */
const REGIONAL_GIVEN_NAMES_1_8 = `
temi bolaji bukola funmi foluke idowu adekunle olusegun toyin abimbola wole bisi ronke ibukun
simisola tolu opeyemi ifeoluwa oyelaran ikenna adaora onyeka ugochi chibuike ijeoma okechukwu
kwadwo kweku serwaa lawal haruna bilkisu rukayya karabo oyinda oyinkansola oluwadamilare damilare
chukwuebuka ebube chiderah zhanibek hamidreza alireza mohammadreza sreenivasulu srinivasulu
aurélien aurelien maëlle maelle
omondi ochieng kariuki mwajuma tesfaye mulugeta girma alemu bekele hendra rudi jhon jomar rodel mariel
arnel marites analyn mylene jovelyn divina liezl thiaguinho shaurya atharv aarohi navya prisha sione tevita
losana viliami semisi nurai aizere dilnaz inkar tomiris adilet arsen ansar alikhan
даулет нурсултан айгерим айжан асель ерлан данияр динара аружан бауыржан санжар ержан нурлан гульнара
алия мадина дильноза шахноза жанибек айдана меруерт
revathi gayathri nandini harsha yashwanth tejas
gulnara aigul nargiza madina bakhyt erlan zhuldyz altynai ainura bermet cholpon nurbek azamat
chyngyz kubanych meerim aidana aibek shahlo dilfuza zulfiya gulshan
behnaz farnaz kaveh mahsa payam pouya soheil yasaman ziba hamed navid omid pegah shahram siamak
sibel kübra kubra oguz oğuz tolga cansu
abdulaziz fahad saud nawaf majed saad salman hamad waleed yasser hatem mostafa noura dalia hanan
samar amal
yossi itzik ronit efrat orly limor sigal inbal hila liat anat orit avital ofer idan
gintarė gintare aistė aiste eglė egle ugnė ugne austėja austeja laima andrius audrius žygimantas zygimantas
jussi gergő gergo
`;

/**
 * 1.9.0: given names of Punjab, Bangladesh, Thailand (as written in Latin letters), East and
 * Southern Africa, Ukraine, the Andes and the Caribbean coast, France, Ireland, Iceland and the
 * Philippines that no list held ("Harpreet", "Somchai", "Gaëlle", "Saoirse", "Maricel"); general
 * knowledge. Left out: names that are ordinary words in a language our users write ("thais",
 * "yaa", "luan" in Vietnamese, "dian" in Indonesian).
 */
const REGIONAL_GIVEN_NAMES_1_9 = `
harpreet gurpreet manpreet jaspreet simran navdeep amanpreet jasleen gurleen harjit kuldeep baljit
tanvir tahmina farhana rafiq shakil nusrat sadia rubina mahmuda sabbir habibullah rahimullah
somchai siriporn pornthip kittisak nattapong wanida apinya somsak somying supaporn chaiwat
tendai lungile neema rehema tatenda farai rudo chipo tinashe nyasha
dmytro mykola oleksandr oleksii yuliia
yuliana dayana wilmer edinson yeferson jhonatan brayan citlali yadira maricruz rosangela kauã
gaëlle gaelle solène solene maëlys maelys anaïs anais clémence clemence mathéo matheo gwenaëlle gwenaelle erwan baptiste loïc loic
saoirse caoimhe róisín roisin tadhg gráinne grainne sigrún sigrun ólafur olafur
maricel marivic rowena jesusa lorna keanu jorinde thaís onur zuzanna zuzka
георги димитър стоян петър тодор христо цветан десислава цветелина милица милош душан немања драган
зоран горан снежана драгана бојана јелена
айгерім әсел ерлан нұрлан дәулет аружан бауыржан
`;

export const REGIONAL_GIVEN_NAMES = REGIONAL_GIVEN_NAMES_1_7 + " " + REGIONAL_GIVEN_NAMES_1_8 + " " + REGIONAL_GIVEN_NAMES_1_9;

/**
 * 1.7.0: the short forms people use for themselves in chat ("Привет, это Дима", "tu Kasia"):
 * Russian, Ukrainian, Polish, Czech and Slovak diminutives.
 */
export const DIMINUTIVE_GIVEN_NAMES = `
дима саша женя миша коля петя вася ваня лёша леша алёша алеша серёжа сережа костя паша толя
гриша витя вова володя стас юра гена боря рома артёмка андрюша димка сашка
таня наташа катя маша даша оля лена света юля настя аня ира вика люда галя надя лиза соня
ксюша лера аля алла зина зоя тоня валя рита алина
сашко петрик михайлик тарасик оленка ганнуся марійка іра оля таня катруся
kasia basia gosia zosia ania ola ewka madzia agnieszka iza kinga tomek bartek kuba wojtek
franek staś jaś jacek piotrek marcinek grzesiek krzysiek maciek mateuszek
honza pepa jirka lukáš martinek péťa katka verča verca janka zuzka evička
`;

export const REGIONAL_SURNAMES = `
rahimov karimov
yusupov usmonov toshmatov qodirov ergashev sobirov nazarov mirzayev xolmatov alimov
bērziņš berzins kalniņš kalnins ozoliņš ozolins jansons liepiņš liepins krūmiņš krumins
zariņš zarins pētersons petersons kļaviņš klavins
kazlauskas jankauskas petrauskas stankevičius vasiliauskas žukauskas butkus paulauskas
ceban rotaru munteanu guțu gutu
cojocaru ciobanu turcanu țurcanu
szabó
szabo kovács kovacs tóth toth horváth horvath molnár molnar németh nemeth
balogh papp takács takacs juhász juhasz lakatos mészáros meszaros oláh olah rácz racz
szűcs szucs
virtanen korhonen nieminen mäkinen makinen hämäläinen hamalainen koskinen heikkinen
järvinen jarvinen lehtonen lehtinen saarinen salminen heinonen heikkilä heikkila
kinnunen salonen turunen
holm henriksen mortensen nørgaard norgaard kjær kjaer lauridsen søndergaard
sondergaard
danquah onyekachi narayanan raghavan bhattacharya tehrani mansoori alqahtani qahtani otaibi
ghamdi zahrani shehri mutairi
`;

/**
 * 1.8.0: Hebrew given names as written in Hebrew: after "עם" (with) or "זו"/"זה" (this is),
 * words that open many ordinary phrases, a name needs one of these to be read as a name.
 * Names that are ordinary words after "with" (חיים life, גיל age, שירה poetry, טל dew, חן
 * charm, שי gift, נוי beauty, אור light) are left out.
 */
export const HEBREW_GIVEN_NAMES = `
יוסי יוסף אבי משה דוד איציק איתן אורי רונית מיכל נועה תמר יעל אפרת אורלי לימור סיגל דנה עדי
ענבל הילה קרן ליאת מורן טלי ענת אורית אביטל ניר עופר רוני עומר עידן איתי עמית שרה רחל לאה רבקה
אברהם יצחק יעקב שמואל אליהו מאיר יהודה בנימין דניאל נתן אריאל אלון גיא רון ליאור שני מאיה הדס
אסף ערן אלעד יובל אושרת שלומי צחי רועי ירון גלעד אייל עינת מירב שרית חנה אסתר מרים שושנה יונתן
נעמה רותם ליה טליה אביגיל שלום ברק אהרון
`;


/**
 * 1.8.0: Persian and Urdu given names as written in their script, read only between "من" and
 * "هستم" ("I am ... ", Persian) or "میں" and "ہوں" (Urdu), where an adjective or a noun also
 * stands ("من خسته هستم", I am tired): a word must be one of these to be read as a name there.
 */
export const PERSIAN_URDU_GIVEN_NAMES = `
مریم علی زهرا فاطمه محمد رضا حسین حسن سارا نگار مهدی حمید مجید سعید نازنین پریسا الهام نیلوفر آرش
بهرام کاوه مهسا یاسمن سمیرا لیلا امیر محسن مرتضی زینب نرگس شیوا آزاده بهناز فرناز پگاه نوید سیامک
شهرام پویا پیام سهیل احمد عباس جواد هادی ناصر کامران فرهاد داریوش کوروش ستاره مینا ترانه رویا
عمران عثمان بلال حمزہ عائشہ فاطمہ زینب ثنا حنا عمر اسد کامران شاہد ساجد عاصم راحیل
`;
