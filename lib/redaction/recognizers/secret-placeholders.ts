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
const TYPE_NAMES = new Set(`string str int integer number boolean bool bytes bytea text varchar nvarchar char nchar varbinary secretstr securestring any object
await new yield typeof lambda cat echo printf openssl base64 pwgen`.split(/\s+/));

/** Where programs read a secret from: the first part of a dotted reference ("req.body.password", "os.environ"). */
const CODE_ROOTS = new Set("this self req request res process os env environ config cfg conf settings options opts params args argv props ctx context data body form input secrets vault credentials creds payload event values app window document module cls".split(" "));

/** Functions and types written with a bracket after them ("getpass()", "input(", "VARCHAR(255)"). */
const CALLS = new Set("getpass input prompt getenv env environ secret secrets readline read ask get fetch require decrypt vault config varchar nvarchar char nchar varbinary binary string".split(" "));

/** Words that make a name of words a placeholder to fill in ("YOUR_PASSWORD_HERE", "example-token"). */
const FILL_IN = new Set("your here example placeholder dummy sample fake insert replace changeme goes todo xxx".split(" "));

// The tags of Ansible, CloudFormation and Home Assistant, as written: a password may open with "!" ("!vwVcPRIESrbb").
const YAML_TAG = /^!(?:vault|Ref|Sub|GetAtt|ImportValue|Join|Select|Split|FindInMap|If|Base64|Transform|secret|env|ENV|env_var|include|reference|unsafe|encrypted|sops|binary|str)$/;
const SHELL_COMMAND = /^(?:cat|echo|printf|openssl|base64|pwgen|head|vault|aws|gcloud|az|op|kubectl|security|gpg|sops)[ \t]+\S/;
const SECRET_PART = /pass|pwd|secret|token|key|cred/i;
const CHAIN = /^[A-Za-z_$][\w$]*(?:(?:\.|->|::)[A-Za-z_$][\w$]*)+(?:[([].*)?$/;
const CALL = /^([A-Za-z_$][\w$]*)\((?:\)|\d{0,4}\)?|["'`].*|[A-Za-z_$][\w$.]*\)?)?;?$/;

/** Whether a value read as a secret is how code or a manual refers to one. */
export function codePlaceholder(value: string): boolean {
  const first = value.charCodeAt(0);
  // "$(cat …)", "`cat …`", "{{ … }}", "%(db_password)s", "%DB_PASSWORD%".
  if (first === 36 /* $ */ && value[1] === "(") return true;
  // A quoted command that prints the secret ("`cat /etc/secret`", "$(vault kv get …)" read inside its quotes).
  if (SHELL_COMMAND.test(value)) return true;
  if (first === 96 /* ` */ || value.startsWith("{{") || value.startsWith("{%") || value.startsWith("${") || value.startsWith("%(") || /^%[A-Z_]+%$/.test(value)) return true;
  // A YAML tag ("password: !vault |", "!Ref DbPassword") and a file the secret is kept in ("in .env", "secrets.yaml").
  if (first === 33 /* ! */ && YAML_TAG.test(value)) return true;
  if (/^\.[a-z]{2,12}$|^[\w.-]{1,40}\.(?:env|json|ya?ml|toml|ini|conf|cfg|properties|xml|pem|key)$/.test(value)) return true;
  // A variable named for what it holds ("hashedPassword", "dbSecret", "newToken").
  if (/^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)*(?:Password|Passwd|Pwd|Pass|Secret|Token|Key)$/.test(value)) return true;
  const lower = value.toLowerCase().replace(/[!?;]+$/, "");
  if (TYPE_NAMES.has(lower)) return true;
  if (CHAIN.test(value)) {
    const parts = value.split(/\.|->|::|[([]/);
    if (/[([]/.test(value) || CODE_ROOTS.has(parts[0].toLowerCase()) || parts.some((p) => SECRET_PART.test(p))) return true;
  }
  const call = CALL.exec(value);
  if (call && (CALLS.has(call[1].toLowerCase()) || SECRET_PART.test(call[1]))) return true;
  if (/^[A-Za-z]+(?:[_-][A-Za-z]+)+$/.test(value) && lower.split(/[_-]/).some((p) => FILL_IN.has(p))) return true;
  return false;
}
