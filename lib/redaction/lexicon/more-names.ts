/**
 * 1.6.0: given names and surnames of cultures whose short names the earlier lists missed
 * (Wolof and other Senegambian, Akan and Ewe, Igbo, Yoruba, Hausa, Southern and East
 * African, Ethiopian, Vietnamese, romanised Korean and Chinese, South Indian, Turkish,
 * Persian). Written for this project from general knowledge; lower-case, space-separated.
 * Words that are also ordinary English words or acronyms ("an", "long", "son", "sim",
 * "fall", "tall", "sane") are left out on purpose: the Vietnamese pattern in person.ts
 * and cues catch those names instead.
 */

export const MORE_GIVEN_NAMES = `
ousmane fatou khady ndeye mariama cheikh ibrahima modou babacar aliou lamine pape seydou boubacar
saliou assane coumba astou bineta dieynaba marieme marième rokhaya sokhna yacine aissatou ramatoulaye
alioune mame serigne malick demba samba penda fama daba ndiaga issa seynabou maimouna djibril idrissa
amadou ousseynou abdou codou nogaye arame khadidiatou binta mamadou moustapha fallou ngoné ngone
akua esi kwasi kobina ekow fiifi adjoa yao kodjo koffi dzifa selorm elikem edem senam delali
enyonam mawuli sena afia akwasi yawa kafui
chidinma chinwe chioma ikechukwu uche uchenna ugochukwu amaka nneka somto obiageli tochukwu chinedu
chinyere ebere nkem ogechi onyinye chisom kamsi
adewale adeola bolanle damilola folake folasade funke kehinde taiwo segun tolulope titilayo abiodun
bimpe dayo gbenga jide kunle lanre niyi seun wale yinka tomiloba kikelomo ebiere oluwafemi
oluwakemi ayomide morenike adunni
aliyu bashir garba idris suleiman umaru yakubu hadiza jamila salisu shehu danjuma nasiru rabiu
lindiwe nomsa thandeka busisiwe mpho tshepo nandi ayanda nokuthula sizani zinhle siyabonga
haile tadesse abebe almaz tsegaye yohannes selam hirut dawit bereket kidist tigist mekdes
odhiambo atieno wairimu jepkosgei wambui kiprono
bao chau diep hoai hien hieu huy khang khoa lien ngan nghia nhan nhi oanh phat phong phuc quoc
quyen thinh tien toan trinh trong tung uyen vinh thuy trang diem nhung
jihoon jiwon jimin hyunwoo seungmin youngho sunghoon jinwoo dongha yejin soyoung hayoon subin
jiyoung jieun jaewon taeyang minseo seoyun chaewon dohyun jiho yerin
jiayi yifan zihan haoran yuxuan zixuan yutong junjie jianguo guoqiang xiuying guiying yufei
xiaohong zhiwei jianhua xiaolong yiming
deepa lakshmanan harini swathi sowmya bhavana ramya praveen senthil selvi meenakshi anusha vedanga
amrit kaveri murugan saravanan thilaga vignesh
ömer fatih serkan derya tuğba tugba özge ozge gökhan gokhan hakan volkan
kourosh behnam nasrin ladan azadeh soheila golnaz shahrzad
`;

export const MORE_SURNAMES = `
diop ndiaye gueye diallo faye sarr ndour mbaye seck cisse cissé niang thiam dieng diouf sall camara
toure touré traore traoré coulibaly keita konate konaté diagne mbengue ndoye sène thiaw samb kebe
badji diatta sagna mendy gomis sané diaw ndao mboup diakhate gning sylla
acheampong amponsah antwi asamoah badu darko donkor frimpong gyamfi kuffour nkrumah obeng oppong
quaye sarpong tetteh yeboah adjei agyei ansah danso kyei nyarko ampofo opoku
okonjo nwachukwu onyeka nnadi ugwu ezeh anyanwu nwankwo obiora
afolabi ajayi akinola ogunbanjo oladipo olatunji alabi awodiran ogundipe adesanya bakare fashola
ogunbiyi olaniyan oyewole salami
abdullahi lawal usman
trinh dinh truong luong doan quach
jeon baek heo kwak seong
bhat kulkarni deshpande patil shetty hegde ramachandran khanna arora sethi
güler guler ghorbani kazemi rostami akbari heydari nazari alavi
`;

/** 1.6.0: Ukrainian given names (the Russian forms are in name-lists.ts). */
export const UKRAINIAN_GIVEN_NAMES = `
олександр олексій андрій дмитро сергій юрій микола михайло василь петро іван тарас богдан ярослав
володимир віктор віталій григорій євген ігор олег павло роман степан остап назар максим артем денис
вадим анатолій олена оксана наталія ірина юлія тетяна людмила галина марія ольга світлана катерина
ганна софія вікторія дарина христина соломія леся зоряна уляна мирослава богдана
`;

/**
 * 1.6.0: given names that are also ordinary English words. They count as a first name only
 * before a word that is no ordinary word ("Eve Wuckert", "Frank Kong", "Poppy O'Neill"), never
 * before another ordinary word ("Summer sale", "Hope this helps"); 1.9.0: alone only after a
 * greeting or before "texted"/"said" ("Thanks Max!", "Jade just texted me").
 */
export const WORD_GIVEN_NAMES = `
eve frank poppy summer hope joy faith rose hunter april june holly hazel daisy lily violet jasmine
ruby pearl crystal dawn heaven honey melody sky storm ray will bill sandy rusty cliff dean jay miles
rod sonny blessing patience precious mercy comfort charity prince king major unique favour gift
peace victory wisdom goodness destiny river autumn ivy
max jade
`;
