/**
 * US_SSN and US_DRIVER_LICENSE. SSNs in the dashed format are reported even when they
 * fail SSA plausibility (generated test data often does), with a lower score. Driver's
 * licence formats vary by state and collide with order numbers, so they need context.
 */
import { before, candidate, eachMatch, hasContext } from "../text-scan";
import { ssnPlausible } from "../validators";
import type { Candidate, Recognizer } from "../types";

const SSN = /(?<![\dA-Za-z-])(\d{3})([- .]?)(\d{2})\2(\d{4})(?![\dA-Za-z]|-\d)/g;
const SSN_CONTEXT = ["ssn", "social security", "social", "ss#", "ss #", "tax id", "taxpayer", "itin", "sozialversicherungsnummer"];

const ITIN_GROUP = /^9\d\d(?:5\d|6[0-5]|7\d|8[0-8]|9[0-24-9])/;

function findSsns(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(SSN, text, (m) => {
    const digits = m[1] + m[3] + m[4];
    const sep = m[2];
    const context = hasContext(before(text, m.index, 40), SSN_CONTEXT);
    let score = sep === "-" ? 0.85 : sep === " " ? 0.55 : sep === "." ? 0.45 : 0.3;
    // 1.9.0: a 9 first and a middle group the IRS gives ITINs (50-65, 70-88, 90-92, 94-99) is an ITIN, a valid one,
    // unless the writer calls it an SSN ("SSN 987-96-7791": test data uses the same numbers).
    const itin = ITIN_GROUP.test(digits) && !/ssn|social|ss ?#/i.test(before(text, m.index, 40));
    if (!itin && !ssnPlausible(digits)) score -= 0.25;
    if (context) score += 0.4;
    if (digits === "000000000") return;
    out.push(candidate(itin ? "US_ITIN" : "US_SSN", m.index, m.index + m[0].length, score, "ssn"));
  });
  return out;
}

// Common state formats: letter + 4-14 digits (CA, FL, IL, NY...), 2 letters + digits,
// all-digit numbers of 7-9 digits (TX, NY...), and Florida/Illinois dashed forms.
const DL = /(?<![A-Za-z0-9-])(?:[A-Z]{1,2}\d{4,14}|[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d|[A-Z]\d{3}-\d{4}-\d{4}|\d{7,9}|[A-Z]\d{2}-\d{2}-\d{4}|\d{3} \d{3} \d{3})(?![A-Za-z0-9-])/g;
const DL_CONTEXT = ["driver", "driver's", "drivers", "driving", "licence", "license", "dl", "dl#", "dln", "lic"];

function findDriverLicenses(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(DL, text, (m) => {
    const context = hasContext(before(text, m.index, 48), DL_CONTEXT);
    const hasLetter = /[A-Z]/.test(m[0]);
    // Without context a licence number is indistinguishable from any other id.
    const score = context ? (hasLetter ? 0.85 : 0.65) : hasLetter && /^[A-Z]\d{7,8}$/.test(m[0]) ? 0.3 : 0;
    if (score > 0) out.push(candidate("US_DRIVER_LICENSE", m.index, m.index + m[0].length, score, "dl"));
  });
  return out;
}

export const ssnRecognizer: Recognizer = { id: "ssn", needsDigit: true, types: ["US_SSN", "US_ITIN"], find: findSsns };
export const driverLicenseRecognizer: Recognizer = { id: "dl", needsDigit: true, types: ["US_DRIVER_LICENSE"], find: findDriverLicenses };
