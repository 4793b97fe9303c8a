/** Polish, Russian, Ukrainian and Turkish templates. */
import type { Pack } from "./pack";

export const PL: Pack = {
  lang: "pl",
  chat: [
    "ja i {lower} byliśmy w weekend w {city}, pomożesz mi napisać podziękowanie dla jej rodziców?",
    "Przeredaguj to grzeczniej: \"Panie {last}, faktura dla {company} nadal nie jest opłacona.\"",
    "moja córka {first} ma wizytę u dentysty {date}, jak ją usprawiedliwić w szkole?",
    "wkleiłem przez przypadek hasło {password} na czat zespołu, co teraz?",
    "Sprawdzisz, czy IBAN {iban} od {full} jest poprawny?",
  ],
  email: [
    "Cześć {first},\n\ndzięki za spotkanie. Podpisaną umowę wyślę na {email} do piątku.\n\nPozdrawiam\n{full}\n{company}\ntel. {phone}",
    "Szanowna Pani {full},\n\npotwierdzamy wizytę w dniu {date}. Prosimy zabrać numer pacjenta {patient}.\n\nRejestracja",
  ],
  address: [
    "Adres dostawy:\n{full}\n{street}\n{zip} {city}",
    "Proszę wysłać część do: {full}, {street}, {zip} {city}.",
  ],
  incident: [
    "Zgłoszenie {n}: klientka {full} ({email}) nie może się zalogować po zmianie hasła. Ostatnie logowanie z {ip}.",
    "Reklamacja: {full} zgłasza, że karta {card} została obciążona dwa razy {date}. Oddzwonić na {phone}.",
  ],
  prose: [
    "W weekend zapowiadają przymrozki, więc lepiej schować rośliny z balkonu.",
    "Przenieśliśmy frontend na Vercel i podglądy dla każdego pull requesta działają bez problemu.",
    "Pierogi nie pękają, jeśli ciasto jest elastyczne i dobrze sklejone.",
  ],
};

export const RU: Pack = {
  lang: "ru",
  chat: [
    "мы с {lower} ездили в {city} на выходных, помоги написать благодарность её родителям",
    "Перепиши вежливее: «{first}, счёт для {company} до сих пор не оплачен».",
    "у сына {first} приём у стоматолога {date}, как написать записку в школу?",
    "случайно вставил пароль {password} в общий чат, что делать?",
    "Проверь, пожалуйста, правильный ли IBAN {iban} у {full}",
    "Составь характеристику на сотрудника {full}, дата рождения {birth}.",
  ],
  email: [
    "Добрый день, {first}!\n\nСпасибо за встречу. Подписанный договор пришлю на {email} до пятницы.\n\nС уважением,\n{full}\n{company}\nтел. {phone}",
    "Уважаемый {full}!\n\nВаш приём назначен на {date}. Пожалуйста, возьмите с собой номер карты пациента {patient}.\n\nРегистратура",
  ],
  address: [
    "Адрес доставки:\n{full}\n{street}\n{city}, {zip}",
    "Отправьте посылку: {zip}, {city}, {street}, получатель {full}.",
  ],
  incident: [
    "Обращение {n}: клиент {full} ({email}) не может войти после смены пароля. Последний вход с {ip}.",
    "Жалоба: {full} сообщает, что с карты {card} дважды списали деньги {date}. Перезвонить по номеру {phone}.",
    "Инцидент: в .env на стенде лежал API_KEY={apikey}, {first} заменил его {date}.",
  ],
  prose: [
    "На выходных в городе обещают дождь и сильный ветер, так что прогулку лучше перенести.",
    "Мы перенесли сборку на GitHub Actions, и теперь тесты идут параллельно.",
    "Чтобы борщ получился насыщенным, свёклу тушат отдельно с небольшим количеством уксуса.",
  ],
};

export const UK: Pack = {
  lang: "uk",
  chat: [
    "ми з {lower} їздили до {city} на вихідних, допоможи написати подяку її батькам",
    "Перепиши ввічливіше: «{first}, рахунок для {company} досі не сплачено».",
    "у доньки {first} запис до лікаря {date}, як попередити школу?",
    "випадково вставив пароль {password} у спільний чат, що робити?",
  ],
  email: [
    "Доброго дня, {first}!\n\nДякую за зустріч. Підписаний договір надішлю на {email} до п'ятниці.\n\nЗ повагою,\n{full}\n{company}\nтел. {phone}",
    "Шановна {full}!\n\nВаш прийом призначено на {date}. Візьміть, будь ласка, номер картки пацієнта {patient}.\n\nРеєстратура",
  ],
  address: [
    "Адреса доставки:\n{full}\n{street}\n{city}, {zip}",
    "Надішліть, будь ласка, на адресу: {street}, {city}, {zip}. Отримувач {full}.",
  ],
  incident: [
    "Звернення {n}: клієнтка {full} ({email}) не може увійти після зміни пароля. Останній вхід з {ip}.",
    "Скарга: {full} повідомляє, що з картки {card} двічі списали кошти {date}. Передзвонити на {phone}.",
  ],
  prose: [
    "Завтра у місті очікується сніг, тому транспорт може запізнюватися.",
    "Ми перенесли бекенд на Render, а базу Postgres залишили там само.",
    "Вареники не розкриваються, якщо краї добре защипнути.",
  ],
};

export const TR: Pack = {
  lang: "tr",
  chat: [
    "ben ve {lower} hafta sonu {city}'e gittik, annesine bir teşekkür notu yazar mısın?",
    "Bunu daha kibar yaz: \"{first} Bey, {company} faturası hâlâ ödenmedi.\"",
    "kızım {first}'in {date} tarihinde diş randevusu var, okula nasıl haber veririm?",
    "şifremi {password} yanlışlıkla ekip sohbetine yapıştırdım, ne yapmalıyım?",
    "{full} adına olan IBAN {iban} doğru mu kontrol eder misin?",
  ],
  email: [
    "Merhaba {first},\n\nGörüşme için teşekkürler. İmzalı sözleşmeyi cuma gününe kadar {email} adresine gönderirim.\n\nSaygılarımla,\n{full}\n{company}\nTel: {phone}",
    "Sayın {full},\n\nRandevunuz {date} tarihine onaylanmıştır. Lütfen hasta numaranızı ({patient}) yanınızda getirin.\n\nPoliklinik",
  ],
  address: [
    "Teslimat adresi:\n{full}\n{street}\n{zip} {city}",
    "Parçayı şu adrese gönderin: {full}, {street}, {zip} {city}.",
  ],
  incident: [
    "Talep {n}: müşteri {full} ({email}) şifre sıfırlamadan beri giriş yapamıyor. Son giriş {ip} adresinden.",
    "Şikâyet: {full}, {card} numaralı kartından {date} tarihinde iki kez çekim yapıldığını söylüyor. Geri arama: {phone}.",
  ],
  prose: [
    "Hafta sonu sahil kesiminde yağmur bekleniyor, rüzgâr da zaman zaman kuvvetlenecek.",
    "Uygulamayı Vercel'e taşıdık ve her pull request için önizleme bağlantısı oluşuyor.",
    "İyi bir demlik çay için suyun tam kaynamış olması gerekir.",
  ],
};
