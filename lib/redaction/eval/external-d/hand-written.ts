/**
 * Corpus D, hand-written part: sentences of the kind people type to an assistant or a support
 * desk, written for this corpus in many languages. Labels are inline, ⟦TYPE|value⟧, so each line
 * reads as the person typed it; the parser strips the marks and records the offsets.
 */
import type { ExternalSample, ExternalType, TextKind } from "../external/sample";

const CODES: Record<string, ExternalType> = {
  P: "PERSON", L: "LOCATION", D: "DATE_TIME", E: "EMAIL_ADDRESS", T: "PHONE_NUMBER", C: "CREDIT_CARD",
  I: "IBAN_CODE", S: "SECRET", ID: "ID", U: "URL", IP: "IP_ADDRESS", SSN: "US_SSN",
};

type Line = [lang: string, kind: TextKind, text: string];

const LINES: Line[] = [
  // English
  ["en", "chat", "can you write a thank-you note to ⟦P|Priya⟧ for covering my shift last week"],
  ["en", "chat", "my mums name is ⟦P|margaret o'neill⟧ and she was born ⟦D|14/02/1951⟧, need it for the nursing home form"],
  ["en", "chat", "I'm locked out. username ⟦ID|dkowalczyk⟧ pw ⟦S|Bluebird!1987⟧ – plz help"],
  ["en", "chat", "Dr. ⟦P|Okafor⟧ moved my appointment to ⟦D|Tuesday 3rd March at 10:15⟧, can you add it to my calendar"],
  ["en", "chat", "we're at ⟦L|Flat 2, 17 Marchmont Crescent⟧, ⟦L|Edinburgh EH9 1HE⟧ if the courier asks"],
  ["en", "email", "Hi ⟦P|Tom⟧, the new starter is ⟦P|Chloe Basset⟧ (employee no. ⟦ID|40318⟧). Her desk is next to ⟦P|Raj⟧'s."],
  ["en", "chat", "routing number ⟦ID|021000021⟧ and account ⟦ID|4402918835⟧, is that enough for a direct deposit?"],
  ["en", "chat", "born in ⟦D|1984⟧ in ⟦L|Wagga Wagga⟧, moved to ⟦L|Perth⟧ at six. write a short bio for me"],
  ["en", "incident", "User ⟦P|Jasmine Ortiz⟧ (⟦E|jaz.ortiz@fastmail.com⟧) says the SMS code goes to ⟦T|(415) 555-0178⟧, an old number."],
  ["en", "chat", "what does it mean when the card ⟦C|4532 0188 7612 3408⟧ says 'do not honor'"],
  ["en", "chat", "is it rude to call my boss ⟦P|Bill⟧ instead of Mr ⟦P|Hendricks⟧?"],
  ["en", "chat", "Please explain the difference between a will and a trust."],
  ["en", "chat", "my SSN is ⟦SSN|512-44-9083⟧, is it safe to give it to the landlord?"],
  ["en", "address", "SHIP TO: ⟦P|ALAN MCBRIDE⟧, ⟦L|4410 W 3RD ST APT 12⟧, ⟦L|LOS ANGELES CA 90020⟧"],
  ["en", "chat", "linkedin: ⟦U|linkedin.com/in/sofia-marchetti-pm⟧ – can u rewrite my headline"],
  ["en", "chat", "The server at ⟦IP|203.0.113.77⟧ keeps rejecting my login, its my home IP"],
  ["en", "chat", "Remind me that ⟦P|Kwame⟧ and ⟦P|Efua⟧'s wedding is on ⟦D|12 June⟧."],
  ["en", "chat", "How do I convert a PDF to Word without losing the tables?"],
  ["en", "incident", "passport no. ⟦ID|533876210⟧ expired, customer ⟦P|Liam Brennan⟧ rebooked for the ⟦D|19th⟧"],
  ["en", "chat", "pls tell ⟦P|grace⟧ the password for the wifi is ⟦S|tortoise-lamp-42⟧"],
  ["en", "chat", "Write a polite reminder that rent is due on the first of the month."],
  ["en", "record", "Name: ⟦P|Harriet Vane⟧\nDOB: ⟦D|03-11-1979⟧\nNHS no: ⟦ID|485 777 3456⟧\nGP: Dr ⟦P|Wimsey⟧"],
  // German
  ["de", "chat", "Kannst du für Oma ⟦P|Hildegard⟧ einen Brief zum 90. schreiben? Sie wird am ⟦D|3. Mai⟧ neunzig."],
  ["de", "chat", "ich wohne jetzt in der ⟦L|Kastanienallee 12⟧, ⟦L|10435 Berlin⟧, vorher ⟦L|Gotha⟧"],
  ["de", "chat", "Das Passwort lautet ⟦S|Rheinblick#2019⟧, bitte nicht weitergeben"],
  ["de", "email", "Sehr geehrter Herr ⟦P|Brandstätter⟧, anbei meine Steuer-ID ⟦ID|47 036 892 815⟧. Mit freundlichen Grüßen ⟦P|Ines Kühn⟧"],
  ["de", "chat", "⟦P|Jürgens⟧ Frau hat angerufen, Rückruf unter ⟦T|0171 4439021⟧"],
  ["de", "chat", "Überweisung bitte an ⟦I|DE62 3704 0044 0532 0138 74⟧, Verwendungszweck egal"],
  ["de", "chat", "Wie berechne ich die Grunderwerbsteuer in Bayern?"],
  ["de", "incident", "Versichertennummer ⟦ID|K219438751⟧, Patientin ⟦P|Sabine Ebert⟧, stationäre Aufnahme am ⟦D|17.01.2027⟧"],
  ["de", "chat", "geboren ⟦D|1.7.88⟧ in ⟦L|Wanne-Eickel⟧, reicht das für den Lebenslauf?"],
  ["de", "chat", "Fass bitte die wichtigsten Punkte der DSGVO kurz zusammen."],
  ["de", "address", "Familie ⟦P|Özdemir⟧\n⟦L|Am Hang 3a⟧\n⟦L|88142 Wasserburg (Bodensee)⟧"],
  // French
  ["fr", "chat", "rédige un mot pour le départ de ⟦P|Mathilde⟧, elle part à la retraite le ⟦D|30 juin⟧"],
  ["fr", "chat", "mon adresse : ⟦L|12 bis, rue des Tanneurs⟧, ⟦L|67000 Strasbourg⟧"],
  ["fr", "chat", "le code du wifi c'est ⟦S|Chouquette_77⟧, tu peux le mettre dans le message ?"],
  ["fr", "email", "Bonjour Mme ⟦P|Lefèvre⟧, mon numéro de sécurité sociale est ⟦ID|2 85 07 75 112 048 33⟧. Cordialement, ⟦P|Yasmine Haddad⟧"],
  ["fr", "chat", "mon IBAN ⟦I|FR14 2004 1010 0505 0001 3M02 606⟧, c'est pour le virement du loyer"],
  ["fr", "chat", "Quelle est la meilleure façon d'apprendre le solfège à quarante ans ?"],
  ["fr", "chat", "j'ai rdv chez le dentiste le ⟦D|mardi 9 mars à 14h⟧, tu peux me le rappeler ?"],
  ["fr", "incident", "Le client ⟦P|Benoît Charrier⟧ (n° adhérent ⟦ID|FR-884102⟧) appelle depuis le ⟦T|06 12 48 93 07⟧."],
  // Spanish
  ["es", "chat", "escríbele a ⟦P|Lupita⟧ que la fiesta es en casa de ⟦P|Toño⟧ el ⟦D|sábado 14⟧"],
  ["es", "chat", "vivo en ⟦L|C/ Mayor, 23, 3º B⟧, ⟦L|28013 Madrid⟧"],
  ["es", "chat", "mi contraseña del banco es ⟦S|Perrito2020$⟧ y me la bloquearon"],
  ["es", "chat", "mi NIE es ⟦ID|Y4821930K⟧, ¿sirve para abrir cuenta?"],
  ["es", "email", "Estimado Sr. ⟦P|Gutiérrez⟧: le confirmo la cita del ⟦D|lunes 2 de febrero⟧. Atte., ⟦P|Carmen Ríos⟧"],
  ["es", "chat", "¿Cuánto tiempo hay que hervir un huevo para que quede pasado por agua?"],
  ["es", "chat", "la tarjeta ⟦C|5426 1300 9876 5431⟧ me la cobraron dos veces"],
  ["es", "address", "Sra. ⟦P|Rosario Villalba⟧\n⟦L|Av. Insurgentes Sur 1602, Int. 4⟧\n⟦L|Col. Crédito Constructor⟧\n⟦L|03940 Ciudad de México, CDMX⟧"],
  // Italian
  ["it", "chat", "scrivi due righe per il compleanno di ⟦P|Giulia⟧, compie gli anni il ⟦D|7 settembre⟧"],
  ["it", "chat", "abito in ⟦L|via Garibaldi 15⟧, ⟦L|40124 Bologna⟧, scala B"],
  ["it", "chat", "la mia password è ⟦S|Gattino.2021⟧ ma non mi fa entrare"],
  ["it", "chat", "il codice fiscale di mio padre è ⟦ID|RSSMRA52C14F205Y⟧"],
  ["it", "chat", "Come si prepara una buona carbonara senza panna?"],
  ["it", "email", "Gentile dott. ⟦P|Ferri⟧, il ricovero di mia madre ⟦P|Anna Colombo⟧ è previsto per il ⟦D|12/04/2027⟧. Saluti, ⟦P|Luca⟧"],
  // Portuguese
  ["pt", "chat", "escreve uma mensagem para a Dona ⟦P|Fátima⟧, ela faz 80 anos no ⟦D|dia 22⟧"],
  ["pt", "chat", "moro na ⟦L|Rua das Flores, 118, 2º Esq.⟧, ⟦L|4050-262 Porto⟧"],
  ["pt", "chat", "meu CPF é ⟦ID|318.447.592-06⟧ e a senha do app é ⟦S|Mengao1981⟧"],
  ["pt", "chat", "Qual é a diferença entre juros simples e compostos?"],
  ["pt", "chat", "o ⟦P|Joãozinho⟧ nasceu em ⟦D|03/08/2019⟧, preciso da certidão"],
  // Dutch
  ["nl", "chat", "schrijf een kaartje voor ⟦P|Sanne⟧, ze is ⟦D|vrijdag⟧ jarig"],
  ["nl", "chat", "mijn adres is ⟦L|Prinsengracht 263-1⟧, ⟦L|1016 GV Amsterdam⟧"],
  ["nl", "chat", "wachtwoord: ⟦S|Fietsbel88!⟧ en BSN ⟦ID|172394856⟧"],
  ["nl", "chat", "Hoe lang moet ik aardappels koken?"],
  ["nl", "email", "Beste meneer ⟦P|De Vries⟧, mijn rekeningnummer is ⟦I|NL64 RABO 0318 8264 57⟧. Groet, ⟦P|Femke⟧"],
  // Polish
  ["pl", "chat", "napisz życzenia dla ⟦P|Kasi⟧ i ⟦P|Tomka⟧ z okazji ślubu"],
  ["pl", "chat", "mieszkam na ⟦L|ul. Piotrkowskiej 104 m. 7⟧, ⟦L|90-926 Łódź⟧"],
  ["pl", "chat", "hasło do konta to ⟦S|Krakowiak77⟧, a PESEL ⟦ID|85071203456⟧"],
  ["pl", "chat", "Pani ⟦P|Nowakowa⟧ prosiła o przełożenie wizyty na ⟦D|15 marca⟧"],
  ["pl", "chat", "Jak obliczyć podatek od sprzedaży mieszkania?"],
  ["pl", "chat", "przelej na ⟦I|PL74 2490 2001 0000 0820 3197 5406⟧ tytułem czynsz"],
  // Swedish, Danish, Norwegian, Finnish
  ["sv", "chat", "skriv ett grattis till ⟦P|Elsa⟧, hon fyller 40 den ⟦D|4 april⟧"],
  ["sv", "chat", "jag bor på ⟦L|Storgatan 9 lgh 1102⟧, ⟦L|852 30 Sundsvall⟧"],
  ["sv", "chat", "mitt personnummer är ⟦ID|19860412-3381⟧ och lösenordet ⟦S|Midsommar86⟧"],
  ["sv", "chat", "Vad är skillnaden mellan ISK och kapitalförsäkring?"],
  ["da", "chat", "⟦P|Mettes⟧ fødselsdag er ⟦D|11. november⟧, skriv en hilsen"],
  ["da", "chat", "adressen er ⟦L|Nørrebrogade 44, 3. th.⟧, ⟦L|2200 København N⟧"],
  ["da", "chat", "mit CPR er ⟦ID|120385-1247⟧, er det nødvendigt?"],
  ["nb", "chat", "skriv en hilsen til ⟦P|Ingrid⟧ og ⟦P|Ola⟧, de flytter til ⟦L|Tromsø⟧"],
  ["nb", "chat", "passordet er ⟦S|Fjellvann2024⟧ hvis du trenger det"],
  ["nb", "chat", "Hvordan søker jeg om barnehageplass?"],
  ["fi", "chat", "kirjoita onnittelu ⟦P|Mikolle⟧, hän täyttää 50 ⟦D|18.6.⟧"],
  ["fi", "chat", "asun osoitteessa ⟦L|Hämeenkatu 14 B 22⟧, ⟦L|33100 Tampere⟧"],
  ["fi", "chat", "hetu ⟦ID|120482-115T⟧, salasana ⟦S|Mökki2022⟧"],
  ["fi", "chat", "Miten lasken asuntolainan korot?"],
  // Czech, Slovak, Hungarian, Romanian, Croatian, Slovenian
  ["cs", "chat", "napiš přání pro ⟦P|Petru⟧, slaví ⟦D|12. října⟧"],
  ["cs", "chat", "bydlím v ⟦L|Husova 1189/7⟧, ⟦L|602 00 Brno⟧"],
  ["cs", "chat", "heslo je ⟦S|Pivo12345⟧ a rodné číslo ⟦ID|860412/3387⟧"],
  ["sk", "chat", "zavolaj pánovi ⟦P|Horváthovi⟧ na ⟦T|0905 123 884⟧"],
  ["sk", "chat", "Ako sa vybavuje cestovný pas pre dieťa?"],
  ["hu", "chat", "írj köszöntőt ⟦P|Zsuzsának⟧, ⟦D|május 8-án⟧ lesz a születésnapja"],
  ["hu", "chat", "a címem ⟦L|1052 Budapest, Váci utca 19. 3/2⟧"],
  ["hu", "chat", "a jelszavam ⟦S|Balaton2019⟧, az adóazonosítóm ⟦ID|8412345678⟧"],
  ["ro", "chat", "scrie-i lui ⟦P|Andrei⟧ că ne vedem la ⟦L|Cluj⟧ pe ⟦D|14 august⟧"],
  ["ro", "chat", "stau pe ⟦L|Str. Lalelelor nr. 7, bl. A2, ap. 14⟧, ⟦L|Iași⟧"],
  ["ro", "chat", "parola e ⟦S|Dacia1300!⟧ si CNP ⟦ID|1880512223344⟧"],
  ["hr", "chat", "napiši čestitku za ⟦P|Ivanu⟧, rođendan joj je ⟦D|2. srpnja⟧"],
  ["hr", "chat", "adresa: ⟦L|Ilica 242⟧, ⟦L|10000 Zagreb⟧"],
  ["sl", "chat", "moje geslo je ⟦S|Triglav_1991⟧, EMŠO ⟦ID|1204986500123⟧"],
  // Turkish
  ["tr", "chat", "⟦P|Ayşe⟧'ye doğum günü mesajı yaz, ⟦D|23 Nisan⟧'da 30 yaşına giriyor"],
  ["tr", "chat", "adresim ⟦L|Bağdat Cad. No: 145 D: 8⟧, ⟦L|Kadıköy/İstanbul⟧"],
  ["tr", "chat", "şifrem ⟦S|Galata1453⟧, TC kimlik no ⟦ID|10987654328⟧"],
  ["tr", "chat", "Kira artış oranı nasıl hesaplanır?"],
  ["tr", "chat", "⟦P|Mehmet⟧ Bey yarın ⟦T|0532 418 77 90⟧ numarasından arayacak"],
  // Russian, Ukrainian
  ["ru", "chat", "напиши поздравление для ⟦P|Сашеньки⟧, у неё день рождения ⟦D|5 марта⟧"],
  ["ru", "chat", "мой адрес: ⟦L|г. Казань, ул. Баумана, д. 19, кв. 42⟧"],
  ["ru", "chat", "пароль ⟦S|Medved_2018⟧, паспорт ⟦ID|4510 783215⟧"],
  ["ru", "chat", "передай ⟦P|Ивану Петровичу⟧, что встреча переносится"],
  ["ru", "chat", "Как правильно заполнить декларацию 3-НДФЛ?"],
  ["ru", "email", "Добрый день, ⟦P|Ольга Викторовна⟧! Мой ИНН ⟦ID|771234567890⟧. С уважением, ⟦P|Д. Смирнов⟧"],
  ["uk", "chat", "напиши вітання для ⟦P|Оксани⟧, в неї день народження ⟦D|14 жовтня⟧"],
  ["uk", "chat", "живу у ⟦L|Львові⟧ на ⟦L|вул. Городоцькій, 85⟧"],
  ["uk", "chat", "пароль від пошти ⟦S|Kvitka2023!⟧"],
  // Greek
  ["el", "chat", "γράψε ευχές για τη γιορτή της ⟦P|Μαρίας⟧"],
  ["el", "chat", "η διεύθυνσή μου είναι ⟦L|Ερμού 42⟧, ⟦L|105 63 Αθήνα⟧"],
  ["el", "chat", "ο κωδικός μου είναι ⟦S|Kalimera!88⟧ και το ΑΜΚΑ ⟦ID|12038401234⟧"],
  ["el", "chat", "Πώς υπολογίζεται ο φόρος ακινήτων;"],
  // Japanese, Korean, Chinese
  ["ja", "chat", "⟦P|佐藤⟧さんへのお礼のメールを書いてください"],
  ["ja", "chat", "住所は⟦L|東京都世田谷区北沢2-14-7⟧です"],
  ["ja", "chat", "パスワードは⟦S|sakura2020⟧です。ログインできません"],
  ["ja", "chat", "⟦P|山田花子⟧、生年月日は⟦D|1990年4月12日⟧"],
  ["ja", "chat", "確定申告のやり方を教えてください"],
  ["ko", "chat", "⟦P|지민⟧이 생일 축하 메시지 써줘"],
  ["ko", "chat", "주소는 ⟦L|서울특별시 마포구 양화로 45⟧ 입니다"],
  ["ko", "chat", "비밀번호 ⟦S|Haneul0712⟧ 인데 로그인이 안돼요"],
  ["ko", "chat", "연말정산은 어떻게 하나요?"],
  ["zh", "chat", "帮我给⟦P|王芳⟧写一封感谢信"],
  ["zh", "chat", "我住在⟦L|上海市浦东新区世纪大道100号⟧"],
  ["zh", "chat", "我的密码是⟦S|Panda8888⟧，身份证号⟦ID|110105198604123458⟧"],
  ["zh", "chat", "个人所得税怎么算？"],
  // Arabic, Hebrew, Persian
  ["ar", "chat", "اكتب رسالة شكر إلى ⟦P|أحمد⟧ على مساعدته"],
  ["ar", "chat", "عنواني ⟦L|شارع الملك فهد، الرياض 12271⟧"],
  ["ar", "chat", "كلمة المرور ⟦S|Falcon@2022⟧ لا تعمل"],
  ["ar", "chat", "كيف أحسب الزكاة على المدخرات؟"],
  ["he", "chat", "תכתוב ברכה ל⟦P|נועה⟧ ליום ההולדת"],
  ["he", "chat", "מספר תעודת זהות ⟦ID|312456789⟧ והסיסמה ⟦S|Shalom2021⟧"],
  ["fa", "chat", "آدرس من ⟦L|تهران، خیابان ولیعصر، پلاک ۱۲⟧"],
  // Vietnamese, Indonesian, Thai, Hindi
  ["vi", "chat", "viết lời chúc sinh nhật cho ⟦P|Lan⟧, sinh nhật ngày ⟦D|20/10⟧"],
  ["vi", "chat", "địa chỉ: ⟦L|12 Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh⟧"],
  ["vi", "chat", "mật khẩu là ⟦S|Saigon123@⟧"],
  ["id", "chat", "bikinin ucapan buat ⟦P|Putri⟧, dia ultah ⟦D|17 Agustus⟧"],
  ["id", "chat", "alamat saya ⟦L|Jl. Kaliurang KM 5 No. 12⟧, ⟦L|Sleman⟧, ⟦L|Yogyakarta⟧"],
  ["id", "chat", "password IG ku ⟦S|kucingoren99⟧ lupa"],
  ["id", "chat", "Bagaimana cara membuat sambal yang tidak terlalu pedas?"],
  ["th", "chat", "ช่วยเขียนการ์ดวันเกิดให้ ⟦P|สมชาย⟧ หน่อย"],
  ["hi", "chat", "⟦P|राहुल⟧ को जन्मदिन की बधाई लिखो, उनका जन्मदिन ⟦D|5 जून⟧ को है"],
  ["hi", "chat", "mera aadhaar number ⟦ID|4821 6630 9175⟧ hai aur PAN ⟦ID|BQKPS4418M⟧"],
  // Mixed and pasted
  ["en", "chat", "Customer: hola, soy ⟦P|Nuria⟧\nAgent: Hi ⟦P|Nuria⟧, how can I help?\nCustomer: mi pedido no llegó a ⟦L|Calle Río Ebro 5⟧"],
  ["en", "chat", "translate to german: Mrs. ⟦P|Patel⟧'s flight lands at 6"],
  ["en", "email", "-----Original Message-----\nFrom: ⟦P|Gabriel Moreau⟧ <⟦E|g.moreau@orange.fr⟧>\nSent: ⟦D|Monday, 4 January⟧\nSubject: RE: keys\n\nthe code for the box is ⟦S|4471⟧"],
  ["en", "record", "customer_id,full_name,iban\n⟦ID|C-10442⟧,⟦P|Sven Olofsson⟧,⟦I|SE3860000000000432876519⟧"],
  ["en", "record", "{\"user\": \"⟦E|m.khan@proton.me⟧\", \"password\": \"⟦S|xY7!pLm2#qR⟧\", \"plan\": \"pro\"}"],
  ["en", "incident", "Employee ⟦P|R.⟧\n⟦P|Bianchi⟧ (badge ⟦ID|55812⟧) left the laptop on the train from ⟦L|Milano⟧."],
  ["en", "chat", "CRM note: spoke w/ ⟦P|fatima al-sayed⟧ re: refund. card ending 4417. call back ⟦T|+44 7700 900418⟧"],
  ["en", "code-log", "2026-11-03T09:12:44Z WARN login failed user=⟦E|nina.b@icloud.com⟧ ip=⟦IP|198.51.100.23⟧"],
  ["en", "code-log", "Error: ENOENT: no such file or directory, open '/home/⟦ID|tkaur⟧/projects/app/.env'"],
  ["en", "code-log", "export OPENAI_API_KEY=⟦S|sk-proj-8fKq2LmN0vXw4YtR7uB1cD3eG5hJ⟧"],
  ["en", "code-log", "SELECT count(*) FROM invoices WHERE paid_at IS NULL;"],
  ["en", "prose", "Mark and Grace are common English words as well as names, which is why context matters."],
  ["en", "chat", "my driving licence number is ⟦ID|MORGA753116SM9IJ⟧, does it need to be on the insurance form"],
  ["en", "chat", "policy number ⟦ID|HX-20931-K⟧ – the claim for the flood on ⟦D|Jan 5⟧ is still open"],
  ["en", "chat", "add ⟦P|Siobhán⟧'s new number ⟦T|087 219 4430⟧ to the contact list"],
  ["en", "chat", "patient ID MRN ⟦ID|00482231⟧, Mr ⟦P|Adeyemi⟧, admitted ⟦D|2026-11-28⟧, write a discharge summary"],
  ["en", "chat", "Can you list five good books about the history of mathematics?"],
  ["en", "chat", "my amex is ⟦C|378282246310005⟧ exp 09/28 is that format right"],
  ["de", "chat", "Mein Instagram ist ⟦U|instagram.com/lena.wanderlust⟧, schreib mir eine Bio"],
  ["fr", "chat", "mon site perso ⟦U|https://www.camille-roux.fr⟧ a besoin d'une page « à propos »"],
  ["es", "chat", "te paso el número de ⟦P|Maite⟧: ⟦T|+34 612 45 78 90⟧"],
  ["it", "chat", "mandami la mail a ⟦E|f.esposito@libero.it⟧ per favore"],
  ["pl", "chat", "mój e-mail to ⟦E|zosia.wrobel@wp.pl⟧"],
  ["pt", "chat", "cartão ⟦C|4111 8765 0023 1197⟧ recusado, o que faço?"],
  ["nl", "chat", "IP van mijn thuisrouter is ⟦IP|84.27.191.5⟧, toch?"],
  ["de", "chat", "Wie schreibe ich eine Kündigung für den Handyvertrag?"],
  ["fr", "chat", "Explique-moi le fonctionnement de la retraite par répartition."],
  ["ja", "chat", "来週の会議の議題をまとめてください"],
  ["ru", "chat", "Посоветуй хорошие книги по истории."],
];

function parse(text: string): { text: string; spans: ExternalSample["spans"] } {
  let out = "";
  const spans: ExternalSample["spans"] = [];
  const mark = /⟦(\w+)\|([^⟧]+)⟧/g;
  let last = 0;
  for (let m = mark.exec(text); m; m = mark.exec(text)) {
    out += text.slice(last, m.index);
    const type = CODES[m[1]];
    if (!type) throw new Error(`unknown label code ${m[1]}`);
    spans.push({ type, start: out.length, end: out.length + m[2].length });
    out += m[2];
    last = m.index + m[0].length;
  }
  return { text: out + text.slice(last), spans };
}

/** The hand-written part of corpus D, always the same. */
export function handWrittenD(): ExternalSample[] {
  return LINES.map(([lang, kind, raw], i) => {
    const { text, spans } = parse(raw);
    return { id: `d.hand.${i}`, locale: lang, lang, kind, template: `hand.${i}`, text, spans };
  });
}
