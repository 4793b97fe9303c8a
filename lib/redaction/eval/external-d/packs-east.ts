/** Turkish, Russian, Ukrainian, Greek, Japanese, Korean, Chinese, Vietnamese and Indonesian templates. */
import type { Pack } from "./pack";

export const TR: Pack = {
  hello: ["merhaba", "selam", "iyi günler,"],
  bye: ["teşekkürler", "sağ ol", "kolay gelsin"],
  chat: [
    "adım {full}, hesabıma giremiyorum",
    "{first} için doğum günü mesajı yaz, doğum günü {date}",
    "şifrem {pw} ama çalışmıyor",
    "{city} şehrinden taşındım, adresimi nasıl güncellerim",
    "TC kimlik numaram {natid}",
    "{first:lc} beni {phone} numarasından arasın",
  ],
  email: ["Merhaba {first},\n\nsözleşme ektedir. İmzalayıp {date} tarihine kadar {email} adresine gönderin.\n\nSaygılarımla\n{full}\n{phone}\n{addr}"],
  incident: ["Kayıt: müşteri {full} (müşteri no {acct}) kartından ({card}) iki kez çekim yapıldı."],
  address: ["Teslimat adresi:\n{block}"],
  fields: ["ad_soyad", "şehir", "doğum_tarihi", "telefon", "eposta", "müşteri_no"],
};

export const RU: Pack = {
  hello: ["привет", "здравствуйте,", "добрый день"],
  bye: ["спасибо", "заранее спасибо", "с уважением"],
  chat: [
    "меня зовут {full}, не могу войти в аккаунт",
    "напиши поздравление для {first}, день рождения {date}",
    "мой пароль {pw} но он не подходит",
    "я переехал из {city} в {city2}, как поменять адрес?",
    "мой СНИЛС {natid}",
    "позвони {first:lc} по номеру {phone}",
    "Клиент: здравствуйте\nОператор: чем могу помочь?\nКлиент: это {full}, полис {policy}, случай от {date} до сих пор открыт",
  ],
  email: ["Здравствуйте, {first}!\n\nВысылаю договор. Подпишите и отправьте на {email} до {date}.\n\nС уважением,\n{full}\n{phone}\n{addr}"],
  incident: ["Инцидент: клиентка {full} (номер клиента {acct}) сообщает о двойном списании с карты {card}.", "Сотрудник {first} (таб. номер {emp}) выложил токен {token} в общий чат."],
  address: ["Адрес доставки:\n{block}"],
  fields: ["фио", "город", "дата_рождения", "телефон", "email", "номер_клиента"],
};

export const UK: Pack = {
  hello: ["привіт", "добрий день,", "вітаю"],
  bye: ["дякую", "наперед дякую", "з повагою"],
  chat: [
    "мене звати {full}, не можу увійти",
    "напиши привітання для {first}, день народження {date}",
    "мій пароль {pw} але він не працює",
    "я переїхала з {city} до {city2}",
    "мій РНОКПП {natid}",
    "подзвони {first:lc} на {phone}",
  ],
  email: ["Добрий день, {first}!\n\nНадсилаю договір. Підпишіть і поверніть на {email} до {date}.\n\nЗ повагою,\n{full}\n{phone}\n{addr}"],
  incident: ["Звернення: клієнт {full} (номер клієнта {acct}) — подвійне списання з картки {card}."],
  address: ["Адреса доставки:\n{block}"],
  fields: ["піб", "місто", "дата_народження", "телефон", "email", "номер_клієнта"],
};

export const EL: Pack = {
  hello: ["γεια", "καλημέρα,", "γεια σας"],
  bye: ["ευχαριστώ", "ευχαριστώ πολύ", "φιλικά"],
  chat: [
    "με λένε {full} και δεν μπορώ να συνδεθώ",
    "γράψε ευχές για τα γενέθλια του {first}, είναι στις {date}",
    "ο κωδικός μου είναι {pw} αλλά δεν δουλεύει",
    "μετακόμισα από {city} στην {city2}",
    "ο ΑΦΜ μου είναι {natid}",
    "πάρε τον {first:lc} στο {phone}",
  ],
  email: ["Γεια σου {first},\n\nσου στέλνω το συμβόλαιο. Στείλε το υπογεγραμμένο στο {email} έως {date}.\n\nΜε εκτίμηση,\n{full}\n{phone}\n{addr}"],
  incident: ["Αναφορά: ο πελάτης {full} (αρ. πελάτη {acct}) χρεώθηκε δύο φορές στην κάρτα {card}."],
  address: ["Διεύθυνση αποστολής:\n{block}"],
  fields: ["ονοματεπώνυμο", "πόλη", "ημ_γέννησης", "τηλέφωνο", "email", "αρ_πελάτη"],
};

export const JA: Pack = {
  hello: ["こんにちは", "お疲れ様です。", "すみません、"],
  bye: ["よろしくお願いします", "ありがとう", "助かります"],
  chat: [
    "{last}{first}です。ログインできません",
    "{first}さんの誕生日メッセージを書いて。誕生日は{date}です",
    "パスワードは{pw}ですが入れません",
    "{city}から{city2}に引っ越しました。住所変更はどうすれば？",
    "マイナンバーは{natid}です",
    "{last}さんに{phone}まで電話してもらえますか",
  ],
  email: ["{last}様\n\n契約書を添付します。{date}までに署名して{email}へ返送してください。\n\nよろしくお願いいたします。\n{full}\n{phone}\n{addr}"],
  incident: ["問い合わせ：{full}様（顧客番号 {acct}）のカード{card}で二重請求が発生。"],
  address: ["お届け先：\n{block}"],
  fields: ["氏名", "市区町村", "生年月日", "電話番号", "メール", "顧客番号"],
};

export const KO: Pack = {
  hello: ["안녕하세요", "저기요,", "안녕"],
  bye: ["감사합니다", "고마워요", "부탁드려요"],
  chat: [
    "저는 {last}{first}인데 로그인이 안 돼요",
    "{first}의 생일 축하 메시지 써줘, 생일은 {date}이야",
    "비밀번호는 {pw}인데 안 돼요",
    "{city}에서 {city2}로 이사했어요",
    "주민등록번호 {natid}",
    "{phone}로 {last} 씨한테 전화 좀 해줘",
  ],
  email: ["{last}님께,\n\n계약서를 첨부합니다. {date}까지 서명 후 {email}로 보내주세요.\n\n감사합니다.\n{full}\n{phone}\n{addr}"],
  incident: ["문의: 고객 {full} (고객번호 {acct}) 카드 {card} 이중 결제."],
  address: ["배송지:\n{block}"],
  fields: ["이름", "도시", "생년월일", "전화번호", "이메일", "고객번호"],
};

export const ZH: Pack = {
  hello: ["你好", "您好，", "在吗"],
  bye: ["谢谢", "麻烦了", "多谢"],
  chat: [
    "我叫{last}{first}，登录不了账号",
    "帮我给{first}写一段生日祝福，生日是{date}",
    "我的密码是{pw}，但是登不进去",
    "我从{city}搬到了{city2}，地址怎么改？",
    "身份证号{natid}",
    "请{last}先生打{phone}给我",
  ],
  email: ["{last}先生：\n\n附件是合同，请在{date}前签字后发到{email}。\n\n此致\n{full}\n{phone}\n{addr}"],
  incident: ["工单：客户{full}（客户号{acct}）的卡{card}被重复扣款。"],
  address: ["收货地址：\n{block}"],
  fields: ["姓名", "城市", "出生日期", "电话", "邮箱", "客户编号"],
};

export const VI: Pack = {
  hello: ["chào bạn", "xin chào,", "alo"],
  bye: ["cảm ơn", "cám ơn nhiều", "thanks nha"],
  chat: [
    "tôi tên là {full}, không đăng nhập được",
    "viết lời chúc sinh nhật cho {first}, sinh nhật vào {date}",
    "mật khẩu của tôi là {pw} mà không vào được",
    "tôi chuyển từ {city} đến {city2}",
    "số CCCD của tôi là {natid}",
    "gọi cho {first:lc} số {phone}",
  ],
  email: ["Chào {first},\n\nGửi bạn hợp đồng. Vui lòng ký và gửi lại {email} trước {date}.\n\nTrân trọng,\n{full}\n{phone}\n{addr}"],
  incident: ["Phiếu: khách hàng {full} (mã KH {acct}) bị trừ tiền hai lần trên thẻ {card}."],
  address: ["Địa chỉ giao hàng:\n{block}"],
  fields: ["họ_tên", "thành_phố", "ngày_sinh", "điện_thoại", "email", "mã_khách_hàng"],
};

export const ID: Pack = {
  hello: ["halo", "selamat pagi,", "permisi"],
  bye: ["makasih", "terima kasih", "thanks ya"],
  chat: [
    "nama saya {full}, tidak bisa login",
    "tolong buat ucapan ulang tahun untuk {first}, ultahnya {date}",
    "password saya {pw} tapi gagal terus",
    "saya pindah dari {city} ke {city2}",
    "NIK saya {natid}",
    "telepon {first:lc} di {phone} ya",
  ],
  email: ["Halo {first},\n\nterlampir kontraknya. Mohon dikirim balik yang sudah ditandatangani ke {email} sebelum {date}.\n\nSalam,\n{full}\n{phone}\n{addr}"],
  incident: ["Tiket: pelanggan {full} (ID pelanggan {acct}) kena tagihan ganda di kartu {card}."],
  address: ["Alamat pengiriman:\n{block}"],
  fields: ["nama", "kota", "tanggal_lahir", "telepon", "email", "id_pelanggan"],
};
