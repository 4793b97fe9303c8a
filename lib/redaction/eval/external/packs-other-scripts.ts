/**
 * Greek, Russian, Ukrainian, Turkish, Japanese, Chinese, Korean, Arabic, Hebrew,
 * Indonesian and Vietnamese templates: non-Latin scripts, right-to-left text, scripts
 * without spaces between words, and honorifics that follow the name.
 */
import { h24, p2, type LanguagePack } from "./language-pack";

const EL_MONTHS_GEN = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"];

export const GREEK: LanguagePack = {
  code: "el",
  and: "και",
  hon: { m: ["κ."], f: ["κα"] },
  dates: [(d) => `${p2(d.d)}/${p2(d.m)}/${d.y}`, (d) => `${d.d} ${EL_MONTHS_GEN[d.m - 1]} ${d.y}`],
  monthYear: (d) => `${p2(d.m)}/${d.y}`,
  weekdays: ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"],
  times: [h24],
  chat: [
    "Γεια σας, ονομάζομαι {name} και μένω στη διεύθυνση {street}, {pc} {town}. Η παραγγελία μου {ref} δεν έχει φτάσει ακόμα.",
    "Πελάτης: Θέλω να αλλάξω τη διεύθυνση παράδοσης.\nΥπάλληλος: Βεβαίως, ποια είναι η νέα διεύθυνση;\nΠελάτης: {addrsp}\nΥπάλληλος: Ευχαριστώ. Ένα τηλέφωνο;\nΠελάτης: {phone}",
    "Έχω ραντεβού στον οδοντίατρο στις {appt}, ώρα {time}, αλλά δεν μπορώ να πάω. Γράψε μια ακύρωση, ονομάζομαι {name}.",
    "Τα κλειδιά της αποθήκης τα έχει {g:ο|η} {hon} {last}.",
    "Γεννήθηκα το {year} στην πόλη {town} και τώρα μένω στην πόλη {town#2}. Τι χαρτιά χρειάζομαι;",
  ],
  email: ["Θέμα: Διεύθυνση αποστολής\n\n{g:Αξιότιμε κύριε|Αξιότιμη κυρία},\n\nπαρακαλώ στείλτε το ανταλλακτικό στη διεύθυνση:\n\n{name}\n{block}\n\nΜε εκτίμηση,\n{name#2}\nΤηλ. {phone}"],
  address: ["Διεύθυνση αποστολής:\n{name}\n{block}", "Αποστολέας: {name}  {addrsp}"],
  incident: ["Συμβάν {ref}: {g:ο|η} {name} δημοσίευσε τον κωδικό «{pw}» στο κανάλι της ομάδας.", "Στοιχεία σύνδεσης: {user} / {pw}", "Ο πελάτης έστειλε στο chat {nidname} {nid} και IBAN {iban}."],
  record: ["Ονοματεπώνυμο: {name}\nΗμερομηνία γέννησης: {dob}\nΔιεύθυνση: {addr}\nΤηλέφωνο: {phone}\nEmail: {email}"],
};

const RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

export const RUSSIAN: LanguagePack = {
  code: "ru",
  and: "и",
  hon: { m: ["г-н", "господин"], f: ["г-жа", "госпожа"] },
  dates: [(d) => `${p2(d.d)}.${p2(d.m)}.${d.y}`, (d) => `${d.d} ${RU_MONTHS_GEN[d.m - 1]} ${d.y} г.`, (d) => `${d.d} ${RU_MONTHS_GEN[d.m - 1]} ${d.y}`],
  monthYear: (d) => `${p2(d.m)}.${d.y}`,
  weekdays: ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"],
  times: [h24],
  chat: [
    "Здравствуйте, меня зовут {name}, я живу по адресу: {addr}. Мой заказ {ref} до сих пор не пришёл.",
    "Клиент: Хочу изменить адрес доставки.\nОператор: Конечно, какой новый адрес?\nКлиент: {addrsp}\nОператор: Спасибо. Номер телефона?\nКлиент: {phone}",
    "У меня запись к стоматологу на {appt} в {time}, но я не смогу прийти. Напиши отмену, меня зовут {name}.",
    "Ключи от подвала у соседей по площадке ({name#2}).",
    "Я родил{g:ся|ась} в {year} году в городе {town}, а сейчас живу в городе {town#2}. Какие документы нужны для регистрации?",
  ],
  email: ["Тема: Адрес доставки\n\nЗдравствуйте, {first}!\n\nПожалуйста, отправьте запчасть по адресу:\n\n{name#2}\n{block}\n\nС уважением,\n{name#3}\nТел. {phone}"],
  address: ["Адрес доставки:\n{name}\n{block}", "Отправитель: {fam}  {addrsp}", "Получатель: {fam}, {addr}"],
  incident: ["Инцидент {ref}: {name} опубликовал{g:|а} пароль «{pw}» в общем чате.", "Логин: {user}, пароль: {pw}", "Клиент прислал в чат {nidname} {nid} и номер карты {card}."],
  record: ["ФИО: {fam}\nДата рождения: {dob}\nАдрес: {addr}\nТелефон: {phone}\nEmail: {email}"],
};

const UK_MONTHS_GEN = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"];

export const UKRAINIAN: LanguagePack = {
  code: "uk",
  and: "і",
  hon: { m: ["пан"], f: ["пані"] },
  dates: [(d) => `${p2(d.d)}.${p2(d.m)}.${d.y}`, (d) => `${d.d} ${UK_MONTHS_GEN[d.m - 1]} ${d.y} р.`],
  monthYear: (d) => `${p2(d.m)}.${d.y}`,
  weekdays: ["понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя"],
  times: [h24],
  chat: [
    "Добрий день, мене звати {name}, я живу за адресою: {addr}. Моє замовлення {ref} досі не прийшло.",
    "Клієнт: Хочу змінити адресу доставки.\nОператор: Звісно, яка нова адреса?\nКлієнт: {addrsp}\nОператор: Дякую. Номер телефону?\nКлієнт: {phone}",
    "У мене запис до стоматолога на {appt} о {time}, але я не зможу прийти. Напиши скасування, мене звати {name}.",
    "Я народил{g:ся|ася} у {year} році в місті {town}, а зараз живу в місті {town#2}.",
    "Ключі від підвалу має {hon} {last}.",
  ],
  email: ["Тема: Адреса доставки\n\nДобрий день, {first}!\n\nБудь ласка, надішліть деталь за адресою:\n\n{name#2}\n{block}\n\nЗ повагою,\n{name#3}\nТел. {phone}"],
  address: ["Адреса доставки:\n{name}\n{block}", "Відправник: {fam}  {addrsp}"],
  incident: ["Інцидент {ref}: {name} опублікував{g:|ла} пароль «{pw}» у загальному чаті.", "Логін: {user}, пароль: {pw}", "Клієнт надіслав у чат {nidname} {nid} та IBAN {iban}."],
  record: ["ПІБ: {fam}\nДата народження: {dob}\nАдреса: {addr}\nТелефон: {phone}"],
};

const TR_MONTHS = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"];

export const TURKISH: LanguagePack = {
  code: "tr",
  and: "ve",
  hon: { m: ["Bay"], f: ["Bayan"] },
  dates: [(d) => `${p2(d.d)}.${p2(d.m)}.${d.y}`, (d) => `${d.d} ${TR_MONTHS[d.m - 1]} ${d.y}`, (d) => `${p2(d.d)}/${p2(d.m)}/${d.y}`],
  monthYear: (d) => `${TR_MONTHS[d.m - 1]} ${d.y}`,
  weekdays: ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
  times: [h24, (h, m) => `${p2(h)}.${p2(m)}`],
  chat: [
    "Merhaba, ben {name}. Adresim: {street}, {pc} {town}. {ref} numaralı siparişim hâlâ gelmedi.",
    "Müşteri: Teslimat adresimi değiştirmek istiyorum.\nTemsilci: Tabii, yeni adresiniz nedir?\nMüşteri: {addrsp}\nTemsilci: Teşekkürler. Telefon numaranız?\nMüşteri: {phone}",
    "{appt} saat {time} için dişçi randevum var ama gidemeyeceğim. İptal mesajı yazar mısın? Adım {name}.",
    "Bodrumun anahtarı {first} {g:Bey|Hanım}'da.",
    "{first}'in doğum günü {date}, ne hediye alabilirim?",
  ],
  email: ["Konu: Teslimat adresi\n\nSayın {name},\n\nlütfen parçayı şu adrese gönderin:\n\n{name#2}\n{block}\n\nSaygılarımla,\n{name#3}\nTel: {phone}"],
  address: ["Teslimat adresi:\n{name}\n{block}", "Gönderen: {name}  {addrsp}"],
  incident: ["Olay {ref}: {name} şifresini (\"{pw}\") ekip kanalına yazdı. Şifre değiştirildi.", "Giriş bilgileri: {user} / {pw}", "Müşteri sohbette {nidname} {nid} ve IBAN {iban} paylaştı."],
  record: ["Ad Soyad: {name}\nDoğum tarihi: {dob}\nAdres: {addr}\nTelefon: {phone}\nE-posta: {email}"],
};

export const JAPANESE: LanguagePack = {
  code: "ja",
  and: "と",
  hon: { m: ["様", "さん"], f: ["様", "さん"] },
  dates: [(d) => `${d.y}年${d.m}月${d.d}日`, (d) => `${d.y}/${p2(d.m)}/${p2(d.d)}`],
  monthYear: (d) => `${d.y}年${d.m}月`,
  weekdays: ["月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日"],
  times: [(h, m) => `${h}時${m ? `${m}分` : ""}`, h24],
  chat: [
    "こんにちは、{name}です。住所は{addr}です。注文番号{ref}の荷物がまだ届きません。",
    "客：配送先を変更したいです。\n担当：かしこまりました。新しいご住所をお願いします。\n客：{addrsp}\n担当：ありがとうございます。お電話番号は？\n客：{phone}",
    "{appt} {time}に歯医者の予約がありますが、行けなくなりました。キャンセルのメッセージを書いてください。名前は{name}です。",
    "鍵は{last}さんに渡してください。",
    "{year}年に{town}で生まれて、今は{town#2}に住んでいます。",
  ],
  email: ["件名：お届け先について\n\n{name}様\n\nお世話になっております。部品は下記の住所にお送りください。\n\n{block}\n\nよろしくお願いいたします。\n{name#2}\nTEL {phone}"],
  address: ["お届け先：\n{name} 様\n{block}", "差出人：{name}  {addrsp}"],
  incident: ["インシデント{ref}：{name}さんがチームのチャンネルにパスワード「{pw}」を投稿しました。", "ログイン情報：{user} / {pw}", "顧客がチャットで{nidname}（{nid}）を送信しました。"],
  record: ["氏名：{name}\n生年月日：{dob}\n住所：{addr}\n電話：{phone}\nメール：{email}"],
};

export const CHINESE: LanguagePack = {
  code: "zh",
  and: "和",
  hon: { m: ["先生"], f: ["女士"] },
  dates: [(d) => `${d.y}年${d.m}月${d.d}日`, (d) => `${d.y}-${p2(d.m)}-${p2(d.d)}`],
  monthYear: (d) => `${d.y}年${d.m}月`,
  weekdays: ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"],
  times: [h24, (h, m) => `${h < 12 ? "上午" : "下午"}${h % 12 || 12}点${m ? `${m}分` : ""}`],
  chat: [
    "你好，我叫{name}，住在{addr}。我的订单{ref}还没到。",
    "客户：我想修改收货地址。\n客服：好的，请问新地址是？\n客户：{addrsp}\n客服：谢谢。联系电话？\n客户：{phone}",
    "我{appt} {time}约了牙医，但是去不了了。帮我写个取消的消息，我叫{name}。",
    "钥匙在{last}{g:先生|女士}那里。",
    "我{year}年出生在{town}，现在住在{town#2}。",
  ],
  email: ["主题：收货地址\n\n{name}您好：\n\n请将配件寄到以下地址：\n\n{block}\n\n谢谢！\n{name#2}\n电话：{phone}"],
  address: ["收货人：{name}\n地址：{addr}\n电话：{phone}", "寄件人：{name}  {addrsp}"],
  incident: ["事件{ref}：{name}在团队频道里贴出了密码“{pw}”，已重置。", "登录信息：{user} / {pw}", "客户在聊天中发送了{nidname}：{nid}。"],
  record: ["姓名：{name}\n出生日期：{dob}\n地址：{addr}\n电话：{phone}"],
};

/** Traditional characters, as written in Taiwan and Hong Kong. */
export const CHINESE_TRADITIONAL: LanguagePack = {
  ...CHINESE,
  code: "zh-Hant",
  weekdays: ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"],
  times: [h24, (h, m) => `${h < 12 ? "上午" : "下午"}${h % 12 || 12}點${m ? `${m}分` : ""}`],
  chat: [
    "你好，我是{name}，住在{addr}。我的訂單{ref}還沒到。",
    "客戶：我想修改收件地址。\n客服：好的，請問新地址是？\n客戶：{addrsp}\n客服：謝謝。聯絡電話？\n客戶：{phone}",
    "我{appt} {time}約了牙醫，但是去不了。幫我寫一則取消的訊息，我叫{name}。",
    "鑰匙在{last}{g:先生|小姐}那裡。",
  ],
  email: ["主旨：收件地址\n\n{name}您好：\n\n請將零件寄到以下地址：\n\n{block}\n\n謝謝！\n{name#2}\n電話：{phone}"],
  address: ["收件人：{name}\n地址：{addr}\n電話：{phone}"],
  incident: ["事件{ref}：{name}在團隊頻道貼出了密碼「{pw}」，已重設。", "登入資訊：{user} / {pw}", "客戶在聊天中傳送了{nidname}：{nid}。"],
  record: ["姓名：{name}\n出生日期：{dob}\n地址：{addr}\n電話：{phone}"],
};

export const KOREAN: LanguagePack = {
  code: "ko",
  and: "와",
  hon: { m: ["씨", "님"], f: ["씨", "님"] },
  dates: [(d) => `${d.y}년 ${d.m}월 ${d.d}일`, (d) => `${d.y}.${p2(d.m)}.${p2(d.d)}.`],
  monthYear: (d) => `${d.y}년 ${d.m}월`,
  weekdays: ["월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"],
  times: [h24, (h, m) => `${h < 12 ? "오전" : "오후"} ${h % 12 || 12}시${m ? ` ${m}분` : ""}`],
  chat: [
    "안녕하세요, {name}입니다. 주소는 {addr}입니다. 주문 {ref}이 아직 안 왔어요.",
    "고객: 배송지를 변경하고 싶어요.\n상담원: 네, 새 주소를 알려 주세요.\n고객: {addrsp}\n상담원: 감사합니다. 연락처는요?\n고객: {phone}",
    "{appt} {time}에 치과 예약이 있는데 못 갈 것 같아요. 취소 메시지 좀 써 주세요. 이름은 {name}입니다.",
    "열쇠는 {name#2} 씨한테 있어요.",
  ],
  email: ["제목: 배송지 안내\n\n{name} 님께,\n\n부품을 아래 주소로 보내 주세요.\n\n{block}\n\n감사합니다.\n{name#2}\n전화 {phone}"],
  address: ["받는 사람: {name}\n주소: {addr}\n연락처: {phone}", "보내는 사람: {name}  {addrsp}"],
  incident: ["사건 {ref}: {name} 님이 팀 채널에 비밀번호 \"{pw}\"를 올렸습니다.", "로그인 정보: {user} / {pw}", "고객이 채팅으로 {nidname} {nid}를 보냈습니다."],
  record: ["성명: {name}\n생년월일: {dob}\n주소: {addr}\n전화: {phone}"],
};

const AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

export const ARABIC: LanguagePack = {
  code: "ar",
  and: "و",
  hon: { m: ["السيد", "الأستاذ"], f: ["السيدة", "الأستاذة"] },
  dates: [(d) => `${p2(d.d)}/${p2(d.m)}/${d.y}`, (d) => `${d.d} ${AR_MONTHS[d.m - 1]} ${d.y}`],
  monthYear: (d) => `${AR_MONTHS[d.m - 1]} ${d.y}`,
  weekdays: ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
  times: [h24],
  chat: [
    "مرحباً، أنا {name} وعنواني {addr}. طلبي رقم {ref} لم يصل بعد.",
    "العميل: أريد تغيير عنوان التوصيل.\nالموظف: بالتأكيد، ما هو العنوان الجديد؟\nالعميل: {addrsp}\nالموظف: شكراً. رقم الهاتف؟\nالعميل: {phone}",
    "عندي موعد عند طبيب الأسنان يوم {appt} الساعة {time} ولا أستطيع الحضور. اكتب رسالة إلغاء باسم {name}.",
    "المفتاح عند {hon} {last}.",
  ],
  email: ["الموضوع: عنوان التوصيل\n\n{hon} {last} {g:المحترم|المحترمة}،\n\nيرجى إرسال القطعة إلى العنوان التالي:\n\n{name}\n{block}\n\nمع التحية،\n{name#2}\nهاتف: {phone}"],
  address: ["عنوان التوصيل:\n{name}\n{block}", "المرسل: {name}  {addrsp}"],
  incident: ["حادثة {ref}: نشر {name} كلمة المرور \"{pw}\" في قناة الفريق.", "بيانات الدخول: {user} / {pw}", "أرسل العميل {nidname} {nid} في المحادثة."],
  record: ["الاسم: {name}\nتاريخ الميلاد: {dob}\nالعنوان: {addr}\nالهاتف: {phone}"],
};

const HE_MONTHS = ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"];

export const HEBREW: LanguagePack = {
  code: "he",
  and: "ו",
  hon: { m: ["מר"], f: ["גב'"] },
  dates: [(d) => `${p2(d.d)}/${p2(d.m)}/${d.y}`, (d) => `${d.d} ב${HE_MONTHS[d.m - 1]} ${d.y}`, (d) => `${d.d}.${d.m}.${d.y}`],
  monthYear: (d) => `${HE_MONTHS[d.m - 1]} ${d.y}`,
  weekdays: ["יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי", "שבת", "יום ראשון"],
  times: [h24],
  chat: [
    "שלום, שמי {name}. הכתובת שלי: {addr}. ההזמנה {ref} עדיין לא הגיעה.",
    "לקוח: אני רוצה לשנות את כתובת המשלוח.\nנציג: בטח, מה הכתובת החדשה?\nלקוח: {addrsp}\nנציג: תודה. מספר טלפון?\nלקוח: {phone}",
    "יש לי תור לרופא שיניים ב-{appt} בשעה {time} ואני לא {g:יכול|יכולה} להגיע. כתוב הודעת ביטול בשם {name}.",
    "המפתח אצל {hon} {last}.",
  ],
  email: ["נושא: כתובת למשלוח\n\nשלום {first},\n\nנא לשלוח את החלק לכתובת:\n\n{name#2}\n{block}\n\nבברכה,\n{name#3}\nטל' {phone}"],
  address: ["כתובת למשלוח:\n{name}\n{block}", "שולח: {name}  {addrsp}"],
  incident: ["אירוע {ref}: {name} {g:פרסם|פרסמה} את הסיסמה \"{pw}\" בערוץ הצוות.", "פרטי התחברות: {user} / {pw}", "הלקוח שלח בצ'אט {nidname} {nid}."],
  record: ["שם: {name}\nתאריך לידה: {dob}\nכתובת: {addr}\nטלפון: {phone}"],
};

const ID_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

export const INDONESIAN: LanguagePack = {
  code: "id",
  and: "dan",
  hon: { m: ["Pak", "Bapak"], f: ["Bu", "Ibu"] },
  dates: [(d) => `${p2(d.d)}-${p2(d.m)}-${d.y}`, (d) => `${d.d} ${ID_MONTHS[d.m - 1]} ${d.y}`],
  monthYear: (d) => `${ID_MONTHS[d.m - 1]} ${d.y}`,
  weekdays: ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
  times: [h24, (h, m) => `${p2(h)}.${p2(m)} WIB`],
  chat: [
    "Halo, saya {name}, alamat saya {addr}. Pesanan {ref} belum sampai.",
    "Pelanggan: Saya mau ganti alamat pengiriman.\nCS: Baik, alamat barunya di mana?\nPelanggan: {addrsp}\nCS: Terima kasih. Nomor HP?\nPelanggan: {phone}",
    "Saya ada janji dokter gigi tanggal {appt} jam {time}, tapi tidak bisa datang. Tolong tuliskan pesan pembatalan atas nama {name}.",
    "Kuncinya ada di {hon} {first}.",
  ],
  email: ["Perihal: Alamat pengiriman\n\nYth. {hon} {first},\n\nmohon kirim suku cadang ke alamat berikut:\n\n{name}\n{block}\n\nSalam,\n{name#2}\nHP {phone}"],
  address: ["Alamat pengiriman:\n{name}\n{block}", "Pengirim: {name}  {addrsp}"],
  incident: ["Insiden {ref}: {name} memposting kata sandi \"{pw}\" di kanal tim.", "Data login: {user} / {pw}", "Pelanggan mengirim {nidname} {nid} lewat chat."],
  record: ["Nama: {name}\nTanggal lahir: {dob}\nAlamat: {addr}\nNo. HP: {phone}"],
};

export const VIETNAMESE: LanguagePack = {
  code: "vi",
  and: "và",
  hon: { m: ["anh", "ông"], f: ["chị", "bà"] },
  dates: [(d) => `${p2(d.d)}/${p2(d.m)}/${d.y}`, (d) => `ngày ${d.d} tháng ${d.m} năm ${d.y}`],
  monthYear: (d) => `tháng ${d.m}/${d.y}`,
  weekdays: ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"],
  times: [h24, (h, m) => `${h} giờ ${m} phút`],
  chat: [
    "Chào bạn, mình là {name}, địa chỉ {addr}. Đơn hàng {ref} vẫn chưa tới.",
    "Khách: Tôi muốn đổi địa chỉ giao hàng.\nNhân viên: Dạ, địa chỉ mới là gì ạ?\nKhách: {addrsp}\nNhân viên: Cảm ơn. Số điện thoại ạ?\nKhách: {phone}",
    "Mình có lịch hẹn nha sĩ {appt} lúc {time} nhưng không đi được. Viết giúp tin nhắn hủy hẹn, tên mình là {name}.",
    "Chìa khóa để ở chỗ {hon} {first}.",
  ],
  email: ["Tiêu đề: Địa chỉ giao hàng\n\nChào {hon} {first},\n\nvui lòng gửi linh kiện đến địa chỉ sau:\n\n{name}\n{block}\n\nTrân trọng,\n{name#2}\nĐT: {phone}"],
  address: ["Địa chỉ giao hàng:\n{name}\n{block}", "Người gửi: {name}  {addrsp}"],
  incident: ["Sự cố {ref}: {name} đã đăng mật khẩu \"{pw}\" lên kênh của nhóm.", "Thông tin đăng nhập: {user} / {pw}", "Khách hàng gửi {nidname} {nid} qua chat."],
  record: ["Họ tên: {name}\nNgày sinh: {dob}\nĐịa chỉ: {addr}\nĐiện thoại: {phone}"],
};
