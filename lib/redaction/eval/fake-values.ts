/**
 * PII value makers on top of @faker-js/faker, with the variety real logs show (several
 * phone styles, date formats, card groupings, secret kinds).
 */
import type { Faker } from "@faker-js/faker";

const CJK_LOCALES = new Set(["zh_CN", "zh_TW", "ja", "ko"]);

export function personName(f: Faker, locale: string): string {
  if (CJK_LOCALES.has(locale)) return f.person.fullName();
  // Mostly "First Last"; sometimes with a middle name, as faker formats it, or first name only.
  const r = f.number.int(9);
  if (r === 0) return f.person.firstName();
  if (r === 1) return `${f.person.firstName()} ${f.person.middleName()} ${f.person.lastName()}`;
  return `${f.person.firstName()} ${f.person.lastName()}`;
}

export function phone(f: Faker): string {
  const style = f.helpers.arrayElement(["human", "national", "international"] as const);
  return f.phone.number({ style });
}

export function birthDate(f: Faker): string {
  // A fixed reference date: ages counted from "now" made the generated data, and so every
  // quality figure, change with the day (and within a day, with the hour) it was generated on.
  const d = f.date.birthdate({ mode: "age", min: 18, max: 90, refDate: "2025-03-02T00:00:00Z" });
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  const p2 = (n: number) => String(n).padStart(2, "0");
  switch (f.number.int(4)) {
    case 0: return `${y}-${p2(m)}-${p2(day)}`;
    case 1: return `${p2(m)}/${p2(day)}/${y}`;
    case 2: return `${months[m - 1]} ${day}, ${y}`;
    case 3: return `${day} ${months[m - 1]} ${y}`;
    default: return `${p2(day)}.${p2(m)}.${y}`;
  }
}

export function ssn(f: Faker): string {
  const area = f.number.int({ min: 1, max: 899 });
  const a = String(area === 666 ? 667 : area).padStart(3, "0");
  const sep = f.helpers.arrayElement(["-", "-", "-", " "]);
  return `${a}${sep}${String(f.number.int({ min: 1, max: 99 })).padStart(2, "0")}${sep}${String(f.number.int({ min: 1, max: 9999 })).padStart(4, "0")}`;
}

export function driverLicense(f: Faker): string {
  return f.helpers.arrayElement([
    () => f.string.alpha({ length: 1, casing: "upper" }) + f.string.numeric(7),
    () => f.string.alpha({ length: 1, casing: "upper" }) + f.string.numeric(12),
    () => f.string.numeric(9),
    () => f.string.alpha({ length: 2, casing: "upper" }) + f.string.numeric(6),
  ])();
}

export function cardNumber(f: Faker): string {
  const raw = f.finance.creditCardNumber();
  if (f.number.int(2) === 0) return raw.replace(/\D/g, "");
  return raw;
}

export function iban(f: Faker): string {
  return f.finance.iban({ formatted: f.datatype.boolean() });
}

export function secret(f: Faker): string {
  return f.helpers.arrayElement([
    () => "AKIA" + f.string.alphanumeric({ length: 16, casing: "upper" }),
    () => "ghp_" + f.string.alphanumeric(36),
    () => "sk-proj-" + f.string.alphanumeric(48),
    () => "sk-" + f.string.alphanumeric(48),
    () => "xoxb-" + f.string.numeric(12) + "-" + f.string.numeric(13) + "-" + f.string.alphanumeric(24),
    () => "sk_live_" + f.string.alphanumeric(24),
    () => f.internet.jwt(),
  ])();
}

export function password(f: Faker): string {
  return f.internet.password({ length: f.number.int({ min: 8, max: 16 }), pattern: /[A-Za-z0-9!#%^*]/ });
}

export function crypto(f: Faker): string {
  return f.datatype.boolean() ? f.finance.bitcoinAddress() : f.finance.ethereumAddress();
}

export function mac(f: Faker): string {
  return f.internet.mac({ separator: f.helpers.arrayElement([":", "-"]) });
}

export function ip(f: Faker): string {
  return f.number.int(3) === 0 ? f.internet.ipv6() : f.internet.ipv4();
}

export function sensitiveUrl(f: Faker, user: string): string {
  const host = f.internet.domainName();
  return f.helpers.arrayElement([
    `https://${host}/reset?token=${f.string.alphanumeric(32)}`,
    `https://${f.internet.username()}:${f.string.alphanumeric(10)}@${host}/admin`,
    `https://${host}/users/${user.toLowerCase().replace(/\s+/g, ".")}/profile`,
    `https://${host}/api/v1/files?access_key=${f.string.alphanumeric(20)}`,
  ]);
}
