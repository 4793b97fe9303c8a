/**
 * Hand-written hard cases, in inline markup: [[TYPE:value]]. Written for this project;
 * they cover what templates rarely do: lower-case names, names from scripts without
 * letter case, addresses over lines, secrets in config, look-alikes that are NOT PII.
 * All hand-written cases belong to the holdout split (never tuned on one by one).
 */
import { parseMarkup, type LabelledSample } from "./labelled-sample";

const CASES: Array<[group: string, marked: string]> = [
  ["lowercase", "hey its [[PERSON:maria lopez]] again, my number changed to [[PHONE_NUMBER:+34 612 345 678]]"],
  ["lowercase", "my name is [[PERSON:rahul sharma]] and i live in [[LOCATION:Pune]]"],
  ["signature", "Thanks so much for the help!\n\nCheers,\n[[PERSON:Siobhán O'Connor]]\n[[PHONE_NUMBER:+353 87 123 4567]]"],
  ["signature", "Kind regards,\nDr. [[PERSON:Adaeze Okonkwo-Bello]]\nHead of Research"],
  ["greeting", "Dear Ms. [[PERSON:Nguyen]], your appointment is confirmed for [[DATE_TIME:March 14, 2025]]."],
  ["greeting", "Hi [[PERSON:Kwame]], can you forward the contract to [[EMAIL_ADDRESS:legal@acme-corp.io]]?"],
  ["cjk", "客户[[PERSON:王秀英]]的电话是[[PHONE_NUMBER:138 0013 8000]]。"],
  ["cjk", "Customer [[PERSON:李娜]] called about order 88213 from [[LOCATION:Shanghai]]."],
  ["cjk", "Booking for [[PERSON:佐藤 健]], arriving [[DATE_TIME:2025-04-02]]."],
  ["arabic", "The account belongs to [[PERSON:محمد علي]] in [[LOCATION:Dubai]]."],
  ["cyrillic", "Клиент [[PERSON:Иван Петров]] просит вернуть деньги."],
  ["address", "Send it to [[LOCATION:221B Baker Street, London NW1 6XE]] by Friday."],
  ["address", "Ship to:\n[[PERSON:Oluwaseun Adeyemi]]\n[[LOCATION:14 Admiralty Way\nLekki Phase 1\nLagos 106104]]\n[[LOCATION:Nigeria]]"],
  ["address", "Rechnungsadresse: [[LOCATION:Hauptstraße 5, 10115 Berlin]]"],
  ["address", "Envoyez la facture au [[LOCATION:12 rue de la Paix, 75002 Paris]], merci."],
  ["address", "I moved from [[LOCATION:Toronto]] to [[LOCATION:Vancouver, BC]] last spring."],
  ["phone", "Call me at [[PHONE_NUMBER:(415) 555-0132 ext. 204]] or on WhatsApp [[PHONE_NUMBER:+44 7700 900123]]."],
  ["phone", "Tel.: [[PHONE_NUMBER:030 901820]] (Mo-Fr)"],
  ["phone", "mobile [[PHONE_NUMBER:+91 98765 43210]]"],
  ["ids", "My SSN is [[US_SSN:078-05-1120]] and my DL is [[US_DRIVER_LICENSE:F2552187]]."],
  ["ids", "social security number [[US_SSN:219 09 9999]]"],
  ["cards", "charge [[CREDIT_CARD:4242 4242 4242 4242]] exp 12/27, amex [[CREDIT_CARD:3782 822463 10005]]"],
  ["iban", "Bitte überweisen Sie an [[IBAN_CODE:DE44 5001 0517 5407 3249 31]] (Kontoinhaber [[PERSON:Jürgen Weiß]])."],
  ["iban", "IBAN: [[IBAN_CODE:GB82WEST12345698765432]]"],
  ["network", "ssh failed from [[IP_ADDRESS:2001:db8:85a3::8a2e:370:7334]] and [[IP_ADDRESS:10.0.12.7]]; NIC [[MAC_ADDRESS:3c:22:fb:7a:01:9e]]"],
  ["secrets", "AWS_ACCESS_KEY_ID=[[SECRET:AKIAIOSFODNN7EXAMPLE]]\nAWS_SECRET_ACCESS_KEY=[[SECRET:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY]]"],
  ["secrets", '{"db": {"user": "app", "password": "[[SECRET:Tr0ub4dor&3]]"}}'],
  ["secrets", "token: [[SECRET:xoxp-2048-4096-8192-a1b2c3d4e5f6a7b8c9d0]]"],
  ["secrets", "[[SECRET:-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7bq1x0p8Zk3vQw\n-----END RSA PRIVATE KEY-----]]"],
  ["url", "Here is my calendar: [[URL:https://cal.example.com/u/jane.doe?key=9f8e7d6c5b]]"],
  ["crypto", "BTC: [[CRYPTO:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq]] ETH: [[CRYPTO:0x52908400098527886E0F7030069857D2E4169EE7]]"],
  ["dates", "Patient DOB [[DATE_TIME:04/17/1962]], admitted [[DATE_TIME:17 April 2024]]."],
  ["negative", "The Washington Post reported that Apple released iOS 18.2 on Monday."],
  ["negative", "Use version 10.2.3.4 of the SDK and set timeout=3000 in config.json."],
  ["negative", "Error at line 42: Cannot read properties of undefined (reading 'map')."],
  ["negative", "Please Review The Attached Quarterly Report Before Friday."],
  ["negative", "Order #100045 shipped via UPS Ground; tracking will follow."],
  ["negative", "Hello World! Welcome to the Getting Started guide for Next.js."],
  ["negative", "The Amazon rainforest and the Nile river are featured in chapter 3."],
  ["mixed", "[[PERSON:Priya]] said [[PERSON:Marco Rossi]] emailed [[EMAIL_ADDRESS:marco.rossi@example.it]] from [[LOCATION:Milan]]; [[PERSON:Priya]] will call him back."],
  ["mixed", "Assistant: I've updated the address for [[PERSON:Chidi Okafor]] to [[LOCATION:88 Marina Road, Victoria Island, Lagos]]."],
  ["mixed", "User [[PERSON:Björn Lindqvist]] ([[EMAIL_ADDRESS:bjorn@lindqvist.se]]) reports the app crashes on login."],
];

/** The hand-written hard cases as labelled samples (holdout split). */
export function hardCases(): LabelledSample[] {
  return CASES.map(([group, marked], i) => {
    const { text, spans } = parseMarkup(marked);
    return { id: `hard-${i}`, text, spans, template: `hard:${group}`, locale: "mixed", split: "holdout" };
  });
}
