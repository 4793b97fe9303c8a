/**
 * Log-shaped templates for the synthetic evaluation set. Half are "dev" (looked at while
 * tuning) and half "holdout" (only ever scored), so the bench shows how far the engine
 * generalises beyond the text it was tuned on.
 */
import type { Faker } from "@faker-js/faker";
import type { SampleBuilder, Split } from "./labelled-sample";
import * as v from "./fake-values";

export interface Template {
  id: string;
  split: Split;
  build: (b: SampleBuilder, f: Faker, locale: string) => void;
}

/** Non-PII sentences with capitalised words, to measure over-redaction. */
export const FILLER = [
  "Can you summarize the attached document in three bullet points?",
  "The deployment failed because the container ran out of memory.",
  "Our Kubernetes cluster on AWS keeps restarting the API pods every Monday.",
  "Please translate the following paragraph into Spanish.",
  "The React component renders twice in Strict Mode, is that expected?",
  "I ordered the blue jacket last week and it still has not arrived.",
  "What is the difference between TCP and UDP?",
  "Write a haiku about autumn leaves.",
  "The invoice total looks wrong, the tax was applied twice.",
  "Explain how the Python GIL affects multithreaded code.",
  "My subscription renewed even though I cancelled it in the app.",
  "The chatbot answered in English although I asked in French.",
  "Thanks for the quick reply, that fixed it.",
  "Could you check the status of my order please?",
  "The dashboard shows a 500 error after the latest release.",
  "I want to upgrade to the Pro plan with annual billing.",
  "Please generate a SQL query that counts orders per week.",
  "The PDF export cuts off the last page of the report.",
  "Is the Premium Support tier available on weekends?",
  "We migrated from MySQL to PostgreSQL last quarter.",
];

const filler = (f: Faker) => f.helpers.arrayElement(FILLER);

export const TEMPLATES: Template[] = [
  {
    id: "chat-intro", split: "dev",
    build: (b, f, l) => b.t("Hi, my name is ").e("PERSON", v.personName(f, l)).t(". My email is ").e("EMAIL_ADDRESS", f.internet.email()).t(" and my phone is ").e("PHONE_NUMBER", v.phone(f)).t(". " + filler(f)),
  },
  {
    id: "support-conversation", split: "dev",
    build: (b, f, l) => {
      const first = f.person.firstName();
      b.t("User: Hello, this is ").e("PERSON", `${first} ${f.person.lastName()}`).t(" from ").e("LOCATION", f.location.city()).t(". " + filler(f) + "\n");
      b.t("Assistant: Thanks ").e("PERSON", first).t("! Could you share the card number used?\n");
      b.t("User: Sure, it is ").e("CREDIT_CARD", v.cardNumber(f)).t(". " + (l === "en_US" ? "" : filler(f)));
    },
  },
  {
    id: "shipping-multiline", split: "dev",
    build: (b, f, l) => {
      b.t("Please ship the replacement to:\n").e("PERSON", v.personName(f, l)).t("\n").e("LOCATION", f.location.streetAddress(f.datatype.boolean())).t("\n");
      b.e("LOCATION", f.location.city()).t(", ").e("LOCATION", f.location.state({ abbreviated: true })).t(" ").e("LOCATION", f.location.zipCode()).t("\n").e("LOCATION", f.location.country()).t("\n" + filler(f));
    },
  },
  {
    id: "tool-call-json", split: "dev",
    build: (b, f, l) => {
      b.t('{"tool":"create_customer","arguments":{"name":"').e("PERSON", v.personName(f, l)).t('","email":"').e("EMAIL_ADDRESS", f.internet.email()).t('","phone":"').e("PHONE_NUMBER", v.phone(f));
      b.t('","address":{"street":"').e("LOCATION", f.location.streetAddress()).t('","city":"').e("LOCATION", f.location.city()).t('","zip":"').e("LOCATION", f.location.zipCode()).t('"},"plan":"pro"}}');
    },
  },
  {
    id: "stack-trace", split: "dev",
    build: (b, f) => {
      b.t("Error: payment declined for ").e("EMAIL_ADDRESS", f.internet.email()).t(" from ").e("IP_ADDRESS", v.ip(f)).t("\n");
      b.t("    at chargeCard (/srv/app/billing/charge.js:42:13)\n    at processTicksAndRejections (node:internal/process/task_queues:95:5)\n");
      b.t("card=").e("CREDIT_CARD", v.cardNumber(f)).t(" iban=").e("IBAN_CODE", v.iban(f)).t(" retry=3");
    },
  },
  {
    id: "kyc-form", split: "dev",
    build: (b, f, l) => {
      b.t("Name: ").e("PERSON", v.personName(f, l)).t("\nDate of birth: ").e("DATE_TIME", v.birthDate(f)).t("\nSSN: ").e("US_SSN", v.ssn(f));
      b.t("\nDriver's license: ").e("US_DRIVER_LICENSE", v.driverLicense(f)).t("\nAddress: ").e("LOCATION", f.location.streetAddress()).t(", ").e("LOCATION", f.location.city()).t("\n");
    },
  },
  {
    id: "devops-secrets", split: "dev",
    build: (b, f) => {
      b.t("export API_TOKEN=").e("SECRET", v.secret(f)).t("\ncurl -H 'Authorization: Bearer ").e("SECRET", f.internet.jwt()).t("' ").e("URL", "https://api.internal.example/v2/jobs").t("\n");
      b.t("host ").e("IP_ADDRESS", f.internet.ipv4()).t(" iface eth0 mac ").e("MAC_ADDRESS", v.mac(f)).t("\n" + filler(f));
    },
  },
  {
    id: "bank-transfer", split: "dev",
    build: (b, f, l) => b.t("Please transfer 250 EUR to IBAN ").e("IBAN_CODE", v.iban(f)).t(" (account holder ").e("PERSON", v.personName(f, l)).t("). Reference: invoice 4471. " + filler(f)),
  },
  {
    id: "email-signature", split: "holdout",
    build: (b, f, l) => {
      b.t("Hello team,\n\n" + filler(f) + "\n\nBest regards,\n").e("PERSON", v.personName(f, l)).t("\n" + f.person.jobTitle() + "\n").e("PHONE_NUMBER", v.phone(f)).t("\n").e("EMAIL_ADDRESS", f.internet.email());
    },
  },
  {
    id: "rewrite-prompt", split: "holdout",
    build: (b, f) => {
      b.t('Rewrite this message politely: "').e("PERSON", f.person.firstName()).t(", I waited at ").e("LOCATION", f.location.streetAddress()).t(" for an hour. Call me at ").e("PHONE_NUMBER", v.phone(f)).t(' right now."');
    },
  },
  {
    id: "crypto-payment", split: "holdout",
    build: (b, f, l) => b.t("Send the refund to my wallet ").e("CRYPTO", v.crypto(f)).t(" please, my name is ").e("PERSON", v.personName(f, l)).t(" and my account email is ").e("EMAIL_ADDRESS", f.internet.email()).t("."),
  },
  {
    id: "travel", split: "holdout",
    build: (b, f, l) => {
      b.t("I'm flying from ").e("LOCATION", f.location.city()).t(" to ").e("LOCATION", f.location.city()).t(" on ").e("DATE_TIME", v.birthDate(f).replace(/\d{4}/, "2025"));
      b.t(". Passenger: ").e("PERSON", v.personName(f, l)).t(", born ").e("DATE_TIME", v.birthDate(f)).t(", citizen of ").e("LOCATION", f.location.country()).t(". " + filler(f));
    },
  },
  {
    id: "medical-note", split: "holdout",
    build: (b, f, l) => {
      b.t("Patient ").e("PERSON", v.personName(f, l)).t(" (DOB ").e("DATE_TIME", v.birthDate(f)).t(") was seen at ").e("LOCATION", f.location.streetAddress()).t(", ").e("LOCATION", f.location.city());
      b.t(". Follow-up by phone: ").e("PHONE_NUMBER", v.phone(f)).t(". SSN on file: ").e("US_SSN", v.ssn(f)).t(".");
    },
  },
  {
    id: "eu-address", split: "holdout",
    build: (b, f, l) => {
      b.t("Delivery address:\n").e("PERSON", v.personName(f, l)).t("\n").e("LOCATION", f.location.streetAddress()).t("\n").e("LOCATION", f.location.zipCode()).t(" ").e("LOCATION", f.location.city()).t("\n").e("LOCATION", f.location.country());
      b.t("\nIBAN: ").e("IBAN_CODE", v.iban(f));
    },
  },
  {
    id: "config-leak", split: "holdout",
    build: (b, f) => {
      b.t("config.yaml:\n  db_host: ").e("IP_ADDRESS", f.internet.ipv4()).t("\n  db_password: ").e("SECRET", v.password(f)).t("\n  openai_key: ").e("SECRET", v.secret(f)).t("\n  github_token: ").e("SECRET", "ghp_" + f.string.alphanumeric(36)).t("\n");
    },
  },
  {
    id: "casual-chat", split: "holdout",
    build: (b, f) => {
      b.t("lol ").e("PERSON", f.person.firstName()).t(" just texted me from ").e("PHONE_NUMBER", v.phone(f)).t(", they are in ").e("LOCATION", f.location.city()).t(" this week. " + filler(f));
    },
  },
  {
    id: "refund-ticket", split: "holdout",
    build: (b, f, l) => {
      b.t("Ticket #58213: Customer ").e("PERSON", v.personName(f, l)).t(" (").e("EMAIL_ADDRESS", f.internet.email()).t(") requests a refund. Card: ").e("CREDIT_CARD", v.cardNumber(f));
      b.t(". Billing address: ").e("LOCATION", f.location.streetAddress()).t(", ").e("LOCATION", f.location.city()).t(" ").e("LOCATION", f.location.zipCode()).t(". " + filler(f));
    },
  },
  {
    id: "links-and-devices", split: "holdout",
    build: (b, f, l) => {
      const name = v.personName(f, l);
      b.t("Account owner ").e("PERSON", name).t(" logged in from ").e("IP_ADDRESS", v.ip(f)).t(" (device ").e("MAC_ADDRESS", v.mac(f)).t("). Reset link: ").e("URL", v.sensitiveUrl(f, "jdoe")).t(" " + filler(f));
    },
  },
  {
    id: "agent-tool-args", split: "holdout",
    build: (b, f, l) => {
      b.t('assistant -> tool lookup_booking({"full_name": "').e("PERSON", v.personName(f, l)).t('", "date_of_birth": "').e("DATE_TIME", v.birthDate(f)).t('", "passport_country": "').e("LOCATION", f.location.country());
      b.t('", "contact_phone": "').e("PHONE_NUMBER", v.phone(f)).t('"})\ntool -> {"status": "found", "seat": "14C"}');
    },
  },
];
