/**
 * Hand-written lists of common given names and surnames from many cultures. They
 * supplement compromise's lexicon, which is English-leaning. Lower-case, space-separated.
 * Written for this project (no third-party labelled data); extend freely.
 */

export const GIVEN_NAMES = `
aarav aditi aditya akash amit amita ananya anil anjali arjun aryan deepak devi divya gaurav ishaan kavya
krishna lakshmi manish meera mohan neha nikhil pooja pradeep priya rahul raj rajesh ravi rohan sanjay sara
shreya sunil sunita suresh vijay vikram vivek yash anand arun ashok geeta harish kiran lalit mahesh nisha
preeti rekha sachin sandeep seema shanti shiv smita sneha sushma tarun uma usha varun vinod zoya
wei fang jing li min ming hui xiu ying yan hong jun lei hao yu xin jie tao bo chen yang ling na qiang
xiaoming xiaoling jian zhen mei lin hua ping
haruto yuto sota yuki hina yui aoi sakura hiroshi takeshi kenji akira yuko keiko naoko satoshi kazuki
ren riku haruka misaki yusuke daiki shota kaito mio rin emi ayumi
minjun seojun jiho jiwoo seoyeon jisoo minji hyun jiyeon eunji sungmin jaehyun dongwook hyejin soyeon
mohammed muhammad mohammad ahmed ahmad ali hassan hussein omar umar khalid yusuf youssef ibrahim karim
mustafa tariq bilal hamza zaid amir samir nabil rami fatima aisha ayesha khadija maryam zainab layla leila
noor nour amina yasmin salma huda rania hana samira farah mariam abdullah abdul rashid walid faisal
oluwaseun chidi chinedu emeka ngozi adaeze amara kwame kofi ama akosua abena yaw kwesi tunde bola femi
yemi funmilayo olumide chiamaka obinna ifeoma nnamdi thabo sipho themba lerato naledi zanele kagiso
wanjiru wanjiku kamau otieno achieng njeri mwangi baraka zawadi amani imani juma halima
jose josé juan carlos luis miguel javier alejandro diego pablo sergio andrés andres fernando jorge
manuel rafael ricardo eduardo raúl raul mateo santiago sebastián sebastian valentina camila lucía lucia
sofía sofia isabella martina daniela gabriela mariana paula carmen rosa pilar dolores guadalupe ximena
joão joao pedro tiago thiago gustavo rodrigo felipe bruno lucas matheus gabriel beatriz ana luísa luisa
fernanda juliana larissa letícia leticia vitória vitoria renata mateus davi heitor vinícius vinicius giovana giovanna
jean pierre jacques françois francois louis henri étienne etienne guillaume mathieu théo theo hugo
antoine nicolas olivier sébastien thierry benoît benoit amélie amelie chloé chloe léa lea manon camille
margaux océane oceane élodie elodie sophie céline celine isabelle nathalie brigitte
hans klaus jürgen jurgen dieter wolfgang helmut uwe günter gunter stefan matthias florian tobias lukas
jonas felix maximilian leon finn moritz niklas jannik greta hannah lena leonie lina mia emma ursula
gisela helga ingrid sabine petra birgit anke heike
giuseppe giovanni francesco antonio alessandro lorenzo matteo leonardo andrea marco luca davide riccardo
giulia chiara francesca alessia federica elena sara martina aurora ginevra
jan piotr paweł pawel krzysztof tomasz andrzej marek michał michal katarzyna agnieszka małgorzata
malgorzata magdalena joanna zofia jakub kacper wojciech
ivan dmitri dmitry sergei sergey alexei alexey andrei andrey mikhail nikolai vladimir yuri oleg igor
boris pavel anastasia natalia natasha olga tatiana svetlana irina ekaterina yekaterina elena ksenia
oksana yulia daria darya polina
lars nils erik anders sven björn bjorn magnus oskar axel henrik johan mikael astrid ingrid sigrid freya
linnea elsa maja saga ebba annika kirsten solveig søren soren mads rasmus freja
mehmet mustafa ahmet ali hüseyin huseyin emre burak can cem murat ayşe ayse fatma zeynep elif emine
merve büşra busra
nguyen minh anh linh trang thao huong tuan duc hung quang thanh phuong
dimitris giorgos nikos yannis kostas eleni maria katerina sofia
sean seán liam niamh siobhan aoife ciara cian oisin oisín padraig pádraig eoin
aroha tane mere hemi
kalani keoni leilani
`;

export const SURNAMES = `
sharma patel singh kumar gupta reddy rao iyer iyengar nair menon pillai das banerjee chatterjee mukherjee
bose ghosh sen verma mehta shah joshi desai kapoor malhotra chopra agarwal aggarwal bhatt trivedi pandey
mishra tiwari yadav chauhan thakur naidu krishnan subramanian venkatesh raghunathan srinivasan
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song
tang han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng wei lu ding shen yao
lam wong chan cheung leung ng tsang kwok chow
sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki
yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto ishikawa ogawa
kim lee park choi jung jeong kang cho yoon yun jang lim han oh seo shin kwon hwang ahn song ryu hong
al-sayed al-rashid al-farsi al-hashimi haddad khoury nasser saleh mansour hamdan aziz rahman hussain
hussein qureshi siddiqui chaudhry chaudhary malik akhtar iqbal butt sheikh ansari khan
okafor okonkwo okeke eze nwosu adeyemi adebayo ogunleye balogun mensah owusu boateng asante osei
mwangi kamau otieno ochieng kariuki njoroge mutua banda phiri dlamini nkosi ndlovu khumalo mokoena
garcía garcia rodríguez rodriguez martínez martinez hernández hernandez lópez lopez gonzález gonzalez
pérez perez sánchez sanchez ramírez ramirez torres flores rivera gómez gomez díaz diaz reyes morales
cruz ortiz gutiérrez gutierrez chávez chavez ramos ruiz álvarez alvarez mendoza castillo jiménez jimenez
moreno romero herrera medina aguilar vargas castro guzmán guzman muñoz munoz rojas navarro domínguez
silva santos oliveira souza sousa lima pereira ferreira costa carvalho almeida ribeiro rodrigues
martins gomes barbosa araújo araujo cardoso rocha dias teixeira correia
martin bernard dubois durand lefebvre leroy moreau simon laurent michel garnier faure rousseau
blanc guerin muller fournier girard bonnet dupont lambert fontaine chevalier robin mercier
müller schmidt schneider fischer weber meyer wagner becker schulz hoffmann schäfer schafer koch
bauer richter klein wolf schröder schroder neumann schwarz zimmermann braun krüger kruger hofmann
hartmann lange schmitt werner krause lehmann köhler kohler
rossi russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo conti
de luca mancini costa giordano rizzo lombardi moretti barbieri fontana santoro mariani
nowak kowalski kowalska wiśniewski wisniewski wójcik wojcik kowalczyk kamiński kaminski
lewandowski zieliński zielinski szymański szymanski woźniak wozniak dąbrowski dabrowski
ivanov ivanova smirnov smirnova kuznetsov kuznetsova popov popova volkov volkova sokolov
petrov petrova mikhailov fedorov morozov novikov pavlov kozlov lebedev orlov
shevchenko kovalenko bondarenko tkachenko kravchenko melnyk
johansson andersson karlsson nilsson eriksson larsson olsson persson svensson gustafsson
hansen johansen olsen larsen andersen pedersen nielsen jensen kristensen christensen
virtanen korhonen nieminen mäkinen makinen hämäläinen
yılmaz yilmaz kaya demir şahin sahin çelik celik yıldız yildiz aydın aydin öztürk ozturk arslan
doğan dogan kılıç kilic
nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly
papadopoulos papadopoulou georgiou nikolaidis konstantinidis pappas
murphy kelly o'brien obrien byrne ryan o'sullivan walsh o'connor mccarthy doyle gallagher
smith johnson williams brown jones miller davis wilson anderson taylor thomas moore jackson
white harris thompson clark lewis robinson walker young allen wright scott green baker adams
nelson hill campbell mitchell roberts carter phillips evans turner parker collins edwards stewart
morris murray cook rogers morgan cooper peterson bailey reed howard cox ward richardson watson
brooks wood james bennett gray hughes price sanders myers long ross foster powell jenkins perry
russell sullivan bell coleman butler henderson barnes fisher vasquez simmons graham hayes
`;

/** Titles that introduce a name; the title itself is not part of the PERSON span. */
export const HONORIFICS = `
mr mrs ms miss mx dr prof professor sir dame lord lady madam madame mme mlle monsieur herr frau
señor senor señora senora sr sra srta don doña dona sig sig.ra signor signora dott rev reverend fr
father sister brother pastor rabbi imam sheikh shaikh capt captain col colonel gen general lt sgt
officer det detective judge justice hon dear
dhr mevr mevrouw meneer heer fru hr pan pani paní panna panem pana panu panią panie ing mgr mudr bc phdr judr doc dipl sayın bay bayan
g-n g-zha gospodin gospozha господин госпожа г-н г-жа κ κος κα κύριος κυρία pak bu ibu bapak ông bà
bey hanım hanim xanım efendi herrn κύριε doctora dra dottoressa licenciado licenciada ingeniero ingeniera
dña sñr sñra d-ro d-ino s-ro s-ino k-gs k-dze kgs kdze mag dott.ssa dottoressa avv ing. arch
anh chị cô chú bác thầy
`;

/** Lower-case particles inside names: "Ludwig van Beethoven", "Ana de la Cruz". */
export const NAME_PARTICLES = `
van von der den de del della di da das dos du la le ter ten zu bin binti bint ibn ben al el abu y e
`;

/** Suffixes that only surnames carry, used when a name is in no list. */
export const SURNAME_SUFFIXES = [
  "son", "sson", "sen", "ez", "es", "escu", "ski", "ska", "sky", "wicz", "vich", "vic", "ović",
  "ovic", "ić", "enko", "yan", "ian", "oglu", "oğlu", "ashvili", "dze", "poulos", "opoulos", "akis",
  "elli", "etti", "ini", "ucci", "mann", "stein", "ov", "ova", "ev", "eva", "in", "ina", "ski",
  "ová", "ek", "ak", "uk", "chuk", "berg", "ström", "strom", "quist", "qvist", "nen", "ishi", "moto",
  "yama", "kawa", "mura", "naka", "bayashi", "ura",
  // 1.4.0: Central and Eastern Europe, the Baltics, the Nordics, Greece and the Caucasus in Latin
  // script, then Cyrillic and Greek letters (surnames and patronymics).
  "ová", "ská", "cká", "ský", "cký", "czyk", "owski", "ewski", "iński", "yński", "icz", "escu", "eanu", "aru",
  "ienė", "ienė", "aitė", "ytė", "ūtė", "auskas", "auskienė", "evičius", "avičius", "onis", "ūnas", "iņš", "iņa",
  "ējs", "dóttir", "dottir", "sdóttir", "lainen", "läinen", "ström", "gren", "lund", "dahl", "holm", "quist",
  "opoulos", "poulou", "idis", "ides", "iadis", "akis", "akos", "atos", "eas", "ashvili", "shvili", "iani", "uri",
  "yan", "yants", "unts", "oğlu", "ović", "ević", "ić", "ič", "vić",
  "ов", "ова", "ев", "ева", "ёв", "ёва", "ин", "ина", "ын", "ына", "ский", "ская", "цкий", "цкая", "ський",
  "ська", "цький", "цька", "енко", "ук", "юк", "чук", "ич", "вич", "ович", "евич", "овна", "евна", "івна",
  "ївна", "ична", "інична", "ски", "ска", "оски", "ян", "янц", "швили", "дзе", "ов", "ић",
  // 1.6.0: the same Cyrillic surnames and patronymics in the other grammatical cases ("Кузнецову",
  // "Ивановой", "Бондаренка", "Петровичу").
  "ову", "овой", "ова", "ому", "евой", "еву", "иной", "ину", "енка", "енку", "ського", "ської", "ському",
  "ского", "ской", "скому", "овича", "овичу", "евича", "евичу", "овной", "овны", "івни", "івною", "ука", "уку",
  "όπουλος", "οπούλου", "ίδης", "ίδου", "ιάδης", "άκης", "άκη", "άτος", "ίου", "άκος", "ούδης", "αίος", "έας",
];

/** Letter-case-free scripts: frequent family names that start a personal name. */
export const CJK_SURNAMES = "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鐘谭譚陆陸汪范金石廖贾賈夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
export const JAPANESE_SURNAMES = "佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 斎藤 清水 山崎 森 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 斉藤 福田 太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 原 内田 柴田 酒井 宮崎 横山 高木 安藤 宮本 大野 小島 工藤 谷口 今井 高田 丸山 増田 杉山 村田 大塚 小山 平野 藤本 河野 上野 野口 武田 松井 千葉 岩崎 菅原 木下 久保 佐野 野村 松尾 菊地 杉本 市川 大西 古川 島田 水野 桜井 高野 渡部 吉川 山内 西田 飯田 菊池 西川 小松 北村 安田 五十嵐 川口 平田 関 中田 久保田 服部 東 岩田 土屋 川崎 福島 本田 辻 樋口 秋山 田口 永井 山中 中西 吉村 川上 石原 大橋 松岡 馬場 浜田 森本 星野 矢野 浅野 大久保 松下 吉井 小池 野田 荒木 大谷 内藤 松村 熊谷 黒田";
export const KOREAN_SURNAMES = "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 유 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용";
export const ARABIC_SCRIPT_NAMES = "محمد أحمد احمد علي حسن حسين عمر خالد يوسف إبراهيم ابراهيم عبد عبدالله مصطفى طارق سامي كريم فاطمة عائشة مريم زينب نور سارة ليلى هدى أمينة آمنة ياسمين سلمى رانيا سمير نبيل وليد فيصل رشيد حمزة بلال زيد أمير";
export const CYRILLIC_NAMES = "александр алексей андрей антон артём артем борис вадим виктор владимир дмитрий евгений иван игорь кирилл константин максим михаил николай олег павел пётр петр роман сергей юрий ярослав анна анастасия александра валентина вера галина дарья екатерина елена ирина ксения людмила марина мария наталья наталия ольга полина светлана софия татьяна юлия оксана тарас богдан";

/**
 * 1.6.0: rarer Han family names (and Korean ones) whose characters are also common words
 * (温 warm, 关 close, 文 writing): read as a family name only after a person cue or before a
 * title ("我是温浩轩", "关经理"), never alone.
 */
export const CJK_SURNAMES_CUED = "温葛关耿颜柴阎康易常乔赖文庞樊兰殷施洪翟安倪牛芦季俞章鲁伍申尤毕聂丛焦柳邢路岳齐梅庄辛管祝左涂谷祁时舒牟卜詹苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍霍翁隋甘景薄单包司柏宁柯阮桂闵解强华车冉房边辜吉饶刁瞿戚丘古米池滕晋苑邬臧畅宫缪苟全褚廉简娄盖符奚木穆党燕郎邸冀谈姬屠连郜晏栾郁商蒙喻揭窦迟宇敖糜鄢冷卓花仇艾蓝巩井仲乐虞卞封竺冼原官衣楚佟栗匡宗应巫鞠桑荆银沙伏岑习胥和蔺云昌凤皮元平萧湛禹贝茅麻骆支裘幸麦双";
export const KOREAN_SURNAMES_RARE = "복 가 두 예 단 봉 승 견 사 남궁 황보 제갈 선우 독고 사공 서문 라 태 빈 상 판 온 호 범 팽 간 경 곡 시 어 은 옥 탁 편 국 제 육 인 반 왕 금 기";
