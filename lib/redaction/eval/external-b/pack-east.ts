/** Templates in Central and Eastern European languages, Greek, Turkish and Indonesian, written for this corpus. */
import type { LangPack } from "./pack";

const PL: LangPack = {
  lang: "pl",
  months: ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
  chat: [
    "cześć, tu {first:lc}, nie mogę się zalogować od wczoraj",
    "pomożesz napisać życzenia dla {first}? urodziny ma {date}",
    "przeprowadziłam się na {addr}, jak zmienić adres dostawy?",
    "moje hasło to {pw} ale nie działa",
    "Napisz pismo do pana {last} w sprawie kaucji za mieszkanie przy {street}",
    "mój PESEL to {natid}",
    "numer do {first} to {phone}",
  ],
  email: {
    hello: ["Dzień dobry,", "Szanowna Pani {last},", "Cześć {first},"],
    body: [
      "od {date} mój nowy adres to {addr}.",
      "proszę o zwrot na konto {full2}, IBAN {iban}.",
      "w razie pytań proszę dzwonić pod {phone}.",
    ],
    bye: ["Pozdrawiam,", "Z poważaniem,", "Dziękuję,"],
    role: ["Księgowa", "Kierownik sprzedaży", "Dział kadr"],
  },
  address: { intro: ["Proszę wysłać na adres:", "Adres dostawy", "Nowy adres:"], labels: ["Imię i nazwisko", "Adres", "Telefon", "E-mail", "Data urodzenia"] },
  incident: [
    "Użytkowniczka {full} ({email}) nie może się zalogować. W zgłoszeniu {ticket} podała login {user} i hasło {pw}.",
    "Klient {full}, numer klienta {cust}, PESEL {natid}: podwójne obciążenie karty {card}.",
    "Pracownik {full} (nr pracownika {emp}) wkleił klucz {token} na publiczny kanał.",
  ],
  record: ["imie_nazwisko", "data_urodzenia", "adres", "telefon", "email", "pesel", "miejscowosc"],
};

const CS: LangPack = {
  lang: "cs",
  months: ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
  chat: [
    "ahoj, tady {first:lc}, od včera se nemůžu přihlásit",
    "pomůžeš mi napsat přání pro {first}? narozeniny má {date}",
    "přestěhovala jsem se na adresu {addr}, jak změním doručovací adresu?",
    "moje heslo je {pw} ale nefunguje",
    "Napiš dopis panu {last} kvůli kauci za byt v ulici {street}",
    "moje rodné číslo je {natid}",
    "číslo na {first} je {phone}",
  ],
  email: {
    hello: ["Dobrý den,", "Vážená paní {last},", "Ahoj {first},"],
    body: [
      "od {date} je moje nová adresa {addr}.",
      "prosím o vrácení peněz na účet {full2}, IBAN {iban}.",
      "zastihnete mě na čísle {phone}.",
    ],
    bye: ["S pozdravem,", "Děkuji,", "Hezký den,"],
    role: ["Účetní", "Vedoucí obchodu", "Personální oddělení"],
  },
  address: { intro: ["Prosím pošlete na adresu:", "Doručovací adresa", "Nová adresa:"], labels: ["Jméno", "Adresa", "Telefon", "E-mail", "Datum narození"] },
  incident: [
    "Uživatelka {full} ({email}) se nemůže přihlásit. V požadavku {ticket} poslala jméno {user} a heslo {pw}.",
    "Zákazník {full}, zákaznické číslo {cust}, rodné číslo {natid}: dvojí stržení z karty {card}.",
    "Zaměstnanec {full} (osobní číslo {emp}) vložil klíč {token} do veřejného kanálu.",
  ],
  record: ["jmeno", "datum_narozeni", "adresa", "telefon", "email", "rodne_cislo", "obec"],
};

const HU: LangPack = {
  lang: "hu",
  months: ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"],
  chat: [
    "szia, {first:lc} vagyok, tegnap óta nem tudok belépni",
    "segítesz megírni egy születésnapi üdvözletet {first} részére? {date} lesz a szülinapja",
    "elköltöztem ide: {addr}, hogyan módosítom a címet?",
    "a jelszavam {pw} de nem működik",
    "Írj levelet {full} részére a {street} alatti lakás kauciójáról",
    "az adóazonosító jelem {natid}",
    "{first} telefonszáma {phone}",
  ],
  email: {
    hello: ["Kedves {first}!", "Tisztelt {full}!", "Szia {first}!"],
    body: [
      "{date} naptól az új címem: {addr}.",
      "kérem, a visszatérítést {full2} számlájára utalják, IBAN {iban}.",
      "a {phone} számon érhető el.",
    ],
    bye: ["Üdvözlettel,", "Köszönöm,", "Tisztelettel,"],
    role: ["Könyvelő", "Értékesítési vezető", "HR munkatárs"],
  },
  address: { intro: ["Kérem, erre a címre küldjék:", "Szállítási cím", "Új cím:"], labels: ["Név", "Cím", "Telefon", "E-mail", "Születési dátum"] },
  incident: [
    "{full} ({email}) nem tud belépni. A {ticket} jegyben elküldte a felhasználónevét ({user}) és a jelszavát: {pw}.",
    "Ügyfél: {full}, ügyfélszám {cust}, adóazonosító {natid}: kétszeres terhelés a {card} kártyán.",
    "{full} munkatárs (törzsszám {emp}) a {token} kulcsot nyilvános csatornára másolta.",
  ],
  record: ["nev", "szuletesi_datum", "cim", "telefon", "email", "adoazonosito", "telepules"],
};

const RO: LangPack = {
  lang: "ro",
  months: ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
  chat: [
    "buna, sunt {first:lc} si nu ma pot loga de ieri",
    "ma ajuti sa scriu o felicitare pentru {first}? ziua ei e pe {date}",
    "m-am mutat la {addr}, cum schimb adresa de livrare?",
    "parola mea este {pw} dar nu merge",
    "Scrie o scrisoare către {full} despre garanția apartamentului din {street}",
    "CNP-ul meu este {natid}",
    "numărul lui {first} este {phone}",
  ],
  email: {
    hello: ["Bună ziua,", "Stimată doamnă {last},", "Salut {first},"],
    body: [
      "începând cu {date} noua mea adresă este {addr}.",
      "vă rog să returnați suma în contul lui {full2}, IBAN {iban}.",
      "mă puteți contacta la {phone}.",
    ],
    bye: ["Cu stimă,", "Mulțumesc,", "O zi bună,"],
    role: ["Contabil", "Manager vânzări", "Resurse umane"],
  },
  address: { intro: ["Vă rog trimiteți la:", "Adresa de livrare", "Adresa nouă:"], labels: ["Nume", "Adresă", "Telefon", "E-mail", "Data nașterii"] },
  incident: [
    "Utilizatoarea {full} ({email}) nu se poate autentifica. În tichetul {ticket} a trimis utilizatorul {user} și parola {pw}.",
    "Clientul {full}, cod client {cust}, CNP {natid}: dublă debitare a cardului {card}.",
    "Angajatul {full} (marca {emp}) a lipit cheia {token} într-un canal public.",
  ],
  record: ["nume", "data_nasterii", "adresa", "telefon", "email", "cnp", "localitate"],
};

const HR: LangPack = {
  lang: "hr",
  months: ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna", "listopada", "studenoga", "prosinca"],
  chat: [
    "bok, ja sam {first:lc} i ne mogu se prijaviti od jučer",
    "pomozi mi napisati čestitku za {first}, rođendan joj je {date}",
    "preselila sam se na {addr}, kako da promijenim adresu?",
    "lozinka mi je {pw} ali ne radi",
    "Napiši pismo za {full} o pologu za stan u ulici {street}",
    "moj OIB je {natid}",
    "broj od {first} je {phone}",
  ],
  email: {
    hello: ["Poštovana gospođo {last},", "Bok {first},", "Dobar dan,"],
    body: [
      "od {date} moja nova adresa je {addr}.",
      "molim povrat na račun {full2}, IBAN {iban}.",
      "možete me dobiti na {phone}.",
    ],
    bye: ["Srdačan pozdrav,", "Lijep pozdrav,", "Hvala,"],
    role: ["Računovođa", "Voditelj prodaje", "Kadrovska služba"],
  },
  address: { intro: ["Molim pošaljite na:", "Adresa za dostavu", "Nova adresa:"], labels: ["Ime i prezime", "Adresa", "Telefon", "E-pošta", "Datum rođenja"] },
  incident: [
    "Korisnica {full} ({email}) se ne može prijaviti. U prijavi {ticket} poslala je korisničko ime {user} i lozinku {pw}.",
    "Klijent {full}, broj klijenta {cust}, OIB {natid}: dvostruko terećenje kartice {card}.",
    "Zaposlenik {full} (matični broj {emp}) zalijepio je ključ {token} u javni kanal.",
  ],
  record: ["ime_prezime", "datum_rodenja", "adresa", "telefon", "email", "oib", "mjesto"],
};

const EL: LangPack = {
  lang: "el",
  months: ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
  chat: [
    "γεια, είμαι ο {first} και δεν μπορώ να συνδεθώ από χθες",
    "με βοηθάς να γράψω ευχές για τη {first}; έχει γενέθλια στις {date}",
    "μετακόμισα στη διεύθυνση {addr}, πώς αλλάζω τη διεύθυνση αποστολής;",
    "ο κωδικός μου είναι {pw} αλλά δεν δουλεύει",
    "Γράψε μια επιστολή προς {full} για την εγγύηση του διαμερίσματος στην {street}",
    "ο ΑΦΜ μου είναι {tax}",
    "το κινητό του {first} είναι {phone}",
  ],
  email: {
    hello: ["Γεια σου {first},", "Αγαπητή κυρία {last},", "Καλημέρα {first},"],
    body: [
      "από τις {date} η νέα μου διεύθυνση είναι {addr}.",
      "παρακαλώ επιστρέψτε το ποσό στον λογαριασμό του {full2}, IBAN {iban}.",
      "μπορείτε να με βρείτε στο {phone}.",
    ],
    bye: ["Με εκτίμηση,", "Φιλικά,", "Ευχαριστώ,"],
    role: ["Λογίστρια", "Υπεύθυνος πωλήσεων", "Τμήμα προσωπικού"],
  },
  address: { intro: ["Παρακαλώ στείλτε στη διεύθυνση:", "Διεύθυνση παράδοσης", "Νέα διεύθυνση:"], labels: ["Ονοματεπώνυμο", "Διεύθυνση", "Τηλέφωνο", "Email", "Ημερομηνία γέννησης"] },
  incident: [
    "Η χρήστρια {full} ({email}) δεν μπορεί να συνδεθεί. Στο αίτημα {ticket} έστειλε όνομα χρήστη {user} και κωδικό {pw}.",
    "Πελάτης {full}, αριθμός πελάτη {cust}, αριθμός ταυτότητας {natid}: διπλή χρέωση στην κάρτα {card}.",
    "Ο υπάλληλος {full} (αριθμός μητρώου {emp}) επικόλλησε το κλειδί {token} σε δημόσιο κανάλι.",
  ],
  record: ["onoma", "imerominia_gennisis", "dieythynsi", "tilefono", "email", "adt", "poli"],
};

const RU: LangPack = {
  lang: "ru",
  months: ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
  chat: [
    "привет, я {first}, не могу войти в аккаунт со вчерашнего дня",
    "помоги написать поздравление для {first}, у неё день рождения {date}",
    "я переехала по адресу {addr}, как поменять адрес доставки?",
    "мой пароль {pw}, но он не подходит",
    "Напиши письмо {full} по поводу залога за квартиру на {street}",
    "мой паспорт {natid}",
    "телефон {first} {phone}",
  ],
  email: {
    hello: ["Здравствуйте, {first}!", "Уважаемая {full},", "Добрый день,"],
    body: [
      "с {date} мой новый адрес: {addr}.",
      "прошу вернуть деньги на счёт {full2}, IBAN {iban}.",
      "со мной можно связаться по телефону {phone}.",
    ],
    bye: ["С уважением,", "Спасибо,", "Всего доброго,"],
    role: ["Бухгалтер", "Менеджер по продажам", "Отдел кадров"],
  },
  address: { intro: ["Пожалуйста, отправьте по адресу:", "Адрес доставки", "Новый адрес:"], labels: ["ФИО", "Адрес", "Телефон", "Эл. почта", "Дата рождения"] },
  incident: [
    "Пользователь {full} ({email}) не может войти. В заявке {ticket} прислала логин {user} и пароль {pw}.",
    "Клиент {full}, номер клиента {cust}, паспорт {natid}: двойное списание с карты {card}.",
    "Сотрудник {full} (табельный номер {emp}) вставил ключ {token} в публичный канал.",
  ],
  record: ["fio", "data_rozhdeniya", "adres", "telefon", "email", "pasport", "gorod"],
};

const UK: LangPack = {
  lang: "uk",
  months: ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
  chat: [
    "привіт, я {first}, не можу увійти з учора",
    "допоможи написати привітання для {first}, день народження {date}",
    "я переїхала за адресою {addr}, як змінити адресу доставки?",
    "мій пароль {pw}, але він не працює",
    "Напиши лист {full} щодо застави за квартиру на {street}",
    "мій ІПН {natid}",
    "номер {first} {phone}",
  ],
  email: {
    hello: ["Добрий день, {first}!", "Шановна {full},", "Вітаю,"],
    body: [
      "з {date} моя нова адреса: {addr}.",
      "прошу повернути кошти на рахунок {full2}, IBAN {iban}.",
      "мене можна застати за номером {phone}.",
    ],
    bye: ["З повагою,", "Дякую,", "Гарного дня,"],
    role: ["Бухгалтерка", "Менеджер з продажу", "Відділ кадрів"],
  },
  address: { intro: ["Будь ласка, надішліть за адресою:", "Адреса доставки", "Нова адреса:"], labels: ["ПІБ", "Адреса", "Телефон", "Ел. пошта", "Дата народження"] },
  incident: [
    "Користувачка {full} ({email}) не може увійти. У заявці {ticket} надіслала логін {user} і пароль {pw}.",
    "Клієнт {full}, номер клієнта {cust}, ІПН {natid}: подвійне списання з картки {card}.",
    "Працівник {full} (табельний номер {emp}) вставив ключ {token} у публічний канал.",
  ],
  record: ["pib", "data_narodzhennya", "adresa", "telefon", "email", "ipn", "misto"],
};

const TR: LangPack = {
  lang: "tr",
  months: ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
  chat: [
    "merhaba ben {first:lc}, dünden beri giriş yapamıyorum",
    "{first} için doğum günü mesajı yazar mısın? doğum günü {date}",
    "{addr} adresine taşındım, teslimat adresini nasıl değiştiririm?",
    "şifrem {pw} ama çalışmıyor",
    "{full} için {street} adresindeki dairenin depozitosu hakkında bir mektup yaz",
    "TC kimlik numaram {natid}",
    "{first} telefonu {phone}",
  ],
  email: {
    hello: ["Merhaba {first},", "Sayın {full},", "İyi günler,"],
    body: [
      "{date} tarihinden itibaren yeni adresim {addr}.",
      "iadeyi {full2} adına IBAN {iban} hesabına yapabilir misiniz?",
      "bana {phone} numarasından ulaşabilirsiniz.",
    ],
    bye: ["Saygılarımla,", "Teşekkürler,", "İyi çalışmalar,"],
    role: ["Muhasebe", "Satış Müdürü", "İnsan Kaynakları"],
  },
  address: { intro: ["Lütfen şu adrese gönderin:", "Teslimat adresi", "Yeni adres:"], labels: ["Ad Soyad", "Adres", "Telefon", "E-posta", "Doğum tarihi"] },
  incident: [
    "Kullanıcı {full} ({email}) giriş yapamıyor. {ticket} numaralı talepte kullanıcı adı {user} ve şifre {pw} paylaşıldı.",
    "Müşteri {full}, müşteri no {cust}, TC kimlik no {natid}: {card} kartından iki kez çekim yapılmış.",
    "Çalışan {full} (sicil no {emp}) {token} anahtarını herkese açık kanala yapıştırdı.",
  ],
  record: ["ad_soyad", "dogum_tarihi", "adres", "telefon", "eposta", "tckn", "sehir"],
};

const ID: LangPack = {
  lang: "id",
  months: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
  chat: [
    "halo saya {first:lc}, dari kemarin ga bisa login",
    "bantu bikin ucapan ultah buat {first} dong, ultahnya {date}",
    "aku pindah ke {addr}, gimana ganti alamat pengiriman?",
    "password saya {pw} tapi tidak bisa",
    "Tulis surat untuk {full} soal uang jaminan rumah di {street}",
    "NIK saya {natid}",
    "nomor hp {first} {phone}",
  ],
  email: {
    hello: ["Halo {first},", "Yth. Ibu {last},", "Selamat pagi {first},"],
    body: [
      "mulai {date} alamat baru saya adalah {addr}.",
      "mohon dana dikembalikan ke rekening atas nama {full2}, IBAN {iban}.",
      "saya bisa dihubungi di {phone}.",
    ],
    bye: ["Salam,", "Terima kasih,", "Hormat saya,"],
    role: ["Staf Keuangan", "Manajer Penjualan", "HRD"],
  },
  address: { intro: ["Tolong kirim ke:", "Alamat pengiriman", "Alamat baru:"], labels: ["Nama", "Alamat", "Telepon", "Email", "Tanggal lahir"] },
  incident: [
    "Pengguna {full} ({email}) tidak bisa login. Di tiket {ticket} dia mengirim username {user} dan password {pw}.",
    "Nasabah {full}, nomor nasabah {cust}, NIK {natid}: kartu {card} terpotong dua kali.",
    "Karyawan {full} (NIP {emp}) menempelkan kunci {token} di kanal publik.",
  ],
  record: ["nama", "tanggal_lahir", "alamat", "telepon", "email", "nik", "kota"],
};

export const EAST_PACKS: readonly LangPack[] = [PL, CS, HU, RO, HR, EL, RU, UK, TR, ID];
