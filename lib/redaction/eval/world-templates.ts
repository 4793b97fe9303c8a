/**
 * World templates (dev split, tuned on): every faker locale through templates of seven
 * kinds of text (address blocks, chat, e-mail, incident reports, records, code and logs,
 * plain prose), written for the 1.4.0 round from how such text looks in real traffic.
 * The template id starts with its kind ("address:block-cue"), so the bench can report
 * figures per kind. Prose and most of the code/log text hold no PII: they measure how
 * many ordinary words the engine takes.
 */
import type { Faker } from "@faker-js/faker";
import { SampleBuilder, type LabelledSample } from "./labelled-sample";
import * as w from "./world-values";
import { allFakers } from "@faker-js/faker";
import { WORLD_PROSE } from "./world-prose";

interface WorldTemplate {
  id: string;
  build: (b: SampleBuilder, f: Faker, locale: string) => void;
}

const pick = <T>(f: Faker, xs: readonly T[]): T => f.helpers.arrayElement(xs as T[]);
const prose = (f: Faker) => pick(f, WORLD_PROSE);

/** Postcode and town in the order the locale writes them (town first in the US/UK/CA/AU). */
function postcodeTown(b: SampleBuilder, f: Faker, locale: string, sep = " "): void {
  if (/^en_(US|GB|CA|AU|IE|NZ)|^en$|^ko|^ja|^zh/.test(locale)) b.e("LOCATION", w.city(f)).t(sep).e("LOCATION", w.zip(f));
  else b.e("LOCATION", w.zip(f)).t(sep).e("LOCATION", w.city(f));
}

const TEMPLATES: WorldTemplate[] = [
  // ---- address -------------------------------------------------------------------
  {
    id: "address:block-cue",
    build: (b, f, l) => {
      b.t(pick(f, ["Ship to:", "Delivery address:", "Send the documents to:", "Billing address", "Mailing address:"]) + "\n");
      b.e("PERSON", w.fullName(f, l)).t("\n").e("LOCATION", w.street(f)).t("\n");
      if (f.datatype.boolean()) b.e("LOCATION", w.unit(f)).t("\n");
      postcodeTown(b, f, l);
      b.t("\n").e("LOCATION", f.datatype.boolean() ? w.country(f).toUpperCase() : w.country(f));
    },
  },
  {
    id: "address:block-bare",
    build: (b, f, l) => {
      b.e("LOCATION", w.streetWithUnit(f)).t("\n");
      postcodeTown(b, f, l);
      b.t("\n").e("LOCATION", w.country(f)).t("\n\n" + prose(f));
    },
  },
  {
    id: "address:one-line-spaces",
    build: (b, f, l) => {
      b.e("PERSON", w.fullName(f, l)).t("  ").e("LOCATION", w.street(f)).t("  ");
      postcodeTown(b, f, l);
      b.t("  ").e("LOCATION", w.country(f));
    },
  },
  {
    id: "address:one-line-commas",
    build: (b, f, l) => {
      b.t(pick(f, ["My new address is ", "Please update the address on file to ", "Deliver to ", "Address: "])).e("LOCATION", w.street(f)).t(", ");
      postcodeTown(b, f, l);
      b.t(", ").e("LOCATION", w.country(f)).t(pick(f, [".", ". Thanks!", " — the old one is no longer valid."]));
    },
  },
  {
    id: "address:us-style",
    build: (b, f) => {
      b.t("Return label\n").e("LOCATION", w.street(f)).t("\n").e("LOCATION", w.unit(f)).t("\n").e("LOCATION", w.city(f)).t(", ").e("LOCATION", w.state(f)).t(" ").e("LOCATION", w.zip(f));
    },
  },
  {
    id: "address:form",
    build: (b, f) => {
      b.t("Street: ").e("LOCATION", w.street(f)).t("\nCity: ").e("LOCATION", w.city(f)).t("\nPostal code: ").e("LOCATION", w.zip(f)).t("\nRegion: ").e("LOCATION", w.state(f)).t("\nCountry: ").e("LOCATION", w.country(f));
    },
  },
  {
    id: "address:in-sentence",
    build: (b, f, l) => {
      b.t(pick(f, ["The parcel was left at ", "We moved to ", "She now lives at ", "Pick-up point: "])).e("LOCATION", w.street(f)).t(pick(f, [" in ", ", "])).e("LOCATION", w.city(f));
      b.t(pick(f, [" last month.", ", near the station.", ". The courier could not find it."]));
      if (l) b.t(" " + prose(f));
    },
  },
  // ---- chat ----------------------------------------------------------------------
  {
    id: "chat:moved",
    build: (b, f) => {
      b.t(pick(f, ["hey, it's ", "Hi, this is ", "hello! ", "Good morning, my name is "])).e("PERSON", w.firstName(f)).t(pick(f, [". I moved from ", ", I just relocated from ", ". We came over from "]));
      b.e("LOCATION", w.city(f)).t(" to ").e("LOCATION", w.city(f)).t(pick(f, [" last ", " on "])).e("DATE_TIME", f.date.weekday()).t(pick(f, [", can you update my profile?", ". " + prose(f)]));
    },
  },
  {
    id: "chat:birthday",
    build: (b, f, l) => {
      b.t(pick(f, ["Can you write a birthday card for my grandmother ", "Write a short poem for my friend ", "Help me plan a party for "])).e("PERSON", w.fullName(f, l));
      b.t(pick(f, ["? She was born on ", "? He was born ", "! Born "])).e("DATE_TIME", w.birthDate(f, l)).t(pick(f, [" in ", " in the village of "])).e("LOCATION", w.city(f)).t(".");
    },
  },
  {
    id: "chat:surname-cue",
    build: (b, f) => {
      const last = w.lastName(f);
      b.t(pick(f, ["Please forward this to Dr. ", "Mr. ", "Ask Ms. ", "I spoke with Prof. "])).e("PERSON", last).t(pick(f, [" yesterday about the results.", " about the invoice.", ", he said it was fine."]));
      b.t(" " + pick(f, ["Also loop in ", "cc ", "And remind "])).e("PERSON", w.nameWithInitial(f)).t(".");
    },
  },
  {
    id: "chat:list-of-names",
    build: (b, f, l) => {
      b.t(pick(f, ["Attendees: ", "Team for the offsite: ", "The winners are ", "Invite list — "])).e("PERSON", w.fullName(f, l)).t(", ").e("PERSON", w.fullName(f, l)).t(", ").e("PERSON", w.lastName(f)).t(" and ").e("PERSON", w.fullName(f, l)).t(". " + prose(f));
    },
  },
  {
    id: "chat:possessive",
    build: (b, f, l) => {
      b.t("Is ").e("PERSON", w.fullName(f, l)).t(pick(f, ["'s flight to ", "’s train to "])).e("LOCATION", w.city(f)).t(pick(f, [" still on time?", " delayed?"])).t(" Her daughter ").e("PERSON", w.firstName(f)).t(" is waiting in ").e("LOCATION", w.city(f)).t(".");
    },
  },
  {
    id: "chat:event-year",
    build: (b, f, l) => {
      b.t("My father ").e("PERSON", w.fullName(f, l)).t(pick(f, [" was born in ", " moved here in ", " retired in "])).e("DATE_TIME", String(f.number.int({ min: 1940, max: 2015 }))).t(" and lives in ").e("LOCATION", w.city(f)).t(" now.");
    },
  },
  {
    id: "chat:lowercase",
    build: (b, f) => {
      b.t("ok so ").e("PERSON", w.firstName(f).toLowerCase()).t(pick(f, [" and i are driving to ", " is flying to "])).e("LOCATION", w.city(f)).t(" on ").e("DATE_TIME", f.date.weekday()).t(", call me at ").e("PHONE_NUMBER", w.phone(f));
    },
  },
  {
    id: "chat:appointment",
    build: (b, f, l) => {
      b.t("Remind ").e("PERSON", w.fullName(f, l)).t(" that the appointment at ").e("LOCATION", w.street(f)).t(" is on ").e("DATE_TIME", w.recentDate(f, l)).t(". " + prose(f));
    },
  },
  // ---- email ---------------------------------------------------------------------
  {
    id: "email:signature",
    build: (b, f, l) => {
      b.t(pick(f, ["Dear ", "Hello ", "Hi "])).e("PERSON", w.firstName(f)).t(",\n\n" + prose(f) + "\n\n" + pick(f, ["Best regards,", "Kind regards,", "Thanks,", "Cheers,", "Sincerely,"]) + "\n");
      b.e("PERSON", w.fullName(f, l)).t("\n" + f.person.jobTitle() + "\n").e("LOCATION", w.street(f)).t("\n");
      postcodeTown(b, f, l);
      b.t("\n").e("LOCATION", w.country(f)).t("\nTel. ").e("PHONE_NUMBER", w.phone(f)).t("\n").e("EMAIL_ADDRESS", f.internet.email());
    },
  },
  {
    id: "email:forward",
    build: (b, f, l) => {
      b.t("---------- Forwarded message ----------\nFrom: ").e("PERSON", w.fullName(f, l)).t(" <").e("EMAIL_ADDRESS", f.internet.email()).t(">\nDate: ").e("DATE_TIME", w.recentDate(f, l)).t("\nSubject: Re: contract\nTo: ").e("PERSON", w.fullName(f, l)).t("\n\n" + prose(f));
    },
  },
  // ---- incident ------------------------------------------------------------------
  {
    id: "incident:password-prose",
    build: (b, f, l) => {
      b.t(pick(f, ["User ", "Customer ", "Our intern "])).e("PERSON", w.fullName(f, l)).t(pick(f, [" logged in with password ", " shared her password ", " said his password is ", " reset the account; new password: "]));
      b.e("SECRET", w.password(f)).t(pick(f, [" in the public channel.", " over chat.", ".", " — please rotate it."]));
    },
  },
  {
    id: "incident:login-pair",
    build: (b, f) => {
      b.t(pick(f, ["login ", "Login: ", "credentials: ", "creds "])).e("ID", w.username(f)).t(pick(f, [" / ", " pw ", ", password "])).e("SECRET", w.password(f)).t(" " + pick(f, ["for the staging VPN", "(do not share)", "— expires Friday"]));
    },
  },
  {
    id: "incident:quoted-password",
    build: (b, f) => {
      const [open, close] = pick(f, [["\"", "\""], ["'", "'"], ["“", "”"], ["«", "»"]] as const);
      const pin = f.datatype.boolean();
      b.t(pick(f, pin ? ["PIN code ", "The card PIN is ", "door code: "] : ["The temporary password is ", "Use the passphrase ", "wifi password: "]) + open);
      b.e("SECRET", pin ? f.string.numeric(f.number.int({ min: 4, max: 6 })) : w.password(f)).t(close + pick(f, [" until Monday.", " to unlock it.", "", "."]));
    },
  },
  {
    id: "incident:identifiers",
    build: (b, f, l) => {
      const a = w.identifier(f);
      const c = w.identifier(f);
      b.t(pick(f, ["Ticket: caller ", "Case note: ", "Escalation — "])).e("PERSON", w.fullName(f, l)).t(" gave " + a.cue + " ").e(a.type, a.value).t(" and " + c.cue + " ").e(c.type, c.value).t(". " + prose(f));
    },
  },
  {
    id: "incident:mistyped-numbers",
    build: (b, f) => {
      b.t(pick(f, ["Card number ", "credit card: ", "card no. "])).e("CREDIT_CARD", w.mistypedCard(f)).t(" was declined; ").t(pick(f, ["IBAN ", "iban: "])).e("IBAN_CODE", w.mistypedIban(f)).t(" bounced. SSN ").e("US_SSN", `${f.string.numeric(3)}-${f.string.numeric(2)}-${f.string.numeric(4)}`).t(" on file.");
    },
  },
  {
    id: "incident:account-access",
    build: (b, f, l) => {
      b.t("Account ").e("EMAIL_ADDRESS", f.internet.email()).t(" was accessed from ").e("IP_ADDRESS", f.internet.ipv4()).t(" at 03:12 UTC. Owner ").e("PERSON", w.fullName(f, l)).t(" confirmed the new device. API key ").e("SECRET", "sk-" + f.string.alphanumeric(40)).t(" was revoked.");
    },
  },
  // ---- record --------------------------------------------------------------------
  {
    id: "record:patient",
    build: (b, f, l) => {
      const id = w.identifier(f);
      b.t("Patient: ").e("PERSON", w.fullName(f, l)).t("\nDOB: ").e("DATE_TIME", w.birthDate(f, l)).t("\n" + id.cue.replace(/:$/, "") + ": ").e(id.type, id.value).t("\nAddress: ").e("LOCATION", w.street(f)).t(", ");
      postcodeTown(b, f, l);
      b.t("\nPhone: ").e("PHONE_NUMBER", w.phone(f)).t("\nAllergies: none known");
    },
  },
  {
    id: "record:kyc",
    build: (b, f, l) => {
      b.t("Full name | ").e("PERSON", w.fullName(f, l)).t("\nDate of birth | ").e("DATE_TIME", w.birthDate(f, l)).t("\nPlace of birth | ").e("LOCATION", w.city(f)).t("\nNationality | ").e("LOCATION", w.country(f));
      b.t("\nPassport | ").e("PASSPORT", f.string.alpha({ length: 2, casing: "upper" }) + f.string.numeric(7)).t("\nIBAN | ").e("IBAN_CODE", f.finance.iban({ formatted: true }));
    },
  },
  {
    id: "record:json",
    build: (b, f, l) => {
      b.t('{"customer": {"first_name": "').e("PERSON", w.firstName(f)).t('", "last_name": "').e("PERSON", w.lastName(f)).t('", "birth_date": "').e("DATE_TIME", w.birthDate(f, l)).t('", "address": {"line1": "').e("LOCATION", w.street(f)).t('", "postcode": "').e("LOCATION", w.zip(f)).t('", "city": "').e("LOCATION", w.city(f)).t('"}, "tier": "gold"}}');
    },
  },
  // ---- code-log ------------------------------------------------------------------
  {
    id: "code-log:json-lines",
    build: (b, f) => {
      const ts = f.date.recent({ days: 30, refDate: "2025-06-01T00:00:00Z" }).toISOString();
      b.t(`{"ts":"${ts}","level":"info","msg":"user signed in","user":"`).e("EMAIL_ADDRESS", f.internet.email()).t(`","ip":"`).e("IP_ADDRESS", f.internet.ipv4()).t(`","latency_ms":${f.number.int(900)},"route":"/api/v2/session","status":200}\n`);
      b.t(`{"ts":"${ts}","level":"warn","msg":"retrying upstream","attempt":2,"service":"PaymentGateway","region":"eu-west-1","trace_id":"${f.string.hexadecimal({ length: 32, prefix: "" })}"}`);
    },
  },
  {
    id: "code-log:java-trace",
    build: (b, f) => {
      b.t(`${f.date.recent({ days: 30, refDate: "2025-06-01T00:00:00Z" }).toISOString().replace("T", " ").slice(0, 19)} ERROR [main] c.a.billing.InvoiceService - Failed to render invoice 4471\n`);
      b.t("java.lang.IllegalStateException: Template 'MonthlyStatement' not found\n\tat com.acme.billing.InvoiceService.render(InvoiceService.java:142)\n\tat com.acme.billing.InvoiceController.get(InvoiceController.java:57)\n\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:897)\nCaused by: java.io.FileNotFoundException: /opt/Templates/MonthlyStatement.ftl (No such file or directory)");
    },
  },
  {
    id: "code-log:python-trace",
    build: (b, f) => {
      b.t('Traceback (most recent call last):\n  File "/srv/app/handlers/orders.py", line 88, in create_order\n    customer = Customer.objects.get(email=email)\n  File "/usr/lib/python3.12/site-packages/django/db/models/query.py", line 649, in get\n    raise self.model.DoesNotExist(\nCustomer.DoesNotExist: Customer matching query does not exist. email=');
      b.e("EMAIL_ADDRESS", f.internet.email());
    },
  },
  {
    id: "code-log:sql",
    build: (b, f, l) => {
      b.t("INSERT INTO customers (id, full_name, email, city, created_at) VALUES (" + f.number.int(99999) + ", '").e("PERSON", w.fullName(f, l)).t("', '").e("EMAIL_ADDRESS", f.internet.email()).t("', '").e("LOCATION", w.city(f)).t("', NOW());\n");
      b.t("SELECT o.id, o.total, o.currency FROM orders o JOIN Customers c ON c.id = o.customer_id WHERE o.status = 'Shipped' AND o.created_at > '2024-01-01' ORDER BY o.total DESC LIMIT 50;");
    },
  },
  {
    id: "code-log:access-log",
    build: (b, f) => {
      b.e("IP_ADDRESS", f.internet.ipv4()).t(` - - [12/Mar/2025:10:${f.number.int({ min: 10, max: 59 })}:07 +0000] "GET /api/v1/Orders/${f.number.int(99999)}?expand=Items HTTP/1.1" 200 ${f.number.int(9999)} "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/124.0 Safari/537.36"`);
    },
  },
  {
    id: "code-log:build",
    build: (b, f) => {
      b.t(`[${f.date.recent({ days: 30, refDate: "2025-06-01T00:00:00Z" }).toISOString()}] Step 4/9 : RUN npm ci --omit=dev\n ---> Running in 7f3c2a91b0de\nadded 1342 packages in 38s\nWARN Deprecated: Request for "Intl.Segmenter" polyfill\nError: Cannot find module 'Sharp' from '/app/Node_Modules/Next/Dist/Server/Image-Optimizer.js'\n    at Function.Module._resolveFilename (node:internal/modules/cjs/loader:1145:15)`);
    },
  },
  {
    id: "code-log:config",
    build: (b, f) => {
      b.t("# Production settings\nDATABASE_URL=postgres://app@db.internal:5432/Orders\nREDIS_HOST=cache.internal\nSMTP_FROM=Billing Team <").e("EMAIL_ADDRESS", "noreply@" + f.internet.domainName()).t(">\nDB_PASSWORD=").e("SECRET", w.password(f)).t("\nFEATURE_FLAGS=NewCheckout,DarkMode\nTIMEZONE=Europe/Berlin\nMAX_UPLOAD_MB=25");
    },
  },
  {
    id: "code-log:payment-event",
    build: (b, f) => {
      const ms = f.date.recent({ days: 30, refDate: "2025-06-01T00:00:00Z" }).getTime();
      b.t(`{"ts":${ms},"event":"payment.captured","payment_id":"pay_${f.string.alphanumeric(14)}","amount":${f.number.int(99999)},"currency":"EUR","card_last4":"${f.string.numeric(4)}","customer_email":"`).e("EMAIL_ADDRESS", f.internet.email()).t(`","attempt":1,"latency_ms":${f.number.int(2000)}}`);
    },
  },
  {
    id: "code-log:nginx-error",
    build: (b, f) => {
      b.t(`2025/03/12 10:${f.number.int({ min: 10, max: 59 })}:07 [error] 1234#1234: *${f.number.int(99999)} connect() failed (111: Connection refused) while connecting to upstream, client: `).e("IP_ADDRESS", f.internet.ipv4()).t(`, server: api.example.com, request: "POST /v1/Checkout HTTP/1.1", upstream: "http://10.0.3.7:8080/v1/Checkout", host: "api.example.com"`);
    },
  },
  {
    id: "code-log:go-panic",
    build: (b, f) => {
      b.t(`panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x6b2f4a]\n\ngoroutine ${f.number.int(400)} [running]:\nmain.(*Server).HandleOrder(0xc000124000, {0x7f8e2c, 0xc0001a2000})\n\t/app/server.go:212 +0x1a4\nnet/http.HandlerFunc.ServeHTTP(0x0?, {0x9a1c40?, 0xc0002a0000?}, 0x0?)\n\t/usr/local/go/src/net/http/server.go:2136 +0x29`);
    },
  },
  {
    id: "code-log:git-log",
    build: (b, f, l) => {
      b.t(`commit ${f.string.hexadecimal({ length: 40, casing: "lower", prefix: "" })}\nAuthor: `).e("PERSON", w.fullName(f, l)).t(" <").e("EMAIL_ADDRESS", f.internet.email()).t(`>\nDate:   Tue Mar 12 10:47:07 2025 +0100\n\n    Fix race in OrderQueue.flush when the Retry policy is Exponential (#${f.number.int(9999)})`);
    },
  },
  {
    id: "code-log:python-logging",
    build: (b, f) => {
      const ts = f.date.recent({ days: 30, refDate: "2025-06-01T00:00:00Z" }).toISOString().replace("T", " ").replace("Z", "").replace(".", ",");
      b.t(`${ts} INFO [celery.worker] Task orders.sync_inventory[${f.string.uuid()}] succeeded in 2.41s: None\n${ts} WARNING [app.billing] Invoice INV-${f.number.int(99999)} for customer `).e("EMAIL_ADDRESS", f.internet.email()).t(" is overdue by 14 days\n" + ts + " ERROR [app.sync] Timeout after 30000 ms talking to Salesforce (Bulk API 2.0), retrying in 5 s");
    },
  },
  {
    id: "code-log:csv",
    build: (b, f) => {
      b.t("id,created_at,status,total,country\n");
      for (let k = 0; k < 3; k++) b.t(`${4471 + k},2025-03-0${k + 1},${pick(f, ["shipped", "pending", "refunded"])},${f.number.int(999)}.${f.number.int(9)}0,${pick(f, ["DE", "FR", "US", "NL"])}\n`);
    },
  },
  {
    id: "code-log:http-request",
    build: (b, f, l) => {
      b.t("POST /api/v2/users HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer ").e("SECRET", f.internet.jwt()).t("\nContent-Type: application/json\nX-Request-Id: " + f.string.uuid() + '\n\n{"name": "').e("PERSON", w.fullName(f, l)).t('", "phone": "').e("PHONE_NUMBER", w.phone(f)).t('", "plan": "Team", "seats": 12}');
    },
  },
  {
    id: "code-log:k8s-events",
    build: (b, f) => {
      b.t(`LAST SEEN   TYPE      REASON      OBJECT                          MESSAGE\n3m          Warning   BackOff     pod/api-7d9f8b6c5-x2x9q         Back-off restarting failed container api\n${f.number.int({ min: 2, max: 59 })}m         Normal    Scheduled   pod/worker-5c6b7d8f9-k4l2m      Successfully assigned default/worker-5c6b7d8f9-k4l2m to ip-10-0-3-7.eu-west-1.compute.internal\n12m         Warning   Unhealthy   pod/api-7d9f8b6c5-x2x9q         Readiness probe failed: Get "http://10.0.3.7:8080/healthz": dial tcp 10.0.3.7:8080: connect: connection refused`);
    },
  },
  // ---- prose ---------------------------------------------------------------------
  {
    id: "prose:paragraph",
    build: (b, f) => {
      b.t(prose(f) + " " + prose(f) + " " + prose(f));
    },
  },
];

/** Samples over every faker locale (`count` samples, round robin over templates and locales). */
export function generateWorldSamples(count: number, seed = 4242): LabelledSample[] {
  const out: LabelledSample[] = [];
  const fakers = allFakers as Record<string, Faker>;
  for (let i = 0; i < count; i++) {
    const template = TEMPLATES[i % TEMPLATES.length];
    const locale = w.WORLD_LOCALES[Math.floor(i / TEMPLATES.length + i) % w.WORLD_LOCALES.length];
    const f = fakers[locale];
    f.seed(seed + i * 104729);
    const b = new SampleBuilder();
    template.build(b, f, locale);
    out.push({ id: `world-${i}`, text: b.text, spans: b.spans, template: template.id, locale, split: "dev" });
  }
  return out;
}
