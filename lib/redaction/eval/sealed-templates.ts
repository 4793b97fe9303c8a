/**
 * The SEALED split: templates and locales written before the second tuning round and
 * never inspected sample by sample afterwards. The bench prints only aggregate figures
 * for it, so it stays an honest estimate of how the engine does on unseen wording after
 * the holdout split was (necessarily) looked at while closing PERSON/LOCATION gaps.
 */
import type { Faker } from "@faker-js/faker";
import type { Template } from "./templates";
import * as v from "./fake-values";

export const SEALED_LOCALES = ["af_ZA", "de_AT", "de_CH", "en_GH", "en_HK", "fr_BE", "fr_CH", "hr", "hu", "id_ID", "nb_NO", "nl_BE", "pt_PT", "ro", "sk", "sl_SI", "sr_RS_latin", "yo_NG", "zu_ZA", "lv", "uk", "el"] as const;

const NOTES = [
  "The customer wants an update before the end of the week.",
  "Escalated to tier 2 because the refund failed twice.",
  "No further action needed from our side.",
  "The model answered correctly but too slowly.",
  "Follow up after the next billing cycle.",
];

const note = (f: Faker) => f.helpers.arrayElement(NOTES);

export const SEALED_TEMPLATES: Template[] = [
  {
    id: "agent-note", split: "sealed",
    build: (b, f, l) => {
      b.t("Agent note: spoke with ").e("PERSON", v.personName(f, l)).t(" this morning; they live in ").e("LOCATION", f.location.city());
      b.t(" and want the parcel sent to ").e("LOCATION", f.location.streetAddress()).t(", ").e("LOCATION", f.location.zipCode()).t(" ").e("LOCATION", f.location.city()).t(". " + note(f));
    },
  },
  {
    id: "meeting-recap", split: "sealed",
    build: (b, f) => {
      const a = `${f.person.firstName()} ${f.person.lastName()}`;
      b.t("Recap: ").e("PERSON", a).t(" and ").e("PERSON", f.person.firstName()).t(" met the client in ").e("LOCATION", f.location.city()).t(", ").e("LOCATION", f.location.country());
      b.t(". Next steps are owned by ").e("PERSON", a).t(". " + note(f));
    },
  },
  {
    id: "json-profile", split: "sealed",
    build: (b, f) => {
      b.t('{"user":{"id":4821,"firstName":"').e("PERSON", f.person.firstName()).t('","lastName":"').e("PERSON", f.person.lastName()).t('","homeCity":"').e("LOCATION", f.location.city());
      b.t('","country":"').e("LOCATION", f.location.country()).t('"},"locale":"en","tier":"gold"}');
    },
  },
  {
    id: "review", split: "sealed",
    build: (b, f) => {
      b.t("We stayed at the apartment on ").e("LOCATION", f.location.street()).t(" in ").e("LOCATION", f.location.city()).t(" for five nights. Our host ").e("PERSON", f.person.firstName());
      b.t(" was lovely and the check-in was easy. " + note(f));
    },
  },
  {
    id: "chat-delivery", split: "sealed",
    build: (b, f, l) => {
      b.t("assistant: Where should we deliver the order?\nuser: to ").e("PERSON", v.personName(f, l)).t(", ").e("LOCATION", f.location.streetAddress(true)).t(", ").e("LOCATION", f.location.city());
      b.t(" ").e("LOCATION", f.location.zipCode()).t("\nassistant: Thanks, noted.");
    },
  },
  {
    id: "hr-transfer", split: "sealed",
    build: (b, f, l) => {
      b.t("Employee ").e("PERSON", v.personName(f, l)).t(" (born ").e("DATE_TIME", v.birthDate(f)).t(") transferred from our ").e("LOCATION", f.location.city()).t(" office to ");
      b.e("LOCATION", f.location.city()).t(". Manager: ").e("PERSON", `${f.person.firstName()} ${f.person.lastName()}`).t(".");
    },
  },
  {
    id: "complaint-letter", split: "sealed",
    build: (b, f, l) => {
      const last = f.person.lastName();
      b.t("Dear Mr. ").e("PERSON", last).t(",\n\nI am writing from ").e("LOCATION", f.location.state()).t(", ").e("LOCATION", f.location.country()).t(" about my last invoice. " + note(f));
      b.t("\n\nYours sincerely,\n").e("PERSON", v.personName(f, l)).t("\n").e("LOCATION", f.location.streetAddress()).t("\n").e("LOCATION", f.location.city());
    },
  },
  {
    id: "structured-log", split: "sealed",
    build: (b, f) => {
      b.e("DATE_TIME", f.date.recent({ days: 30, refDate: "2025-03-02T00:00:00Z" }).toISOString()).t(" INFO login ok user=\"").e("PERSON", `${f.person.firstName()} ${f.person.lastName()}`).t("\" geo_city=\"").e("LOCATION", f.location.city());
      b.t("\" ip=").e("IP_ADDRESS", f.internet.ipv4()).t(" latency_ms=182");
    },
  },
  {
    id: "calendar", split: "sealed",
    build: (b, f) => {
      b.t("Reminder: lunch with ").e("PERSON", f.person.firstName()).t(" at ").e("LOCATION", f.location.streetAddress()).t(" tomorrow, then drive back to ").e("LOCATION", f.location.city()).t(".");
    },
  },
];
