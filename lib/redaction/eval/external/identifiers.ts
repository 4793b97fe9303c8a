/**
 * Identifier values for the external corpus: national ids, tax ids, card numbers, IBANs,
 * account numbers and credentials, written from the public descriptions of each format.
 * Check digits are computed where a format has them, so a recognizer that validates a
 * checksum is tested on real-looking values; `bad` variants break the checksum on purpose
 * (people mistype numbers, and a mistyped card number is still a card number).
 */
import { ibanCheckDigits, ibanValid, luhnCheckDigit, luhnValid } from "./check-digits";
import type { Rng } from "./rng";

export interface BirthDate {
  y: number;
  m: number; // 1-12
  d: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const digitsOf = (s: string) => [...s].map(Number);

/** Changes one digit (not the first) so a checksum fails: how a typo looks. */
function breakDigit(r: Rng, num: string, valid: (s: string) => boolean): string {
  for (let tries = 0; tries < 20; tries++) {
    const i = r.int(1, num.length - 1);
    if (!/\d/.test(num[i])) continue;
    const d = (Number(num[i]) + r.int(1, 9)) % 10;
    const out = num.slice(0, i) + d + num.slice(i + 1);
    if (!valid(out)) return out;
  }
  return num;
}

const groupBy = (s: string, sizes: number[], sep: string) => {
  const out: string[] = [];
  let pos = 0;
  for (const n of sizes) {
    out.push(s.slice(pos, pos + n));
    pos += n;
  }
  if (pos < s.length) out.push(s.slice(pos));
  return out.filter(Boolean).join(sep);
};

// ---------------------------------------------------------------- payment cards

interface CardScheme {
  prefixes: string[];
  length: number;
  groups: number[];
}

const CARD_SCHEMES: Record<string, CardScheme> = {
  visa: { prefixes: ["4"], length: 16, groups: [4, 4, 4, 4] },
  mastercard: { prefixes: ["51", "52", "53", "54", "55", "2221", "2720", "2300"], length: 16, groups: [4, 4, 4, 4] },
  amex: { prefixes: ["34", "37"], length: 15, groups: [4, 6, 5] },
  discover: { prefixes: ["6011", "65"], length: 16, groups: [4, 4, 4, 4] },
  jcb: { prefixes: ["3528", "3566", "3589"], length: 16, groups: [4, 4, 4, 4] },
  unionpay: { prefixes: ["62"], length: 16, groups: [4, 4, 4, 4] },
  mir: { prefixes: ["2200", "2201", "2202", "2204"], length: 16, groups: [4, 4, 4, 4] },
  rupay: { prefixes: ["6070", "6521", "6081"], length: 16, groups: [4, 4, 4, 4] },
  elo: { prefixes: ["636368", "504175", "509048"], length: 16, groups: [4, 4, 4, 4] },
  troy: { prefixes: ["9792"], length: 16, groups: [4, 4, 4, 4] },
  maestro: { prefixes: ["6759", "5018", "6304"], length: 19, groups: [4, 4, 4, 4, 3] },
  diners: { prefixes: ["36", "38"], length: 14, groups: [4, 6, 4] },
};

/** Card schemes people in a country are likely to paste. */
export function cardSchemesFor(country: string): string[] {
  const base = ["visa", "visa", "mastercard", "mastercard"];
  const extra: Record<string, string[]> = {
    US: ["amex", "discover"], CA: ["amex"], GB: ["amex", "maestro"], JP: ["jcb", "jcb"], CN: ["unionpay", "unionpay"],
    TW: ["jcb", "unionpay"], HK: ["unionpay", "amex"], RU: ["mir", "mir"], IN: ["rupay", "rupay"], BR: ["elo", "elo"],
    TR: ["troy"], KR: ["jcb"], DE: ["maestro"], NL: ["maestro"], BE: ["maestro"], AT: ["maestro"], MX: ["amex"], AU: ["amex", "diners"],
  };
  return [...base, ...(extra[country] ?? [])];
}

export function cardNumber(r: Rng, scheme: string, opts: { bad?: boolean } = {}): string {
  const s = CARD_SCHEMES[scheme] ?? CARD_SCHEMES.visa;
  const prefix = r.pick(s.prefixes);
  let body = prefix + r.digits(s.length - 1 - prefix.length);
  body += luhnCheckDigit(body);
  if (opts.bad) body = breakDigit(r, body, luhnValid);
  const sep = r.pick([" ", " ", "-", "", " "]);
  return sep === "" ? body : groupBy(body, s.groups, sep);
}

// ---------------------------------------------------------------- IBAN

/** BBAN layouts: `9` digit, `A` letter, `X` letter or digit. Only countries that use IBANs. */
const IBAN_BBAN: Record<string, string> = {
  DE: "999999999999999999", AT: "9999999999999999", CH: "99999XXXXXXXXXXXX", FR: "9999999999XXXXXXXXXXX99", BE: "999999999999",
  LU: "999XXXXXXXXXXXXX", NL: "AAAA9999999999", DK: "99999999999999", SE: "99999999999999999999", NO: "99999999999",
  FI: "99999999999999", PL: "999999999999999999999999", CZ: "99999999999999999999", SK: "99999999999999999999",
  HU: "999999999999999999999999", RO: "AAAAXXXXXXXXXXXXXXXX", MD: "XXXXXXXXXXXXXXXXXXXX", LV: "AAAAXXXXXXXXXXXXX",
  SI: "999999999999999", HR: "99999999999999999", RS: "999999999999999999", MK: "999XXXXXXXXXX99", GR: "9999999XXXXXXXXXXXXXXXX",
  TR: "999990XXXXXXXXXXXXXXXX", UA: "999999XXXXXXXXXXXXXXXXXXX", AZ: "AAAAXXXXXXXXXXXXXXXXXXXX", GE: "AA9999999999999999",
  IL: "9999999999999999999", PK: "AAAAXXXXXXXXXXXXXXXX", SA: "99XXXXXXXXXXXXXXXXXX", ES: "99999999999999999999",
  IT: "A9999999999XXXXXXXXXXXX", PT: "999999999999999999999", GB: "AAAA99999999999999", IE: "AAAA99999999999999",
  BR: "99999999999999999999999AX", SN: "A99999999999999999999999", IQ: "AAAA999999999999999",
};

export const hasIban = (country: string) => country in IBAN_BBAN;

export function iban(r: Rng, country: string, opts: { bad?: boolean } = {}): string {
  const cc = hasIban(country) ? country : r.pick(["DE", "FR", "NL", "ES", "IT"]);
  const bban = r.pattern(IBAN_BBAN[cc]);
  let compact = cc + ibanCheckDigits(cc, bban) + bban;
  if (opts.bad) compact = breakDigit(r, compact, ibanValid);
  // Printed in groups of four on statements; typed compact in forms.
  return r.chance(0.65) ? compact.replace(/(.{4})/g, "$1 ").trim() : compact;
}

// ---------------------------------------------------------------- US

export function usSsn(r: Rng, opts: { separators?: string } = {}): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const sep = opts.separators ?? r.pick(["-", "-", "-", " ", ""]);
  return `${pad(area, 3)}${sep}${pad(r.int(1, 99))}${sep}${pad(r.int(1, 9999), 4)}`;
}

/** ABA routing number: 3-7-1 weighted sum divisible by 10. */
export function abaRouting(r: Rng): string {
  const body = pad(r.int(1, 12), 2) + r.digits(6);
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  const sum = digitsOf(body).reduce((a, d, i) => a + d * w[i], 0);
  return body + ((10 - (sum % 10)) % 10);
}

/** A few US state licence layouts (state, pattern). */
const US_DL: Array<[string, string]> = [
  ["CA", "A9999999"], ["NY", "999 999 999"], ["FL", "A999-999-99-999-9"], ["TX", "99999999"], ["IL", "A999-9999-9999"],
  ["WA", "AAAAA*A99AA"], ["PA", "99 999 999"], ["OH", "AA999999"], ["MI", "A 999 999 999 999"], ["NJ", "A9999 99999 99999"],
];

export function usDriverLicense(r: Rng): { state: string; value: string } {
  const [state, p] = r.pick(US_DL);
  return { state, value: r.pattern(p) };
}

// ---------------------------------------------------------------- national ids

/** ISO 7064 MOD 11,10 check digit (German tax id, Croatian OIB). */
function mod1110(body: string): number {
  let product = 10;
  for (const d of digitsOf(body)) {
    let sum = (d + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

function weighted(body: string, weights: number[]): number {
  return digitsOf(body).reduce((a, d, i) => a + d * weights[i % weights.length], 0);
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

function verhoeff(body: string): number {
  let c = 0;
  const ds = digitsOf(body).reverse();
  for (let i = 0; i < ds.length; i++) c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][ds[i]]];
  return VERHOEFF_INV[c];
}

const yy = (b: BirthDate) => pad(b.y % 100);

/** A national identity number and the name people use for it, by country. */
export interface NationalId {
  /** What the number is called locally, as it would appear before it in text. */
  name: string;
  value: string;
}

type NidMaker = (r: Rng, b: BirthDate, female: boolean) => NationalId;

const NATIONAL_IDS: Record<string, NidMaker> = {
  FI: (r, b) => {
    const ind = pad(r.int(2, 899), 3);
    const base = `${pad(b.d)}${pad(b.m)}${yy(b)}`;
    const check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[Number(base + ind) % 31];
    return { name: "henkilötunnus", value: `${base}${b.y >= 2000 ? "A" : "-"}${ind}${check}` };
  },
  SE: (r, b) => {
    const body = `${yy(b)}${pad(b.m)}${pad(b.d)}${r.digits(3)}`;
    const long = r.chance(0.4);
    return { name: "personnummer", value: `${long ? Math.floor(b.y / 100) : ""}${body.slice(0, 6)}-${body.slice(6)}${luhnCheckDigit(body)}` };
  },
  NO: (r, b) => {
    for (;;) {
      const base = `${pad(b.d)}${pad(b.m)}${yy(b)}${pad(r.int(0, 499), 3)}`;
      const k1 = 11 - (weighted(base, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11);
      const c1 = k1 === 11 ? 0 : k1;
      if (c1 === 10) continue;
      const k2 = 11 - (weighted(base + c1, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
      const c2 = k2 === 11 ? 0 : k2;
      if (c2 === 10) continue;
      return { name: "fødselsnummer", value: `${base}${c1}${c2}` };
    }
  },
  DK: (r, b, female) => {
    const last = r.int(0, 4) * 2 + (female ? 0 : 1);
    return { name: "CPR-nummer", value: `${pad(b.d)}${pad(b.m)}${yy(b)}-${r.digits(3)}${last}` };
  },
  PL: (r, b, female) => {
    const mm = b.m + (b.y >= 2000 ? 20 : 0);
    const sex = r.int(0, 4) * 2 + (female ? 0 : 1);
    const body = `${yy(b)}${pad(mm)}${pad(b.d)}${r.digits(3)}${sex}`;
    const check = (10 - (weighted(body, [1, 3, 7, 9]) % 10)) % 10;
    return { name: "PESEL", value: body + check };
  },
  CZ: (r, b, female) => {
    for (;;) {
      const base = `${yy(b)}${pad(b.m + (female ? 50 : 0))}${pad(b.d)}${r.digits(3)}`;
      const c = Number(base) % 11;
      if (c === 10) continue;
      return { name: "rodné číslo", value: `${base.slice(0, 6)}/${base.slice(6)}${c}` };
    }
  },
  SK: (r, b, female) => {
    for (;;) {
      const base = `${yy(b)}${pad(b.m + (female ? 50 : 0))}${pad(b.d)}${r.digits(3)}`;
      const c = Number(base) % 11;
      if (c === 10) continue;
      return { name: "rodné číslo", value: `${base.slice(0, 6)}/${base.slice(6)}${c}` };
    }
  },
  NL: (r) => {
    for (;;) {
      const body = r.digits(8, true);
      const sum = weighted(body, [9, 8, 7, 6, 5, 4, 3, 2]);
      const c = sum % 11;
      if (c === 10) continue;
      return { name: "BSN", value: body + c };
    }
  },
  BE: (r, b) => {
    const base = `${yy(b)}${pad(b.m)}${pad(b.d)}${pad(r.int(1, 998), 3)}`;
    const n = Number((b.y >= 2000 ? "2" : "") + base);
    const c = 97 - (n % 97);
    return { name: "rijksregisternummer", value: `${base.slice(0, 2)}.${base.slice(2, 4)}.${base.slice(4, 6)}-${base.slice(6)}.${pad(c)}` };
  },
  ES: (r) => {
    if (r.chance(0.25)) {
      const lead = r.int(0, 2);
      const n = r.digits(7);
      return { name: "NIE", value: `${"XYZ"[lead]}${n}${"TRWAGMYFPDXBNJZSQVHLCKE"[Number(String(lead) + n) % 23]}` };
    }
    const n = r.digits(8, true);
    return { name: "DNI", value: `${n}${"TRWAGMYFPDXBNJZSQVHLCKE"[Number(n) % 23]}` };
  },
  IT: (r, b, female) => {
    const months = "ABCDEHLMPRST";
    const day = b.d + (female ? 40 : 0);
    const v = `${r.letters(3, "BCDFGLMNPRSTVZ")}${r.letters(3, "BCDFGLMNPRSTVZ")}${yy(b)}${months[b.m - 1]}${pad(day)}${r.pick(["H", "F", "L", "A", "G", "D"])}${r.digits(3)}${r.letters(1)}`;
    return { name: "codice fiscale", value: v };
  },
  FR: (r, b, female) => {
    const dept = pad(r.int(1, 95));
    const base = `${female ? 2 : 1}${yy(b)}${pad(b.m)}${dept}${pad(r.int(1, 999), 3)}${pad(r.int(1, 999), 3)}`;
    const key = 97 - Number(BigInt(base) % 97n);
    const spaced = `${base[0]} ${base.slice(1, 3)} ${base.slice(3, 5)} ${base.slice(5, 7)} ${base.slice(7, 10)} ${base.slice(10, 13)} ${pad(key)}`;
    return { name: "numéro de sécurité sociale", value: r.chance(0.5) ? spaced : base + pad(key) };
  },
  DE: (r) => {
    const body = r.digits(10, true);
    return { name: "Steuer-ID", value: `${body}${mod1110(body)}` };
  },
  AT: (r, b) => {
    for (;;) {
      const serial = pad(r.int(100, 999), 3);
      const date = `${pad(b.d)}${pad(b.m)}${yy(b)}`;
      const c = weighted(serial + "0" + date, [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]) % 11;
      if (c === 10) continue;
      return { name: "Sozialversicherungsnummer", value: `${serial}${c} ${date}` };
    }
  },
  CH: (r) => {
    const body = "756" + r.digits(9);
    const sum = digitsOf(body).reduce((a, d, i) => a + d * (i % 2 === 0 ? 1 : 3), 0);
    const c = (10 - (sum % 10)) % 10;
    const v = body + c;
    return { name: "AHV-Nummer", value: `${v.slice(0, 3)}.${v.slice(3, 7)}.${v.slice(7, 11)}.${v.slice(11)}` };
  },
  PT: (r) => {
    const body = String(r.pick([1, 2, 3])) + r.digits(7);
    const m = 11 - (weighted(body, [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
    return { name: "NIF", value: body + (m >= 10 ? 0 : m) };
  },
  BR: (r) => {
    const body = r.digits(9);
    const d1 = ((weighted(body, [10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11) % 10;
    const d2 = ((weighted(body + d1, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11) % 10;
    const v = `${body}${d1}${d2}`;
    return { name: "CPF", value: r.chance(0.7) ? `${v.slice(0, 3)}.${v.slice(3, 6)}.${v.slice(6, 9)}-${v.slice(9)}` : v };
  },
  MX: (r, b, female) => ({
    name: "CURP",
    value: `${r.letters(1)}${r.pick(["A", "E", "I", "O", "U"])}${r.letters(2)}${yy(b)}${pad(b.m)}${pad(b.d)}${female ? "M" : "H"}${r.pick(["DF", "JC", "NL", "OC", "YN", "GT", "PL"])}${r.letters(3, "BCDFGHJKLMNPRSTVZ")}${b.y >= 2000 ? r.letters(1) : r.int(0, 9)}${r.int(0, 9)}`,
  }),
  RO: (r, b, female) => {
    const s = b.y >= 2000 ? (female ? 6 : 5) : female ? 2 : 1;
    const body = `${s}${yy(b)}${pad(b.m)}${pad(b.d)}${pad(r.int(1, 46))}${pad(r.int(1, 999), 3)}`;
    const c = weighted(body, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
    return { name: "CNP", value: body + (c === 10 ? 1 : c) };
  },
  MD: (r) => ({ name: "IDNP", value: "2" + r.digits(12) }),
  TR: (r) => {
    const ds = [r.int(1, 9), ...digitsOf(r.digits(8))];
    const d10 = (((ds[0] + ds[2] + ds[4] + ds[6] + ds[8]) * 7 - (ds[1] + ds[3] + ds[5] + ds[7])) % 10 + 10) % 10;
    const d11 = (ds.reduce((a, d) => a + d, 0) + d10) % 10;
    return { name: "T.C. Kimlik No", value: ds.join("") + d10 + d11 };
  },
  GR: (r) => {
    const body = r.digits(8);
    const c = (digitsOf(body).reduce((a, d, i) => a + d * 2 ** (8 - i), 0) % 11) % 10;
    return { name: "ΑΦΜ", value: body + c };
  },
  HR: (r) => {
    const body = r.digits(10, true);
    return { name: "OIB", value: body + mod1110(body) };
  },
  SI: (r, b, female) => ({ name: "EMŠO", value: `${pad(b.d)}${pad(b.m)}${pad(b.y % 1000, 3)}50${female ? pad(r.int(500, 999), 3) : pad(r.int(0, 499), 3)}${r.int(0, 9)}` }),
  RS: (r, b, female) => ({ name: "JMBG", value: `${pad(b.d)}${pad(b.m)}${pad(b.y % 1000, 3)}7${r.int(1, 9)}${female ? pad(r.int(500, 999), 3) : pad(r.int(0, 499), 3)}${r.int(0, 9)}` }),
  MK: (r, b, female) => ({ name: "ЕМБГ", value: `${pad(b.d)}${pad(b.m)}${pad(b.y % 1000, 3)}4${r.int(1, 9)}${female ? pad(r.int(500, 999), 3) : pad(r.int(0, 499), 3)}${r.int(0, 9)}` }),
  HU: (r) => {
    const body = r.digits(8, true);
    const c = digitsOf(body).reduce((a, d, i) => a + d * (i % 2 === 0 ? 3 : 7), 0) % 10;
    const v = body + c;
    return { name: "TAJ szám", value: r.chance(0.6) ? `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}` : v };
  },
  LV: (r, b) => ({ name: "personas kods", value: `${pad(b.d)}${pad(b.m)}${yy(b)}-${b.y >= 2000 ? 2 : 1}${r.digits(4)}` }),
  RU: (r) => {
    const body = r.digits(9, true);
    const sum = weighted(body, [9, 8, 7, 6, 5, 4, 3, 2, 1]);
    const c = sum < 100 ? sum : sum === 100 || sum === 101 ? 0 : sum % 101 === 100 ? 0 : sum % 101;
    return { name: "СНИЛС", value: `${body.slice(0, 3)}-${body.slice(3, 6)}-${body.slice(6)} ${pad(c)}` };
  },
  UA: (r) => ({ name: "РНОКПП", value: r.digits(10, true) }),
  CN: (r, b) => {
    const body = `${r.pick(["110101", "310104", "440305", "510107", "330106", "530102"])}${b.y}${pad(b.m)}${pad(b.d)}${r.digits(3)}`;
    const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    return { name: "身份证号", value: body + "10X98765432"[weighted(body, w) % 11] };
  },
  TW: (r, b, female) => ({ name: "身分證字號", value: `${r.letters(1)}${female ? 2 : 1}${r.digits(8)}` }),
  KR: (r, b, female) => {
    const g = b.y >= 2000 ? (female ? 4 : 3) : female ? 2 : 1;
    const body = `${yy(b)}${pad(b.m)}${pad(b.d)}${g}${r.digits(5)}`;
    const c = (11 - (weighted(body, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10;
    return { name: "주민등록번호", value: `${body.slice(0, 6)}-${body.slice(6)}${c}` };
  },
  JP: (r) => {
    const body = r.digits(11);
    const ds = digitsOf(body).reverse();
    let sum = 0;
    for (let n = 1; n <= 11; n++) sum += ds[n - 1] * (n <= 6 ? n + 1 : n - 5);
    const rem = sum % 11;
    const v = body + (rem <= 1 ? 0 : 11 - rem);
    return { name: "マイナンバー", value: r.chance(0.5) ? `${v.slice(0, 4)} ${v.slice(4, 8)} ${v.slice(8)}` : v };
  },
  IL: (r) => {
    const body = r.digits(8);
    let sum = 0;
    digitsOf(body).forEach((d, i) => {
      const v = d * (i % 2 === 0 ? 1 : 2);
      sum += v > 9 ? v - 9 : v;
    });
    return { name: "מספר זהות", value: body + ((10 - (sum % 10)) % 10) };
  },
  ZA: (r, b, female) => {
    const body = `${yy(b)}${pad(b.m)}${pad(b.d)}${female ? r.int(0, 4) : r.int(5, 9)}${r.digits(3)}08`;
    return { name: "ID number", value: body + luhnCheckDigit(body) };
  },
  GB: (r) => {
    if (r.chance(0.5)) {
      for (;;) {
        const body = r.digits(9, true);
        const rem = 11 - (weighted(body, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
        if (rem === 10) continue;
        const v = body + (rem === 11 ? 0 : rem);
        return { name: "NHS number", value: `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}` };
      }
    }
    const prefix = r.letters(1, "ABCEGHJKLMNOPRSTWXYZ") + r.letters(1, "ABCEGHJKLMNPRSTWXYZ");
    const d = r.digits(6);
    const v = r.chance(0.6) ? `${prefix} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${r.letters(1, "ABCD")}` : `${prefix}${d}${r.letters(1, "ABCD")}`;
    return { name: "National Insurance number", value: v };
  },
  IE: (r) => {
    const body = r.digits(7);
    const sum = weighted(body, [8, 7, 6, 5, 4, 3, 2]);
    return { name: "PPS number", value: body + "WABCDEFGHIJKLMNOPQRSTUV"[sum % 23] };
  },
  CA: (r) => {
    const body = r.pick(["1", "2", "4", "5", "6", "7"]) + r.digits(7);
    const v = body + luhnCheckDigit(body);
    return { name: "SIN", value: r.chance(0.6) ? `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}` : `${v.slice(0, 3)}-${v.slice(3, 6)}-${v.slice(6)}` };
  },
  AU: (r) => {
    for (;;) {
      const body = r.digits(8, true);
      const partial = weighted(body, [1, 4, 3, 7, 5, 8, 6, 9]);
      // The ninth weight is 10; a body whose partial sum no digit can complete is redrawn.
      for (let d = 0; d <= 9; d++) {
        if ((partial + 10 * d) % 11 === 0) {
          const v = body + d;
          return { name: "TFN", value: `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}` };
        }
      }
    }
  },
  IN: (r) => {
    const body = String(r.int(2, 9)) + r.digits(10);
    const v = body + verhoeff(body);
    return { name: "Aadhaar", value: r.chance(0.7) ? `${v.slice(0, 4)} ${v.slice(4, 8)} ${v.slice(8)}` : v };
  },
  NG: (r) => ({ name: "NIN", value: r.digits(11, true) }),
  GH: (r) => ({ name: "Ghana Card number", value: `GHA-${r.digits(9, true)}-${r.int(0, 9)}` }),
  PK: (r, b, female) => ({ name: "CNIC", value: `${r.digits(5, true)}-${r.digits(7)}-${female ? r.pick([2, 4, 6, 8]) : r.pick([1, 3, 5, 7, 9])}` }),
  BD: (r) => ({ name: "NID", value: r.digits(r.pick([10, 13, 17]), true) }),
  ID: (r, b, female) => ({ name: "NIK", value: `${r.pick(["3171", "3273", "3471", "5171", "7371"])}${r.digits(2)}${pad(b.d + (female ? 40 : 0))}${pad(b.m)}${yy(b)}${r.digits(4)}` }),
  TH: (r) => {
    const body = String(r.int(1, 8)) + r.digits(11);
    const c = (11 - (weighted(body, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 10;
    const v = body + c;
    return { name: "เลขประจำตัวประชาชน", value: `${v[0]}-${v.slice(1, 5)}-${v.slice(5, 10)}-${v.slice(10, 12)}-${v[12]}` };
  },
  VN: (r) => ({ name: "CCCD", value: "0" + r.digits(11) }),
  IR: (r) => ({ name: "کد ملی", value: r.digits(10) }),
  AZ: (r) => ({ name: "FİN", value: r.letters(7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") }),
  GE: (r) => ({ name: "პირადი ნომერი", value: r.digits(11, true) }),
  AM: (r) => ({ name: "social card number", value: r.digits(10, true) }),
  UZ: (r, b, female) => ({ name: "JSHSHIR", value: `${female ? 4 : 3}${pad(b.d)}${pad(b.m)}${yy(b)}${r.digits(7)}` }),
  MN: (r, b) => ({ name: "регистрийн дугаар", value: `${r.letters(2, "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШ")}${yy(b)}${pad(b.m)}${pad(b.d)}${r.digits(2)}` }),
  SA: (r) => ({ name: "رقم الهوية", value: "1" + r.digits(9) }),
};

/** Passport number layouts by issuing country; the fallback is the common letter(s)+digits shape. */
const PASSPORT: Record<string, string[]> = {
  US: ["999999999", "A99999999"], GB: ["999999999"], DE: ["CXXXXXXXX"], FR: ["99AA99999"], IN: ["A9999999"], CN: ["E99999999", "EA9999999"],
  JP: ["AA9999999"], KR: ["M99999999"], RU: ["99 9999999"], UA: ["AA999999"], PL: ["AA9999999"], ES: ["AAA999999"], IT: ["AA9999999"],
  NL: ["AAXXXXXX9"], SE: ["99999999"], FI: ["AA9999999"], NO: ["99999999"], DK: ["999999999"], BR: ["AA999999"], MX: ["G99999999"],
  TR: ["U99999999"], GR: ["AA9999999"], CA: ["AA999999"], AU: ["PA9999999", "N9999999"], IE: ["AA9999999"], CZ: ["99999999"],
};

export function passportNumber(r: Rng, country: string): string {
  const p = r.pick(PASSPORT[country] ?? ["A9999999", "AA9999999", "AA999999"]);
  return r.pattern(p).replace(/C/g, () => r.pick(["C", "F", "G", "H", "J", "K"]));
}

export function nationalId(r: Rng, country: string, b: BirthDate, female: boolean): NationalId | undefined {
  return NATIONAL_IDS[country]?.(r, b, female);
}

/** Indian PAN: four letters (the fourth says "person"), the surname's initial, four digits, a letter. */
export function indianPan(r: Rng, surname: string): string {
  const initial = surname.normalize("NFD").replace(/[^A-Za-z]/g, "").charAt(0).toUpperCase() || r.letters(1);
  return `${r.letters(3)}P${initial}${r.digits(4)}${r.letters(1)}`;
}

/** Indian voter id (EPIC): three letters and seven digits. */
export const indianVoterId = (r: Rng) => `${r.letters(3)}${r.digits(7)}`;

export function aadhaar(r: Rng): string {
  return NATIONAL_IDS.IN(r, { y: 1990, m: 1, d: 1 }, false).value;
}

// ---------------------------------------------------------------- other identifiers

export type IdKind = "passport" | "tax" | "mrn" | "dl" | "account" | "routing" | "policy" | "employee" | "user" | "member" | "claim" | "voter" | "pan" | "aadhaar" | "sortcode";

/** Identifiers that sit after a cue word; layouts vary by organisation, so several per kind. */
export function otherId(r: Rng, kind: IdKind, country: string, surname: string): string {
  switch (kind) {
    case "passport":
      return passportNumber(r, country);
    case "tax":
      return taxId(r, country);
    case "mrn":
      return r.pattern(r.pick(["99999999", "0999999", "9999-9999", "A9999999", "999-99-99", "H99999999", "99999"]));
    case "dl":
      return r.pattern(r.pick(["A9999999", "99999999", "AA999999", "9999999999", "AAAAA999999AA9AA", "A99-999-999"]));
    case "account":
      return r.pattern(r.pick(["9999999999", "999999999999", "99999999", "999-999999-9", "9999 9999 9999", "99-9999-9999999-99"]));
    case "routing":
      return abaRouting(r);
    case "sortcode":
      return r.pattern("99-99-99");
    case "policy":
      return r.pattern(r.pick(["AAA-999999999", "99999999-99", "AA 9999 9999", "POL999999", "A9999-999-99"]));
    case "employee":
      return r.pattern(r.pick(["E99999", "99999", "EMP-9999", "A9999999", "999-9999"]));
    case "user":
      return r.pattern(r.pick(["u_99999", "99999999", "usr-9999-aaaa", "999999", "A99999"]));
    case "member":
      return r.pattern(r.pick(["AAA999999999", "999 999 999", "M99999999", "99999-999"]));
    case "claim":
      return r.pattern(r.pick(["CLM-999999", "99-999999-99", "A999999999"]));
    case "voter":
      return indianVoterId(r);
    case "pan":
      return indianPan(r, surname);
    case "aadhaar":
      return aadhaar(r);
  }
}

function taxId(r: Rng, country: string): string {
  switch (country) {
    case "PL": {
      for (;;) {
        const body = r.digits(9, true);
        const c = weighted(body, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11;
        if (c === 10) continue;
        const v = body + c;
        return r.chance(0.5) ? `${v.slice(0, 3)}-${v.slice(3, 6)}-${v.slice(6, 8)}-${v.slice(8)}` : v;
      }
    }
    case "US":
      return `9${r.digits(2)}-${r.pick(["70", "78", "81", "90", "94"])}-${r.digits(4)}`;
    case "IN":
      return indianPan(r, r.letters(1));
    case "RU":
      return r.digits(12, true);
    case "FR":
      return r.pattern("9 99 99 999 999 999");
    case "GB":
      return r.pattern("99999 99999");
    case "AU":
      return NATIONAL_IDS.AU(r, { y: 1990, m: 1, d: 1 }, false).value;
    case "DE":
      return NATIONAL_IDS.DE(r, { y: 1990, m: 1, d: 1 }, false).value;
    case "IT":
    case "ES":
    case "PT":
    case "GR":
    case "HR":
    case "BR":
      return NATIONAL_IDS[country](r, { y: 1980 + r.int(0, 20), m: r.int(1, 12), d: r.int(1, 28) }, r.chance(0.5)).value;
    default:
      return r.pattern(r.pick(["9999999999", "999-999-999", "AA999999999", "99999999A"]));
  }
}

// ---------------------------------------------------------------- credentials

const PW_WORDS = [
  "summer", "winter", "Sommer", "kissa", "koira", "Hund", "sol", "lato", "zima", "bella", "amore", "soleil", "chat", "monkey",
  "dragon", "Liverpool", "Barcelona", "Ajax", "Galatasaray", "Spartak", "Legia", "Fenerbahce", "Juventus", "Benfica", "Flamengo",
  "sunshine", "princess", "qwerty", "Passw0rd", "Welkom", "Bienvenue", "Willkommen", "Tervetuloa", "Admin", "letmein", "mustang",
  "Kraków", "Zürich", "Ålesund", "mariposa", "gatito", "Schatz", "mojehaslo", "hasło", "parola", "senha", "contraseña", "salasana",
];

/** What people actually paste: word+year+symbol, keyboard walks, generated strings, passphrases. */
export function password(r: Rng): string {
  switch (r.int(0, 6)) {
    case 0:
      return `${r.pick(PW_WORDS)}${r.int(1970, 2025)}${r.pick(["!", "", "#", "?", "!!", "$"])}`;
    case 1:
      return `${r.pick(PW_WORDS)}${r.pick(["_", ".", "-", "@", ""])}${r.digits(r.int(2, 4))}`;
    case 2:
      return r.letters(r.int(10, 16), "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#$%&*+-=?@^_");
    case 3:
      return [r.pick(PW_WORDS), r.pick(PW_WORDS), r.pick(PW_WORDS)].map((w) => w.toLowerCase()).join(r.pick(["-", ".", "_"])) + r.int(0, 99);
    case 4:
      return r.pick(["Qwerty123!", "Asdf1234", "1q2w3e4r", "Zaq12wsx", "Aa123456!", "Trustno1", "iloveyou2", "P@ssw0rd2024", "Abcd@1234"]) + r.pick(["", "", r.digits(1)]);
    case 5:
      return `${r.letters(1)}${r.letters(r.int(4, 8), "abcdefghijklmnopqrstuvwxyz")}${r.pick(["@", "#", "&", "%"])}${r.digits(r.int(2, 6))}`;
    default:
      return `${r.pick(PW_WORDS)}${r.pick(PW_WORDS)}`.replace(/o/g, "0").replace(/a/g, "@").replace(/e/g, "3") + r.int(1, 9);
  }
}

/** API keys and tokens in the shapes common services use (random bodies). */
export function apiToken(r: Rng): string {
  const b62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  switch (r.int(0, 6)) {
    case 0:
      return `sk_live_${r.letters(24, b62)}`;
    case 1:
      return `ghp_${r.letters(36, b62)}`;
    case 2:
      return `AKIA${r.letters(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}`;
    case 3:
      return `xoxb-${r.digits(11)}-${r.digits(12)}-${r.letters(24, b62)}`;
    case 4:
      return `eyJhbGciOiJIUzI1NiJ9.${r.letters(36, b62)}.${r.letters(43, b62 + "-_")}`;
    case 5:
      return r.letters(40, b62 + "/+");
    default:
      return `glpat-${r.letters(20, b62 + "-_")}`;
  }
}

export function macAddress(r: Rng): string {
  const sep = r.pick([":", "-", ":"]);
  const parts = Array.from({ length: 6 }, () => r.hex(2));
  const s = parts.join(sep);
  return r.chance(0.3) ? s.toUpperCase() : s;
}

export function ipv4(r: Rng): string {
  const first = r.pick([r.int(11, 99), r.int(101, 126), r.int(128, 169), r.int(171, 191), r.int(193, 223), 10, 172, 192]);
  if (first === 10) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (first === 172) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (first === 192) return `192.168.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${first}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

export function ipv6(r: Rng): string {
  const groups = Array.from({ length: 8 }, () => r.hex(r.int(1, 4)).replace(/^0+(?=.)/, ""));
  if (r.chance(0.5)) return `2001:db8:${groups.slice(2, 4).join(":")}::${groups[7]}`.replace("2001:db8", r.pick(["2a02:8108", "2001:4860", "2603:1030", "2a01:4f8"]));
  return groups.join(":");
}
