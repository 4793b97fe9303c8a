/** Romanian, Croatian/Serbian (Latin), Russian, Ukrainian, Greek, Turkish, Indonesian and Vietnamese templates. */
import type { LangPack } from "./pack";

export const RO: LangPack = {
  lang: "ro",
  chat: [
    "bună, sunt {first} {last} și nu mă pot loga",
    "vă rog schimbați adresa în {addr}",
    "parola mea e {pw} dar nu merge",
    "sunați-mă la {phone}",
    "programare pentru {name2} pe {appt}?",
    "CNP {national}, născut pe {dob}",
  ],
  greet: ["Bună {first2},", "Stimată doamnă {last2},", "Bună ziua,"],
  mail: ["atașez formularul. Numărul poliței este {policy}.", "nu recunosc plata cu cardul {card}.", "m-am mutat pe {moved} la {addr}."],
  close: ["Cu stimă,", "Mulțumesc,", "O zi bună,"],
  incident: [
    "Incident: utilizatorul {name} ({email}) nu se poate loga de pe {ip}. Parolă temporară {pw}.",
    "Clientul {first} {last} a lipit în chat IBAN-ul {iban}.",
    "Pacienta {name}, născută {dob}, fișa {patient}: rezultatul trimis greșit.",
  ],
  labels: { name: "Nume", street: "Adresa", zip: "Cod poștal", city: "Localitate", phone: "Telefon", email: "E-mail", dob: "Data nașterii", country: "Țara", id: "Cod client", iban: "IBAN", note: "Observații" },
  notes: ["sunați înainte", "niciuna", "lăsați la vecini"],
};

export const HR: LangPack = {
  lang: "hr",
  chat: [
    "bok, ja sam {first} {last} i ne mogu se prijaviti",
    "molim promijenite adresu u {addr}",
    "lozinka mi je {pw} ali ne radi",
    "nazovite me na {phone}",
    "termin za {name2} {appt}, može?",
    "OIB {tax}, rođen {dob}",
  ],
  greet: ["Bok {first2},", "Poštovana gospođo {last2},", "Dobar dan,"],
  mail: ["u privitku je obrazac. Broj police: {policy}.", "ne prepoznajem terećenje kartice {card}.", "od {moved} nova adresa: {addr}."],
  close: ["Lijep pozdrav,", "Srdačno,", "Hvala,"],
  incident: [
    "Prijava: korisnik {name} ({email}) ne može se prijaviti s {ip}. Privremena lozinka {pw}.",
    "Klijent {first} {last} zalijepio je IBAN {iban} u chat.",
    "Pacijent {name}, rođen {dob}, broj pacijenta {patient}.",
  ],
  labels: { name: "Ime i prezime", street: "Adresa", zip: "Poštanski broj", city: "Mjesto", phone: "Telefon", email: "E-pošta", dob: "Datum rođenja", country: "Država", id: "Broj korisnika", iban: "IBAN", note: "Napomena" },
  notes: ["nazvati prije dostave", "nema", "ostaviti kod susjeda"],
};

export const RU: LangPack = {
  lang: "ru",
  chat: [
    "здравствуйте, меня зовут {first} {last}, не могу войти в аккаунт",
    "поменяйте адрес доставки на {addr}",
    "мой пароль {pw}, но он не подходит",
    "перезвоните мне на {phone}",
    "запись для {name2} на {appt}, можно?",
    "паспорт {passport}, дата рождения {dob}",
    "напиши вежливое письмо {first2} что встреча переносится",
  ],
  greet: ["Здравствуйте, {first2}!", "Добрый день,", "Привет, {first2}!"],
  mail: ["во вложении анкета. Номер полиса {policy}.", "я не узнаю списание с карты {card}.", "с {moved} мой новый адрес: {addr}."],
  close: ["С уважением,", "Спасибо,", "Всего доброго,"],
  incident: [
    "Инцидент: пользователь {name} ({email}) не может войти с {ip}. Временный пароль {pw}.",
    "Клиент {first} {last} вставил в чат номер счёта {iban} и ИНН {tax}.",
    "Пациент {name}, дата рождения {dob}, номер карты пациента {patient}.",
  ],
  labels: { name: "ФИО", street: "Адрес", zip: "Индекс", city: "Город", phone: "Телефон", email: "Эл. почта", dob: "Дата рождения", country: "Страна", id: "Номер клиента", iban: "IBAN", note: "Примечание" },
  notes: ["позвонить заранее", "нет", "оставить у соседей"],
};

export const UK: LangPack = {
  lang: "uk",
  chat: [
    "добрий день, я {first} {last}, не можу увійти",
    "змініть, будь ласка, адресу на {addr}",
    "мій пароль {pw}, але він не працює",
    "передзвоніть на {phone}",
    "запис для {name2} на {appt}?",
    "РНОКПП {tax}, народився {dob}",
  ],
  greet: ["Привіт, {first2}!", "Шановна пані {last2},", "Добрий день,"],
  mail: ["додаю анкету. Номер поліса {policy}.", "не впізнаю списання з картки {card}.", "з {moved} нова адреса: {addr}."],
  close: ["З повагою,", "Дякую,", "Гарного дня,"],
  incident: [
    "Інцидент: користувач {name} ({email}) не може увійти з {ip}. Тимчасовий пароль {pw}.",
    "Клієнт {first} {last} вставив у чат IBAN {iban}.",
    "Пацієнтка {name}, дата народження {dob}, номер пацієнта {patient}.",
  ],
  labels: { name: "ПІБ", street: "Адреса", zip: "Індекс", city: "Місто", phone: "Телефон", email: "Ел. пошта", dob: "Дата народження", country: "Країна", id: "Номер клієнта", iban: "IBAN", note: "Примітка" },
  notes: ["зателефонувати заздалегідь", "немає", "залишити біля дверей"],
};

export const EL: LangPack = {
  lang: "el",
  chat: [
    "γεια σας, είμαι ο {first} {last} και δεν μπορώ να συνδεθώ",
    "αλλάξτε τη διεύθυνση σε {addr} παρακαλώ",
    "ο κωδικός μου είναι {pw} αλλά δεν δουλεύει",
    "πάρτε με στο {phone}",
    "ραντεβού για {name2} στις {appt};",
    "ΑΦΜ {tax}, ημερομηνία γέννησης {dob}",
  ],
  greet: ["Γεια σου {first2},", "Αγαπητή κυρία {last2},", "Καλημέρα,"],
  mail: ["επισυνάπτω τη φόρμα. Αριθμός συμβολαίου {policy}.", "δεν αναγνωρίζω τη χρέωση στην κάρτα {card}.", "από {moved} μένω στη διεύθυνση {addr}."],
  close: ["Με εκτίμηση,", "Ευχαριστώ,", "Φιλικά,"],
  incident: [
    "Συμβάν: ο χρήστης {name} ({email}) δεν μπορεί να συνδεθεί από {ip}. Προσωρινός κωδικός {pw}.",
    "Ο πελάτης {first} {last} επικόλλησε το IBAN {iban} στη συνομιλία.",
    "Ασθενής {name}, γεν. {dob}, ΑΜΚΑ {national}.",
  ],
  labels: { name: "Ονοματεπώνυμο", street: "Διεύθυνση", zip: "ΤΚ", city: "Πόλη", phone: "Τηλέφωνο", email: "Email", dob: "Ημ. γέννησης", country: "Χώρα", id: "Κωδικός πελάτη", iban: "IBAN", note: "Σημειώσεις" },
  notes: ["τηλεφωνήστε πριν", "καμία", "αφήστε στον γείτονα"],
};

export const TR: LangPack = {
  lang: "tr",
  chat: [
    "merhaba ben {first} {last}, hesabıma giremiyorum",
    "teslimat adresini {addr} olarak değiştirir misiniz",
    "şifrem {pw} ama kabul etmiyor",
    "beni {phone} numarasından arayın",
    "{name2} için {appt} randevu alabilir miyim?",
    "TC kimlik no {national}, doğum tarihi {dob}",
  ],
  greet: ["Merhaba {first2},", "Sayın {last2},", "İyi günler,"],
  mail: ["form ekte. Poliçe numaram {policy}.", "{card} numaralı kartımdan yapılan çekimi tanımıyorum.", "{moved} tarihinde taşındım, yeni adresim {addr}."],
  close: ["Saygılarımla,", "Teşekkürler,", "İyi çalışmalar,"],
  incident: [
    "Olay: kullanıcı {name} ({email}) {ip} adresinden giriş yapamıyor. Geçici şifre {pw}.",
    "Müşteri {first} {last} sohbete IBAN numarasını yapıştırdı: {iban}.",
    "Hasta {name}, doğum {dob}, hasta no {patient}.",
  ],
  labels: { name: "Ad Soyad", street: "Adres", zip: "Posta kodu", city: "İl", phone: "Telefon", email: "E-posta", dob: "Doğum tarihi", country: "Ülke", id: "Müşteri no", iban: "IBAN", note: "Not" },
  notes: ["teslimattan önce arayın", "yok", "komşuya bırakın"],
};

export const ID: LangPack = {
  lang: "id",
  chat: [
    "halo saya {first} {last}, nggak bisa login",
    "tolong ganti alamat kirim ke {addr}",
    "password saya {pw} tapi ditolak terus",
    "telp saya {phone} ya",
    "jadwal untuk {name2} tanggal {appt} bisa?",
    "NIK {national}, lahir {dob}",
  ],
  greet: ["Halo {first2},", "Yth. Bapak {last2},", "Selamat pagi,"],
  mail: ["terlampir formulirnya. Nomor polis {policy}.", "saya tidak mengenali tagihan di kartu {card}.", "sejak {moved} alamat saya {addr}."],
  close: ["Salam,", "Terima kasih,", "Hormat saya,"],
  incident: [
    "Insiden: pengguna {name} ({email}) tidak bisa masuk dari {ip}. Kata sandi sementara {pw}.",
    "Pelanggan {first} {last} menempelkan nomor rekening {account} di chat.",
    "Pasien {name}, lahir {dob}, nomor rekam medis {patient}.",
  ],
  labels: { name: "Nama", street: "Alamat", zip: "Kode pos", city: "Kota", phone: "Telepon", email: "Email", dob: "Tanggal lahir", country: "Negara", id: "No. pelanggan", iban: "Rekening", note: "Catatan" },
  notes: ["telepon dulu", "tidak ada", "titip ke tetangga"],
};

export const VI: LangPack = {
  lang: "vi",
  chat: [
    "chào, tôi là {name}, không đăng nhập được",
    "đổi địa chỉ giao hàng sang {addr} giúp mình",
    "mật khẩu của tôi là {pw} mà không vào được",
    "gọi lại cho tôi số {phone}",
    "đặt lịch cho {name2} ngày {appt} được không?",
    "CCCD {national}, ngày sinh {dob}",
  ],
  greet: ["Chào {first2},", "Kính gửi anh {first2},", "Xin chào,"],
  mail: ["tôi gửi kèm biểu mẫu. Số hợp đồng {policy}.", "tôi không nhận ra giao dịch trên thẻ {card}.", "từ {moved} tôi chuyển đến {addr}."],
  close: ["Trân trọng,", "Cảm ơn,", "Thân,"],
  incident: [
    "Sự cố: người dùng {name} ({email}) không đăng nhập được từ {ip}. Mật khẩu tạm {pw}.",
    "Khách hàng {name} dán số tài khoản {account} vào chat.",
    "Bệnh nhân {name}, sinh {dob}, mã bệnh nhân {patient}.",
  ],
  labels: { name: "Họ tên", street: "Địa chỉ", zip: "Mã bưu chính", city: "Thành phố", phone: "Điện thoại", email: "Email", dob: "Ngày sinh", country: "Quốc gia", id: "Mã khách hàng", iban: "Số tài khoản", note: "Ghi chú" },
  notes: ["gọi trước khi giao", "không", "gửi bảo vệ"],
};
