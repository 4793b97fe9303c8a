/**
 * 1.11.0: values after a secret's key or cue that stand for the secret instead of being one, as code
 * and documentation write them: a shell substitution ("password=$(cat /run/secrets/db)"), a
 * template ("{{ .Values.db.password }}"), a reference to where the program reads it
 * ("req.body.password", "os.environ['DB_PASSWORD']", "getpass.getpass()"), a type
 * ("password: string;", "password VARCHAR(255)"), a variable, a YAML tag or a file ("hashedPassword",
 * "!vault", ".env") and a placeholder to fill in ("YOUR_PASSWORD_HERE", "your-api-key"). A password no one would write like these stays one
 * ("Summer.2024", "Qve)uz*6", "hunter2").
 */

/**
 * Types a field's declaration gives it (TypeScript, Python, GraphQL, SQL, .NET), the keywords an
 * expression opens with ("password: await bcrypt.hash(…)") and the commands that print a secret
 * ("PASSWORD=`cat /etc/secret`").
 */
const TYPE_NAMES = new Set(`string str int integer number boolean bool bytes bytea varchar nvarchar char nchar varbinary secretstr securestring object
await new yield typeof lambda`.split(/\s+/));
// 1.11.0 review: "cat", "echo", "text" and "any" left the list above: they are words people choose as passwords
// ("The password is cat"); "new" stays: code goes on after it ("password: new Buffer(…)"). SQL's TEXT counts only in capitals, as a column's declaration writes it.
const UPPER_TYPES = new Set(["TEXT", "ANY"]);

/** Where programs read a secret from: the first part of a dotted reference ("req.body.password", "os.environ"). */
const CODE_ROOTS = new Set("this self req request res process os env environ config cfg conf settings options opts params args argv props ctx context data body form input secrets vault credentials creds payload event values app window document module cls".split(" "));

/** Roots above that are English words too: "data.center", "app.store" are words a password is made of. */
const WORD_ROOTS = new Set("request process config settings options data body form input secrets vault credentials payload event values app window document module context".split(" "));

/** A field code reads from such a root ("input.value", "event.target"). */
const FIELD_PARTS = new Set("value val text target current get env".split(" "));

/** Functions and types written with a bracket after them ("getpass()", "input(", "VARCHAR(255)"). */
const CALLS = new Set("getpass input prompt getenv env environ secret secrets readline read ask get fetch require decrypt vault config varchar nvarchar char nchar varbinary binary string".split(" "));

/** Words that make a name of words a placeholder to fill in ("YOUR_PASSWORD_HERE", "example-token"). */
const FILL_IN = new Set("your here example placeholder insert replace changeme goes todo xxx".split(" "));
/**
 * 1.11.0 review: words that make one only beside a word for the secret ("dummy-password", "fake_token"): alone they
 * are words of a password ("Dummy_Account", "fake-plastic-trees").
 */
const FILL_IN_WITH_SECRET = new Set(["dummy", "sample", "fake", "test", "my"]);
/** Whole words of an identifier that name a secret ("db_password", "getSecret", "apiKey"); not letters inside a word ("monkey", "passion", "Turkey"). */
const SECRET_WORDS = new Set("pass passwd password passwords pwd pw secret secrets token tokens key keys apikey cred creds credential credentials passphrase".split(" "));
/**
 * 1.11.0 review: what a variable named for a secret opens with ("hashedPassword", "dbSecret", "newToken"); a camel
 * hump after another word is a password's shape too ("superSecret", "topSecret", "myKey").
 */
const VARIABLE_PREFIXES = new Set(`hashed hash encrypted enc decrypted plain plaintext raw stored saved current curr new old prev previous confirm confirmed
db database user users admin root api access refresh client app auth session jwt bearer master private public signing secret
aws gh github gitlab stripe smtp mail email redis mongo postgres pg mysql sql ldap default temp tmp input form req local env
service account bot webhook oauth csrf xsrf id reset verify verification generated random initial expected actual
fake dummy sample test example placeholder mock stub`.split(/\s+/));

// The tags of Ansible, CloudFormation and Home Assistant, as written: a password may open with "!" ("!vwVcPRIESrbb").
const YAML_TAG = /^!(?:vault|Ref|Sub|GetAtt|ImportValue|Join|Select|Split|FindInMap|If|Base64|Transform|secret|env|ENV|env_var|include|reference|unsafe|encrypted|sops|binary|str)$/;
const SHELL_COMMAND = /^(?:cat|echo|printf|openssl|base64|pwgen|head|vault|aws|gcloud|az|op|kubectl|security|gpg|sops)[ \t]+\S/;
const CHAIN = /^[A-Za-z_$][\w$]*(?:(?:\.|->|::)[A-Za-z_$][\w$]*)+(?:[([].*)?$/;
const CALL = /^([A-Za-z_$][\w$]*)\((?:\)|\d{0,4}\)?|["'`].*|[A-Za-z_$][\w$.]*\)?)?;?$/;

/** The words of an identifier, lower-case: "getDbPassword" -> get, db, password; "DB_PASSWORD" -> db, password. */
function identifierWords(name: string): string[] {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

function namesSecret(name: string): boolean {
  return identifierWords(name).some((w) => SECRET_WORDS.has(w));
}

/**
 * Whether a value read as a secret is how code or a manual refers to one. `after` is the text right after the value
 * when the caller has it: a YAML tag is one only before its argument or a block ("!secret wifi_password", "!vault |").
 */
export function codePlaceholder(value: string, after?: string): boolean {
  const first = value.charCodeAt(0);
  // "$(cat …)", "`cat …`", "{{ … }}", "%(db_password)s", "%DB_PASSWORD%".
  if (first === 36 /* $ */ && value[1] === "(") return true;
  // A quoted command that prints the secret ("`cat /etc/secret`", "$(vault kv get …)" read inside its quotes).
  if (SHELL_COMMAND.test(value)) return true;
  if (first === 96 /* ` */ || value.startsWith("{{") || value.startsWith("{%") || value.startsWith("${") || value.startsWith("%(") || /^%[A-Z_]+%$/.test(value)) return true;
  // A YAML tag ("password: !vault |", "!Ref DbPassword") and a file the secret is kept in ("in .env", "secrets.yaml").
  // 1.11.0 review: a bare tag ending the text ("password: !secret") is a password that opens with "!".
  if (first === 33 /* ! */ && YAML_TAG.test(value) && (after === undefined || /^[ \t]+\S/.test(after))) return true;
  if (/^\.[a-z]{2,12}$|^[\w.-]{1,40}\.(?:env|json|ya?ml|toml|ini|conf|cfg|properties|xml)$/.test(value)) return true;
  // A key's file ("server.key", "id_rsa.pem"), not a password with a dot ("hunter2.key": letters and digits mixed).
  if (/^[A-Za-z_-]{1,40}\.(?:pem|key)$/.test(value)) return true;
  // A variable named for what it holds ("hashedPassword", "dbSecret", "newToken"), opening with a word code uses there.
  const camel = /^([a-z][a-z0-9]*)(?:[A-Z][a-z0-9]*)*(?:Password|Passwd|Pwd|Pass|Secret|Token|Key)$/.exec(value);
  if (camel && VARIABLE_PREFIXES.has(camel[1])) return true;
  const lower = value.toLowerCase().replace(/[!?;]+$/, "");
  if (TYPE_NAMES.has(lower) || UPPER_TYPES.has(value.replace(/[!?;]+$/, ""))) return true;
  // A declaration's type in lower case ends at its ";" or "," ("password: text;", "password: any,").
  if (UPPER_TYPES.has(lower.toUpperCase()) && (/[;,]$/.test(value) || /^[ \t]*[;,)]/.test(after ?? ""))) return true;
  // 1.11.0 review: a dotted chain is code when its root is where programs read values or it calls or indexes
  // something; a secret's word counts only as a whole part past the root ("vaultClient.dbPassword"), never
  // as letters inside a word ("monkey.business", "Turkey.Dinner", "Whiskey.Bar42", "hunter2.key").
  if (CHAIN.test(value)) {
    const parts = value.split(/\.|->|::|[([]/);
    const root = parts[0].toLowerCase();
    // A root that is also an English word opens a code reference with a field's name after it, not any word ("data.center").
    const wordRoot = WORD_ROOTS.has(root) && parts.length === 2 && !namesSecret(parts[1]) && !FIELD_PARTS.has(parts[1]) && !/[A-Z_\d]/.test(parts[1]);
    if (/[([]/.test(value) || (CODE_ROOTS.has(root) && !wordRoot)) return true;
    if (/^[a-z_$][\w$]*[A-Z_]/.test(parts[0]) && parts.slice(1).some(namesSecret)) return true;
  }
  const call = CALL.exec(value);
  // A function's name: one code uses ("getpass()") or one naming a secret among other words ("getSecret()"), not "Hockey(99)".
  if (call && (CALLS.has(call[1].toLowerCase()) || (namesSecret(call[1]) && identifierWords(call[1]).length > 1))) return true;
  if (/^[A-Za-z]+(?:[_-][A-Za-z]+)+$/.test(value)) {
    const words = lower.split(/[_-]/);
    if (words.some((p) => FILL_IN.has(p)) || (words.some((p) => FILL_IN_WITH_SECRET.has(p)) && words.some((p) => SECRET_WORDS.has(p)))) return true;
  }
  return false;
}
