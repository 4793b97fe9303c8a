/**
 * Cue words for values written after them in prose (1.4.0): passwords and other secrets
 * ("with password X", "mein Passwort lautet X", "пароль: X"), logins ("login X / Y") and
 * identifiers by kind ("passport no. X", "MRN X", "PESEL X"), in the languages of our
 * users. Lower-case phrases, words separated by single spaces. The type an identifier
 * cue gives follows Presidio's entity names where Presidio has one; ID otherwise.
 */
import type { EntityType } from "../types";

/** Whatever follows these (after "is", ":" and the like) is a secret. */
export const SECRET_CUES: readonly string[] = [
  // English
  "password", "passwords", "passwd", "pwd", "pw", "passcode", "passphrase", "pass phrase", "pin", "pin code",
  "pincode", "pin number", "wifi password", "wi-fi password", "wifi key", "network key", "secret", "secret key",
  "api key", "api token", "access token", "auth token", "token", "private key", "recovery code", "recovery key",
  "backup code", "security code", "cvv", "cvc", "cvv2", "otp", "one-time code", "one-time password",
  "verification code", "2fa code", "mfa code", "credentials", "creds", "master password", "unlock code",
  "door code", "alarm code", "safe code", "passwort", "kennwort", "zugangscode", "geheimzahl", "mot de passe", "mdp",
  "code secret", "code pin", "contraseña", "contrasena", "clave", "clave de acceso", "senha", "palavra-passe",
  "palavra passe", "wachtwoord", "lösenord", "lösenordet", "losenord", "adgangskode", "adgangskoden", "kodeord",
  "passord", "passordet", "salasana", "salasanani", "hasło", "haslo", "heslo", "jelszó", "jelszo", "jelszavam",
  "jelszava", "parola", "parolă", "parola mea", "lozinka", "šifra", "sifra", "geslo", "parole", "slaptažodis",
  "salasõna", "κωδικός", "κωδικός πρόσβασης", "συνθηματικό", "пароль", "паролата", "парола", "лозинка", "шифра",
  "şifre", "şifrem", "şifresi", "sifre", "parolam", "סיסמה", "הסיסמה", "סיסמא", "كلمة المرور", "كلمة السر",
  "رمز المرور", "رمز عبور", "گذرواژه", "mật khẩu", "kata sandi", "sandi", "kata laluan", "รหัสผ่าน", "पासवर्ड", "密码", "密碼", "口令",
  "パスワード", "暗証番号", "비밀번호", "암호",
  // 1.5.0: answers that unlock an account, and seed phrases
  "security answer", "secret answer", "memorable word", "memorable answer", "seed phrase", "recovery phrase", "mnemonic",
  // 1.5.0: the forms the word takes after "with" and in other cases ("s heslem X", "с паролем X",
  // "salasanalla X", "ar paroli X"), and the languages 1.4.0 lacked
  "heslem", "hesla", "heslo je", "hasłem", "hasła", "hasło to", "паролем", "пароля", "паролі", "salasanalla",
  "salasanaksi", "κωδικό", "κωδικού", "κωδικό πρόσβασης", "κωδικού πρόσβασης", "paroli", "paroles", "slaptažodžiu",
  "slaptažodį", "parooliga", "parool", "parooli", "lozinkom", "lozinke", "lozinku", "šifrom", "geslom", "gesla", "geslo je",
  "parolei", "парола", "паролата", "паролою", "adgangskoden", "passordet", "wachtwoord", "pasvorto", "pasvorton",
  "nenosiri", "neno la siri", "iphasiwedi", "phasiwedi", "ngephasiwedi", "nephasiwedi", "wagwoord", "wagwoorde",
  "bằng mật khẩu", "kata laluan", "sandi", "بكلمة المرور", "بكلمة السر", "برمز", "პაროლი", "პაროლით", "პაროლს",
  "գաղտնաբառ", "գաղտնաբառը", "parol", "parolni", "şifrə", "şifrəsi", "şifrəni", "lykilorð", "lykilorðið", "pasahitza",
  "contrasinal", "contrasenya", "pasfhocal", "cyfrinair",
  // 1.6.0: keys and tokens by what they open ("the key is X", "Access key: X"; a bare "key"
  // needs a long value with digits, see cued-values.ts), and words 1.5.0 lacked
  "key", "pass", "access key", "secret access key", "api secret", "app secret", "app password", "application password",
  "client secret", "shared secret", "webhook secret", "signing key", "encryption key", "master key", "license key",
  "licence key", "product key", "pre-shared key", "psk", "wpa key", "wpa2 key", "bot token", "personal access token",
  "session token", "refresh token", "secret token", "deploy key", "root password", "admin password", "router password",
  "wifi", "wi-fi", "wlan", "p/w", "psw", "pswd", "passw", "pword", "pass code", "pass word", "login password", "account password", "user password",
  "email password", "e-mail password", "mail password", "vpn password", "db password", "database password", "ssh password",
  "pin-code", "pin-koodi", "pin kód", "pin-kód", "pin-код", "пин-код", "пин код", "codice pin", "kod pin", "kod dostępu",
  "código pin", "code d'accès", "zugangspasswort", "پاس ورڈ", "پاسورڈ", "পাসওয়ার্ড",
  "கடவுச்சொல்", "нууц үг", "құпия сөз", "пароли", "sandinya", "kata sandinya", "ޕާސްވޯޑް", "katasandi", "salasanansa", "salasanani",
  "parolu", "parolası", "parolasi", "passwordnya", "wachtwoordje", "contraseña es", "hasłem jest",
  // 1.7.0: codes that open a door, a phone or an account, lists of codes, Wi-Fi keys in other
  // words, and verification codes in the languages of our users (a code's value needs digits)
  "recovery codes", "backup codes", "security codes", "verification codes", "one-time codes", "passwords", "api keys",
  "access code", "gate code", "entry code", "garage code", "lock code", "building code", "keypad code", "lockbox code",
  "key safe code", "combination", "safe combination", "lock combination", "passkey", "sim pin", "puk", "puk code",
  "sms code", "login code", "auth code", "authentication code", "activation code", "2fa", "mfa", "otp code",
  "wi-fi key", "wifi pass", "wi-fi pass", "wlan key", "wlan-schlüssel", "wlan schlüssel", "wlan-passwort", "wlan passwort",
  "netzwerkschlüssel", "wifi-passwort", "clé wifi", "clé wi-fi", "clave wifi", "clave del wifi", "senha do wifi", "senha wifi",
  "bestätigungscode", "sicherheitscode", "code de vérification", "code de confirmation", "code de sécurité",
  "código de verificación", "código de acceso", "código de seguridad", "código de verificação", "código de acesso",
  "codice di verifica", "codice di accesso", "codice di sicurezza", "kod weryfikacyjny", "kod bezpieczeństwa", "verificatiecode",
  "toegangscode", "beveiligingscode", "verifieringskod", "bekræftelseskode", "vahvistuskoodi", "doğrulama kodu",
  "güvenlik kodu", "код доступа", "код подтверждения", "код из смс", "код безпеки", "код підтвердження", "ověřovací kód",
  "ellenőrző kód", "κωδικός επαλήθευσης", "mã xác nhận", "mã xác thực", "mã otp", "kode verifikasi", "kode otp",
  "رمز التحقق", "קוד אימות", "验证码", "驗證碼", "認証コード", "確認コード", "인증번호", "인증 코드", "인증코드",
  // the word with a possessive or "is" glued on (Uzbek, Azerbaijani, Georgian, Dhivehi), Esperanto and Armenian forms
  "seed words", "recovery words", "secret recovery phrase", "wallet seed", "security question answer",
  "answer to my security question", "answer to the security question", "answer to his security question",
  "answer to her security question", "secret question answer", "memorable information",
  // 1.8.0: a session's id (random values only, never in machine text: cued-values.ts)
  "session id", "session key", "session cookie", "sessionid", "session-id",
  // typing slips of "password" and a credential named alone ("hardcoded credential X")
  "pasword", "passowrd", "passwrod", "psswd", "passwrd", "pswrd", "pwrd", "credential",
  // and an HTTP Authorization header's bare token (a random value only: cued-values.ts)
  "authorization",
  // 1.11.0: "your password" with its possessive glued on (Turkish, Finnish, Hungarian)
  "şifreniz", "şifrenizi", "parolanız", "parolanızı", "salasanasi", "jelszavad", "jelszavát",
  "лозинката", "parolim", "parolingiz", "parolimiz", "şifrəm", "şifrəniz", "პაროლია", "პაროლი არის", "ޕާސްވޯޑަކީ", "pasvorto", "գաղտնաբառն",
];

/**
 * 1.6.0: a value under any of these in a table's header row or a list's cue line is a
 * secret ("| Username | Password |" over "| jdoe | X |"; "Passwords:" over "- NAS: X").
 */
export const SECRET_HEADINGS: readonly string[] = [
  "password", "passwords", "passwd", "pwd", "pw", "pass", "passcode", "passcodes", "pin", "pins", "pin code", "secret",
  "secrets", "token", "tokens", "api key", "api keys", "key", "keys", "credentials", "creds", "passwort", "passwörter",
  "kennwort", "mot de passe", "mots de passe", "mdp", "contraseña", "contraseñas", "clave", "senha", "senhas",
  "wachtwoord", "lösenord", "adgangskode", "passord", "salasana", "hasło", "hasła", "heslo", "hesla", "jelszó",
  "password", "parola", "parole", "lozinka", "şifre", "κωδικός", "пароль", "пароли", "паролі", "סיסמה", "كلمة المرور",
  "mật khẩu", "kata sandi", "密码", "密碼", "パスワード", "비밀번호",
];

/** 1.6.0: a table column or list label that holds the login beside a password column. */
export const LOGIN_HEADINGS: readonly string[] = [
  "username", "user name", "user", "login", "user id", "userid", "account", "benutzer", "benutzername", "utilisateur",
  "identifiant", "usuario", "usuário", "gebruiker", "gebruikersnaam", "användare", "användarnamn", "käyttäjä",
  "käyttäjätunnus", "użytkownik", "login", "логин", "пользователь", "kullanıcı", "kullanıcı adı",
];

/**
 * 1.5.0: words for a password that follow it, in languages that put the password first
 * ("Tavasz99 jelszóval", "Deniz4455 şifresiyle", "Toshkent2021 paroli bilan", "Yerevan88
 * գաղտնաբառով"). Lower-case single words.
 */
export const REVERSE_SECRET_CUES: readonly string[] = [
  "jelszóval", "jelszót", "jelszavú", "şifresiyle", "şifreyle", "parolasıyla", "parolayla", "şifresi", "paroli", "parolini",
  "şifrəsi", "şifrəsilə", "şifrə", "գաղտնաբառով", "գաղտնաբառը", "パスワードで", "비밀번호로",
];

/** A login: the username, then (after "/", ",", "pw", "password") the password. */
export const LOGIN_CUES: readonly string[] = [
  "login", "log-in", "logon", "username", "user name", "user id", "userid", "benutzername", "benutzer",
  "identifiant", "utilisateur", "usuario", "nombre de usuario", "usuário", "gebruikersnaam", "användarnamn",
  "brugernavn", "brukernavn", "käyttäjätunnus", "nazwa użytkownika", "uživatelské jméno",
  "felhasználónév", "utente", "nome utente", "логин", "имя пользователя", "kullanıcı adı", "credentials", "creds",
  // 1.6.0: "logged in with jdoe/S3cret", "the credentials are jdoe and S3cret"
  "logged in with", "log in with", "logging in with", "signed in with", "sign in with", "login credentials",
  // 1.10.0: "Logged in as jdoe", sshd's "Accepted publickey for jdoe from 10.0.0.5"
  "logged in as", "signed in as", "accepted password for",
  // 1.11.0: "I log in as jdoe"
  "log in as", "logging in as", "sign in as", "signing in as", "accepted publickey for", "failed password for",
  "zugangsdaten", "identifiants", "credenciales", "credenciais", "inloggegevens", "inloggningsuppgifter", "dane logowania",
  "přihlašovací údaje", "учетные данные", "данные для входа",
  // 1.11.0: "the user account 'tgarcia' was disabled" (LINKED_LOGIN_CUES; before "user"). Not "account" alone:
  // the identifier cues read "account 4839201174" as a bank account's number.
  "user account",
  // 1.6.0: "user: jdoe pass: X", "usr jdoe pwd X": only with a password after them (LINKED_LOGIN_CUES)
  "user", "usr", "login name", "account name", "kullanıcı", "пользователь", "користувач", "логін", "uživatel", "użytkownik",
  "felhasználó", "utilizator", "utilizador", "χρήστης", "tên đăng nhập", "اسم المستخدم", "שם משתמש",
];

/** 1.6.0: login cues too common to stand alone: they name a login only when a password follows. */
export const LINKED_LOGIN_CUES: readonly string[] = ["user", "usr", "user account", "account name", "kullanıcı", "пользователь", "користувач", "uživatel", "użytkownik", "felhasználó", "utilizator", "utilizador", "χρήστης"];

/** Words between a login's username and its password. */
export const LOGIN_PASSWORD_LINKS: readonly string[] = ["/", ",", "|", ":", "pw", "pwd", "pass", "password", "passwort", "mdp", "senha", "and password", "and pw", "with password", "und passwort", "et mot de passe"];

/** Identifier cues by the type they give. Each needs a value with a digit after it. */
export const ID_CUES: ReadonlyArray<[EntityType, string]> = [
  ...words("PASSPORT", `passport|passport no|passport number|passport num|passport id|reisepass|reisepassnummer|passnummer|
  passeport|numéro de passeport|pasaporte|número de pasaporte|passaporto|passaporte|paspoort|paspoortnummer|passnummer|
  passinummero|passi|paszport|numer paszportu|cestovní pas|číslo pasu|útlevél|útlevélszám|pașaport|pasaport|
  putovnica|pasoš|паспорт|паспорта|номер паспорта|закордонний паспорт|διαβατήριο|pasaport no|pasaport numarası|
  דרכון|جواز السفر|رقم الجواز|گذرنامه|hộ chiếu|paspor|nomor paspor|护照|護照|旅券|パスポート|여권|여권번호`),
  ...words("MEDICAL_LICENSE", `medical license|medical licence|medical license number|dea|dea number|dea no|npi|npi number|
  physician license|license to practise medicine`),
  ...words("US_BANK_NUMBER", `account number|account no|acct|acct no|account #|bank account|bank account number|a/c|a/c no|
  checking account|savings account|kontonummer|konto|numéro de compte|compte|número de cuenta|cuenta|numero di conto|
  conto corrente|número da conta|conta|rekeningnummer|rekening|kontonr|tilinumero|numer konta|číslo účtu|számlaszám|
  număr de cont|cont|broj računa|номер счета|номер счёта|счет|счёт|рахунок|αριθμός λογαριασμού|hesap numarası|hesap no|
  số tài khoản|nomor rekening|账号|帐号|口座番号|계좌번호`),
  ...words("ABA_ROUTING_NUMBER", `routing number|routing no|routing|aba|aba number|aba routing number|rtn|transit number`),
  ...words("US_ITIN", "itin|individual taxpayer identification number"),
  ...words("IN_PAN", "pan|pan card|pan number|pan no|permanent account number"),
  ...words("IN_AADHAAR", "aadhaar|aadhar|aadhaar number|aadhaar no|aadhar number|uid|uidai|आधार|आधार संख्या"),
  ...words("IN_VOTER", "voter id|voter card|epic|epic no|epic number|voter id number|elector photo identity card"),
  ...words("UK_NHS", "nhs number|nhs no|nhs"),
  ...words("UK_NINO", "national insurance number|national insurance no|ni number|ni no|nino|nin"),
  ...words("US_DRIVER_LICENSE", `driver's license|driver's licence|drivers license|drivers licence|driver license|driving licence|
  driving license|licence number|license number|dl|dl#|dl number|dln`),
  ...words("ID", `id number|id no|id card|id card number|identity card|identity number|identification number|national id|
  national id number|personal id|personal number|patient id|patient number|patient no|mrn|medical record number|
  medical record no|medical record|record number|chart number|health insurance number|insurance number|insurance id|
  policy|policy number|policy no|policy #|member id|member number|membership number|membership no|subscriber id|
  employee id|employee number|employee no|staff id|staff number|staff no|badge|badge number|personnel number|user id|
  customer id|customer number|customer no|client number|tax id|tax number|tax no|tin|vat number|vat id|vat no|ein|
  social insurance number|sin|medicare number|student id|student number|matriculation number|loyalty number|
  loyalty card|frequent flyer number|steuer-id|steuernummer|steueridentifikationsnummer|sozialversicherungsnummer|
  personalausweis|personalausweisnummer|ausweisnummer|versichertennummer|krankenversicherungsnummer|
  numéro de sécurité sociale|sécurité sociale|numéro fiscal|carte d'identité|nif|nie|dni|nss|curp|rfc|cpf|cnpj|rg|
  número de identificación|cédula|codice fiscale|carta d'identità|bsn|burgerservicenummer|personnummer|personnummeret|
  fødselsnummer|cpr|cpr-nummer|cpr nummer|henkilötunnus|hetu|pesel|nip|regon|rodné číslo|číslo op|
  személyi szám|adóazonosító|taj szám|cnp|oib|jmbg|emšo|asmens kodas|isikukood|personas kods|αμκα|αφμ|
  αριθμός ταυτότητας|инн|снилс|полис|номер полиса|табельный номер|tc kimlik|tc kimlik no|kimlik no|
  kimlik numarası|tckn|תעודת זהות|ת"ז|מספר זהות|رقم الهوية|الرقم القومي|کد ملی|شماره ملی|cccd|cmnd|số căn cước|
  nik|ktp|nomor ktp|身份证|身份证号|身份證|マイナンバー|주민등록번호|nric|fin|mykad|emirates id|iqama|claim number|claim no|
  reference number|booking reference|booking ref|reservation number|confirmation number|ticket number|e-ticket|pnr|
  reservation code|booking code|booking number|confirmation code|claim #|claim id|member #|account id|
  license plate|licence plate|number plate|plate number|vin|abn|acn|tfn|medicare|uen|rrn|resident registration number|
  partita iva|p.iva|personal identity code|identity code|id no.|id#`),
  // 1.5.0: customer, patient, employee, insurance, file and member numbers in the languages of
  // our users (1.4.0 had them in English only; the number alone read as a postcode).
  ...words("ID", `kundennummer|kundnummer|kundenummer|kundenr|kundennr|klantnummer|klantnr|asiakasnumero|numéro de client|numero client|
  número de cliente|numero cliente|numero di cliente|número do cliente|numer klienta|číslo zákazníka|zákaznické číslo|ügyfélszám|
  ügyfélazonosító|müşteri numarası|müşteri no|номер клиента|номер клієнта|αριθμός πελάτη|kliento numeris|kliendinumber|
  klienta numurs|broj kupca|broj klijenta|številka stranke|numărul de client|număr client|номер на клиента|mã khách hàng|
  nomor pelanggan|หมายเลขลูกค้า|מספר לקוח|رقم العميل|شماره مشتری|ग्राहक संख्या|顧客番号|客户编号|客户号|고객 번호|고객번호|
  patientennummer|patientnummer|patiëntnummer|potilasnumero|numéro de patient|número de paciente|numero paziente|
  numero di paziente|número do paciente|numer pacjenta|číslo pacienta|betegazonosító|hasta numarası|hasta no|номер пациента|
  номер пацієнта|αριθμός ασθενούς|αριθμός μητρώου ασθενούς|αριθμός μητρώου|paciento numeris|patsiendi number|pacienta numurs|
  pacientes id numurs|id numurs|broj pacijenta|številka pacienta|numărul de pacient|număr pacient|номер на пациента|mã bệnh nhân|
  nomor pasien|หมายเลขผู้ป่วย|מספר מטופל|מספר חולה|رقم المريض|شماره بیمار|रोगी संख्या|患者番号|患者编号|病历号|환자 번호|환자번호|
  mitarbeiternummer|personalnummer|personeelsnummer|werknemersnummer|henkilöstönumero|työntekijänumero|numéro d'employé|matricule|
  número de empleado|numero dipendente|matricola|número de funcionário|numer pracownika|osobní číslo|törzsszám|personel numarası|
  sicil no|sicil numarası|darbuotojo numeris|töötaja number|darbinieka numurs|broj zaposlenika|matični broj|številka zaposlenega|
  număr de angajat|mã nhân viên|nomor karyawan|nomor induk pegawai|รหัสพนักงาน|מספר עובד|رقم الموظف|شماره پرسنلی|कर्मचारी संख्या|
  社員番号|员工编号|工号|사번|사원번호|anställningsnummer|ansattnummer|medarbejdernummer|
  versicherungsnummer|verzekeringsnummer|vakuutusnumero|numéro d'assurance|número de seguro|numero di assicurazione|
  número do seguro|numer ubezpieczenia|číslo pojištěnce|číslo pojistky|biztosítási szám|sigorta numarası|номер страховки|
  αριθμός ασφάλισης|draudimo numeris|kindlustuse number|apdrošināšanas numurs|broj osiguranja|številka zavarovanja|
  numărul de asigurare|număr de asigurare|осигурителен номер|số bảo hiểm|nomor asuransi|เลขประกัน|מספר ביטוח|رقم التأمين|
  شماره بیمه|बीमा संख्या|保険番号|保险号|보험 번호|försäkringsnummer|forsikringsnummer|
  aktenzeichen|dossiernummer|numéro de dossier|número de expediente|numero di pratica|número do processo|numer sprawy|
  spisová značka|ügyszám|dosya numarası|номер дела|αριθμός φακέλου|bylos numeris|toimiku number|lietas numurs|broj predmeta|
  številka zadeve|număr dosar|номер на делото|mã hồ sơ|nomor berkas|מספר תיק|رقم الملف|شماره پرونده|档案号|사건 번호|ärendenummer|
  saksnummer|sagsnummer|asianumero|
  mitgliedsnummer|lidnummer|jäsennumero|numéro de membre|número de socio|numero di socio|número de sócio|numer członkowski|
  členské číslo|tagsági szám|üye numarası|номер участника|αριθμός μέλους|nario numeris|liikmenumber|biedra numurs|članski broj|
  članska številka|număr de membru|mã thành viên|nomor anggota|หมายเลขสมาชิก|מספר חבר|رقم العضوية|شماره عضویت|सदस्य संख्या|
  会員番号|会员号|회원 번호|회원번호|medlemsnummer`),
  // 1.6.0: orders, cases and insurance policies in the languages of our users, and more national ids.
  ...words("ID", `order number|order no|order id|case id|case number|case no|numéro client|numéro de client|
  número de póliza|numero de poliza|póliza|poliza|numero di polizza|polizza|polisnummer|polis nr|polisnr|nr polisy|numer polisy|
  polisa|poliçe no|poliçe numarası|sigorta poliçe no|policennummer|versicherungsscheinnummer|numéro de police|
  número da apólice|apólice|číslo pojistné smlouvy|kötvényszám|număr poliță|номер страхового полиса|αριθμός συμβολαίου|
  amka|afm|tckn no|bestellnummer|numéro de commande|número de pedido|numero d'ordine|número do pedido|ordernummer|
  numer zamówienia|číslo objednávky|rendelésszám|sipariş no|sipariş numarası|номер заказа|номер замовлення`),
];

/**
 * 1.6.0: more identifier cues: abbreviations ("Acct #", "Emp ID"), national and tax ids of
 * the countries of our users by their local names, and words for passports, accounts and
 * licences in more languages.
 */
export const MORE_ID_CUES: ReadonlyArray<[EntityType, string]> = [
  ...words("PASSPORT", `passport no.|passport #|passin numero|pasnummer|passi number|paspoortnommer|číslo pasu|številka potnega lista|
  broj putovnice|broj pasoša|број на пасош|номер на паспорт|număr pașaport|numărul pașaportului|numer paszportu|útlevél száma|
  αριθμός διαβατηρίου|серия и номер паспорта|номер паспорту|pasaport numarası|pasport raqami|pasport nömrəsi|
  անձնագրի համար|პასპორტის ნომერი|מספר דרכון|رقم جواز السفر|شماره پاسپورت|شماره گذرنامه|số hộ chiếu|nomor paspor|
  หนังสือเดินทาง|पासपोर्ट|पासपोर्ट संख्या|पासपोर्ट नम्बर|护照号|护照号码|旅券番号|여권 번호|nambari ya pasipoti`),
  ...words("US_BANK_NUMBER", `acct #|acct no.|account #|bank account no|bank acct|rekeningnommer|kontonr.|tilinro|
  numer rachunku|nr konta|nr rachunku|číslo bankovního účtu|bankszámlaszám|număr de cont bancar|broj tekućeg računa|
  номер банковского счета|номер рахунку|αριθμός λογαριασμού|banka hesap numarası|hesab nömrəsi|מספר חשבון|رقم الحساب|
  شماره حساب|เลขที่บัญชี|खाता संख्या|银行账号|銀行口座|계좌 번호|sort code|bsb|bsb number|loan number|loan account|
  loan account number|mortgage number|mortgage account`),
  ...words("US_DRIVER_LICENSE", `licence no.|license no.|driver's licence no|driving licence no|führerscheinnummer|
  numéro de permis|permis de conduire|número de licencia|licencia de conducir|carteira de motorista|cnh|patente|rijbewijsnummer|
  ajokortin numero|körkortsnummer|prawo jazdy|numer prawa jazdy|řidičský průkaz|jogosítvány|водительское удостоверение|
  номер водительского удостоверения|ehliyet no|ehliyet numarası|運転免許証番号|免許証番号|驾驶证号|운전면허 번호`),
  ...words("ID", `emp id|empid|emp no|emp #|employee #|staff #|user #|uid number|health card|health card number|health card no|
  health insurance no|insurance no|insurance #|hospital number|hospital no|patient #|mrn #|subscriber number|subscriber no|
  visa number|visa no|residence permit|residence permit number|permit number|work permit|work permit number|green card|
  green card number|alien number|alien registration number|a-number|uscis number|tax file number|tax identification number|
  taxpayer id|taxpayer identification number|ssn #|social security no|social security #|sin number|ppsn|pps number|
  chi number|ohip|ohip number|ihi number|medicare card number|medicare no|nhi number|ahv|ahv-nummer|ahv-nr|avs|numéro avs|
  rijksregisternummer|numéro national|numéro de registre national|insee|nir|numéro de sécurité sociale|sozialversicherungsnr|
  svnr|steuer-nr|steuer-identnummer|idnr|npwp|cnic|nic number|nid|nid number|national identity number|national identification number|
  citizenship number|nagarikta number|bvn|nin number|ghana card|ghana card number|omang|rsa id|id-nommer|id nommer|
  inombolo kamazisi|nambari ya kitambulisho|kitambulisho|qid|civil id|emirates id number|fin number|nric number|
  nr dowodu|numer dowodu|dowód osobisty|seria i numer dowodu|nr pesel|numer pesel|nr nip|numer nip|
  személyi igazolvány|személyi igazolvány szám|személyi igazolvány száma|adóazonosító jel|adószám|taj|
  číslo občanského průkazu|číslo občianskeho preukazu|číslo op|davčna številka|broj osobne iskaznice|broj lične karte|
  јмбг|ембг|егн|личен номер|cod numeric personal|seria și numărul|număr de identificare|cpr-nr|cpr nr|sotu|
  sosiaaliturvatunnus|personnummer|fødselsnr|personas kods|asmens kodas|isikukood|ipn|іпн|рнокпп|
  ідентифікаційний код|податковий номер|ипн|иин|снилс №|полис омс|номер полиса омс|vergi numarası|vergi no|vergi kimlik numarası|
  fin kod|fin kodu|şəxsiyyət vəsiqəsi|jshshir|pinfl|პირადი ნომერი|անձնագիր|հծհ|מספר ת"ז|ת.ז.|מספר תעודת זהות|
  الرقم الوطني|رقم البطاقة الوطنية|الرقم المدني|شماره شناسنامه|شماره ملی|شناختی کارڈ نمبر|شناختی کارڈ|
  เลขบัตรประชาชน|หมายเลขบัตรประชาชน|เลขประจำตัวประชาชน|पैन|पैन नंबर|आधार नंबर|नागरिकता नम्बर|mã số thuế|mst|
  căn cước công dân|số căn cước công dân|số định danh|nomor induk kependudukan|社会保障号|社保号|身份证号码|身分證字號|
  保険証番号|基礎年金番号|운전면허번호|외국인등록번호|ids|user ids|patient ids|member ids`),
  // 1.7.0: applications, files, registrations, certificates, benefits, prescriptions and devices;
  // references of claims and customers; "ID number" in more languages.
  ...words("ID", `application number|application no|application id|visa application number|case file|case file number|file number|file no|
  claim ref|claim reference|claim reference number|customer ref|customer reference|client ref|client reference|patient ref|
  matter number|docket number|case ref|case reference|registration number|registration no|reg no|vehicle registration|
  certificate number|certificate no|birth certificate number|benefit number|beneficiary id|beneficiary number|pension number|
  prescription number|rx number|rx #|imei|imei number|device id|enrollment number|enrolment number|admission number|
  roll number|record locator|airline booking reference|applicant id|candidate id|candidate number|personal id number|personal identification number|
  личный номер|идентификационный номер|ідентифікаційний номер|numéro d'identification|numero identificativo|
  identifikationsnummer|identificatienummer|numer identyfikacyjny|identifikační číslo|osobné číslo|osobni broj|
  número de identidad|número de documento|numero di documento|número do documento|dokumentnummer|documentnummer|
  numéro de document|номер документа|belge numarası|số giấy tờ|nomor dokumen|document number|document no|id document number`),
  // 1.8.0: customer codes and enrolment numbers in the Romance languages ("identifier" alone was
  // left out: compilers say "Unexpected identifier 'x1'").
  ...words("ID", `código de cliente|código do cliente|codice cliente|codice del cliente|code client|code de client|matrícula|
  número de matrícula|numero di matricola|numéro de matricule|customer code|client code|member code|patient code`),
];

function words(type: EntityType, list: string): Array<[EntityType, string]> {
  return list.split("|").map((w) => [type, w.replace(/\s+/g, " ").trim()] as [EntityType, string]).filter(([, w]) => w.length > 0);
}

/**
 * Words that, right after a secret cue, say something about it rather than give it:
 * "password is required", "password reset", "passwort vergessen". Lower-case.
 * 1.11.0: and what a manual or a ticket says to do instead of giving it ("Password: leave blank",
 * "Password: ask IT", "Password: minimum 12 characters", "Password: hashed with bcrypt"), and an
 * intensifier before what the password is like ("my password is very long").
 */
export const NOT_A_SECRET_WORDS: readonly string[] = `required incorrect wrong invalid expired expires correct too not empty missing same different
fine ok okay good bad great right secure insecure safe unsafe compromised leaked known unknown blank short weak strong
changed updated rotated revoked locked unlocked shared reused case-sensitive
strong weak short long changed change reset set stored saved sent shown hidden encrypted needed mandatory optional valid
protected manager field policy policies length rules rule hint hints prompt dialog box form page screen link email mail
reminder recovery protected-by must should will would can could may might has have had does did was were been being
and or but for with without from into onto of to in on at by the a an my your his her our their its this that these
those it is are be here there now then please again only also just still yet never always forgotten forgot lost
incorrect
simple easy hard difficult complex complicated obvious temporary permanent random unique generated automatic secret
confidential private personal public visible predictable guessable stupid terrible useless important sensitive enough
longer shorter stronger weaker better worse old new default current previous last first next same similar also still
got gets getting has been being what which who whatever something nothing anything everything one ones none
out over up down off away written given taken stolen chosen broken spoken frozen driven instructions
blocked suspended disabled deactivated gone kaput accepted rejected denied declined failed failing outdated unavailable
fail passed skip skipped pending flaky
see siehe voir ver vea vedi vedere zie zobacz patrz см
leave ask check contact call use using minimum maximum hashed salted
very really quite extremely rather fairly totally`.split(/\s+/);

/**
 * 1.8.0: what a password is like in other languages ("Mein Passwort ist abgelaufen", "La mia
 * password è scaduta", "Şifre yanlış"). Unlike the words above these are no secret only after a
 * word that says "is" in another language, never after ":" or "=", in quotes, or as a login:
 * "DB_PASSWORD=nova", "password: Salva", "The wifi password is stark" are passwords.
 */
export const PASSWORD_STATE_WORDS: readonly string[] = `abgelaufen gesperrt richtig korrekt gültig geändert zurückgesetzt neu alt kurz lang sicher unsicher schwach stark leer abgelehnt gespeichert verschlüsselt geheim nicht
expiré expirée bloqué bloquée erroné erronée faux fausse correcte invalide valide changé changée modifié modifiée réinitialisé réinitialisée nouveau nouvelle ancien ancienne trop courte longue sécurisé faible forte vide obligatoire oubliée refusé refusée rejeté enregistré chiffré pas
scaduta scaduto bloccata bloccato sbagliata sbagliato errata errato corretta corretto giusta giusto valida cambiata cambiato modificata reimpostata nuova nuovo vecchia vecchio troppo corta lunga sicura debole vuota obbligatoria dimenticata rifiutata salvata non
caducada caducado expirada expirado bloqueada bloqueado errónea válida inválida cambiada cambiado restablecida nueva vieja antigua demasiado corto segura débil fuerte vacía olvidado rechazada guardada
errada errado correta certa alterada mudada redefinida nova velha muito curta segura fraca vazia obrigatória esquecido recusada salva não
verlopen geblokkeerd fout juist ongeldig geldig gewijzigd veranderd gereset nieuw oud kort veilig zwak sterk leeg verplicht geweigerd opgeslagen niet
wygasło wygasłe zablokowane nieprawidłowe prawidłowe poprawne zmienione nowe stare krótkie długie bezpieczne słabe silne puste wymagane odrzucone nie
utgånget spärrat låst rätt ogiltigt giltigt ändrat nytt gammalt säkert svagt starkt tomt obligatoriskt inte udløbet spærret ugyldig gyldig ændret gammel utløpt sperret feil riktig endret ikke
истёк истек заблокирован правильный верный изменён изменен сброшен новый старый слишком короткий длинный надёжный слабый сильный пустой обязательный забыт не
yanlış doğru geçersiz geçerli değiştirildi yeni eski kısa uzun güvenli zayıf güçlü boş zorunlu unutuldu değil
hatalı kilitli engellendi bloke
salah benar betul tidak bukan belum sudah kedaluwarsa terblokir diblokir terkunci lupa hilang baru lama kosong
mali tama hindi luma bago mahina
greșită greșit incorectă incorect corectă corect expirată expirat blocată blocat nouă veche invalidă valabilă nu
λάθος λανθασμένος λανθασμένο σωστός σωστό άκυρος άκυρο κλειδωμένος δεν
špatné neplatné platné zablokované správné nové staré není rossz helyes érvénytelen lejárt zárolva nem
vanhentunut lukittu oikea virheellinen
неправильний неправильна невірний заблокований застарілий новий старий
vergessen falsch ungültig erforderlich oublié requis olvidada incorrecta obligatoria esquecida incorreta
vergeten onjuist glömt fel glemt forkert unohtunut väärä zapomniane błędne zapomenuté chybné elfelejtett hibás
забыл неверный неправильный`.split(/\s+/);

/**
 * 1.11.0: password managers and secret stores, lower-case: "the password is in 1Password", "token: see
 * Bitwarden" name where the secret is kept, not the secret.
 */
export const PASSWORD_STORES: readonly string[] = `1password lastpass bitwarden vaultwarden keepass keepassxc keepassx dashlane nordpass
roboform enpass keeper keychain passbolt psono doppler infisical vault hashicorp`.split(/\s+/);
