/**
 * More given names and surnames, romanised, from cultures our first lists covered
 * thinly: Nordic, Dutch, Italian, Portuguese/Brazilian, Polish, Czech/Slovak, Balkan,
 * Hungarian, Romanian, Greek, Turkish, Persian, Arabic, South Asian, Southeast Asian,
 * East Asian, West/East/Southern African, Hispanic. Written for this project from
 * general knowledge (no generator or third-party labelled data). Lower-case.
 */

export const WORLD_GIVEN_NAMES = `
lars anders erik johan nils per sven olof bjorn björn magnus henrik fredrik mikael jonas oskar axel
gustav hugo viktor elias linnea astrid ingrid sigrid freja ebba elsa maja saga wilma alva tove karin
birgitta kerstin margareta agneta ulla annika malin jenny frida hanna ida emil mats stefan jesper
rasmus mads søren soren niels jens kasper mette pernille signe line camilla kirsten lene dorthe
ole knut arne bjarne geir terje trond eirik håkon haakon sindre kari liv solveig ragnhild siri
mikko jukka pekka timo antti juha matti heikki kari ville tuomas sanna aino eeva leena tiina minna
päivi paivi riikka satu johanna kaisa outi helmi
jeroen joost bram daan sem thijs ruben sander wouter pieter kees henk joris lotte sanne femke
marloes anouk lieke fleur noor esmee iris inge ilse maartje
alessio mattia gabriele tommaso simone emanuele stefano paolo massimo roberto claudio fabio
vincenzo salvatore pietro domenico angelo gianluca giorgio enrico carlo filippo beatrice sofia
elisa valeria silvia laura roberta alessandra cristina paola stefania simona ilaria noemi greta
gonçalo goncalo rui nuno duarte afonso tomás tomas diogo joaquim vasco inês ines mariana leonor
matilde carolina rita joana catarina raquel sara daniela
bernardo enzo heitor davi arthur murilo caio vinícius vinicius otávio otavio thiago rafaela
gabriela isadora lívia livia manuela yasmin clara alice helena valentina heloísa heloisa
wojciech kamil łukasz lukasz mateusz jakub bartosz dawid szymon grzegorz rafał rafal marcin
agnieszka katarzyna małgorzata malgorzata joanna magdalena monika ewa dorota beata zofia
maja oliwia aleksandra natalia weronika karolina
jiří jiri petr pavel tomáš martin lukáš lukas ondřej ondrej vojtěch vojtech jana eva hana lenka
kateřina katerina lucie tereza veronika markéta marketa barbora zuzana
luka marko ivan nikola stefan milan dragan zoran goran dejan nenad bojan ana jelena milica
marija ivana dragana snežana snezana
bence balázs balazs gábor gabor lászló laszlo zoltán zoltan istván istvan attila ádám adam
péter eszter katalin zsófia zsofia réka reka anikó aniko judit erzsébet erzsebet
andrei mihai alexandru ionuț ionut florin cristian bogdan adrian ioana elena andreea alexandra
cristina mihaela raluca irina oana
giorgos georgios dimitris nikos kostas yannis giannis christos panagiotis vasilis eleni maria
katerina sofia dimitra georgia
mehmet mustafa ahmet ali hüseyin huseyin hasan ibrahim ismail yusuf murat emre burak kemal
cem deniz emir arda efe kerem baran ayşe ayse fatma emine hatice zeynep elif merve özlem
ozlem esra büşra busra gül gul selin ebru
reza ali mohammad hossein mehdi amir hamid saeed majid arash babak farhad dariush kian maryam
zahra fatemeh narges shirin parisa roya leila niloufar
abdulrahman abdelaziz mahmoud mohamed youssef hisham tamer sherif amr ayman khaled adel nasser
salem saleh jamal anwar hani basel ziad fadi tarek sami nadia rana dina reem lina lamia sanaa
aarti abhishek ajay akshay alok amar amol anirudh ankit anupam arvind ashish bhavna chetan
deepika dinesh farhan ganesh gopal harsh hemant indira jaya jyoti kamal karan kunal madhu
mukesh naveen nitin pankaj parul piyush pranav prakash rakesh ramesh ritu rohit sagar sameer
sandhya santosh shweta siddharth sonia sumit swati tanvi uday vandana vinay vishal yogesh
anjali sangeeta lakshmi padma rukmini venkatesh srinivas murali arjun balaji karthik
nguyen anh binh chi cuong dung duc giang hanh hieu hoa hoang hung huong khanh lan linh
 mai minh nga ngoc nhung phuong quang quynh thanh thao thi thu thuy trang
trung tuan tuyet viet vy xuan
agus budi dewi eko hadi indra joko putri rizky sari siti slamet wahyu yanti ayu bambang
jose maria juan andres angelica kristine rhea jericho
hyun jae jin seung min soo young ji hye eun sung dong woo hee kyung jung
hiroki kenta yuta ryo takumi sho naoki shun yuka ayaka mai nanami aya saki miyu
xiao wen hui jia zhi qing lan yun fei ming rui tian xue
adebayo ayodele babatunde chukwuemeka chinonso ebuka ifeanyi kelechi nkechi oluwatobi temitope
tobi yetunde aminu bello musa ibrahim sani usman abubakar aisha hauwa zainab fatima
kofi kojo kwabena kwaku yaa efua adwoa afua
thandiwe nomvula sibusiso sibusiso bongani lwazi mandla nkosinathi zodwa palesa tumelo
wambui akinyi auma kipchoge chebet wafula njoroge nyambura
alejandro álvaro alvaro ignacio gonzalo rodrigo nicolás nicolas martín emilio julián julian
agustín agustin tomás catalina florencia agustina josefina constanza renata regina ximena
fernanda alejandra guadalupe itzel yolanda esperanza consuelo rocío rocio
`;

export const WORLD_SURNAMES = `
andersson johansson karlsson nilsson eriksson larsson olsson persson svensson gustafsson
pettersson jonsson jansson hansson bengtsson lindberg lindgren lindqvist berg bergström
nielsen jensen hansen pedersen andersen christensen rasmussen jørgensen jorgensen madsen
johansen olsen solberg haugen bakken
korhonen virtanen mäkinen makinen nieminen mäkelä makela hämäläinen laine heikkinen koskinen
järvinen jarvinen lehtonen lehtinen
de jong jansen de vries den berg dijk bakker janssen visser smit meijer de boer mulder
de groot bos vos peters hendriks dekker brouwer de wit dijkstra
rossi russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo conti
de luca mancini costa giordano rizzo lombardi moretti barbieri fontana santoro mariani rinaldi
caruso ferrara galli martini leone longo gentile martinelli vitale lombardo serra coppola
silva santos oliveira souza sousa rodrigues ferreira alves pereira lima gomes costa ribeiro
martins carvalho almeida lopes soares fernandes vieira barbosa rocha dias nascimento andrade
moreira nunes marques machado mendes freitas cardoso ramos gonçalves goncalves teixeira
nowak kowalski wiśniewski wisniewski wójcik wojcik kowalczyk kamiński kaminski lewandowski
zieliński zielinski szymański szymanski woźniak wozniak dąbrowski dabrowski kozłowski kozlowski
jankowski mazur kwiatkowski krawczyk piotrowski grabowski nowakowski pawłowski michalski
novák novak svoboda novotný novotny dvořák dvorak černý cerny procházka prochazka kučera kucera
veselý vesely horák horak němec nemec
horvat kovačević kovacevic babić babic marić maric jurić juric novak petrović petrovic
jovanović jovanovic nikolić nikolic marković markovic đorđević djordjevic stojanović
nagy kovács kovacs tóth toth szabó szabo horváth horvath varga kiss molnár molnar németh nemeth
farkas balogh papp takács takacs juhász juhasz
popescu ionescu popa pop radu dumitru stan stoica gheorghe matei ciobanu constantin
papadopoulos papadakis georgiou dimitriou nikolaou konstantinou ioannou pappas
yılmaz yilmaz kaya demir şahin sahin çelik celik yıldız yildiz yıldırım yildirim öztürk ozturk
aydın aydin özdemir ozdemir arslan doğan dogan kılıç kilic aslan çetin cetin kara koç koc kurt
özkan ozkan şimşek simsek polat korkmaz erdoğan erdogan
hosseini mohammadi ahmadi rezaei moradi karimi jafari rahimi hashemi mousavi sadeghi
haddad khoury nasser hamdan saleh mansour aziz rahman hussain hussein qureshi siddiqui malik
chaudhry sheikh ansari farooq iqbal shah mirza butt
sharma verma gupta singh kumar patel shah mehta joshi desai iyer nair menon reddy rao naidu
pillai kapoor malhotra chopra bhatia saxena agarwal aggarwal bansal jain sinha mishra pandey
tiwari dubey yadav chauhan thakur rathore banerjee chatterjee mukherjee das bose ghosh sen
dutta roy chakraborty krishnan subramanian venkataraman ramakrishnan natarajan
nguyen tran pham hoang huynh phan vu vo dang bui ngo duong ly
santoso wijaya halim gunawan susanto pratama kusuma hidayat saputra setiawan
reyes cruz bautista ocampo garcia mendoza villanueva aquino castillo dela cruz
kim lee park choi jung kang cho yoon jang lim han seo shin kwon hwang ahn ryu hong
sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada
sasaki yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto
wang li zhang liu chen yang huang zhao wu zhou xu sun zhu guo gao lin luo zheng liang
xie tang xu han feng deng cao peng zeng xiao tian dong yuan pan jiang cai
okafor okonkwo okeke eze nwosu adeyemi adebayo ogunleye olawale balogun bello abubakar
mohammed ibrahim yusuf danjuma okoro obi nnamdi chukwu emenike akande adeleke oyelaran
mensah asante owusu boateng appiah osei agyeman ofori amoah addo
dlamini nkosi ndlovu khumalo mokoena mthembu zulu ngcobo mahlangu sithole
otieno odhiambo ochieng kamau mwangi njoroge kariuki wanjiru kiprop kipchoge
garcía garcia rodríguez rodriguez martínez martinez hernández hernandez lópez lopez gonzález
gonzalez pérez perez sánchez sanchez ramírez ramirez torres flores rivera gómez gomez díaz diaz
morales ortiz gutiérrez gutierrez chávez chavez ramos ruiz jiménez jimenez álvarez alvarez
moreno romero vargas castro mendoza herrera medina aguilar vega guerrero
`;
