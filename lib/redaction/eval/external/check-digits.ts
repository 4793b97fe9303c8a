/**
 * Check digits the external corpora compute for their card numbers and IBANs. One copy for
 * every corpus, written from the public descriptions of Luhn and ISO 7064 mod 97-10 and kept
 * apart from the engine's own validators, so a corpus never borrows the code it measures.
 */

/** Luhn check digit for a digit string (the digit to append). */
export function luhnCheckDigit(body: string): number {
  let sum = 0;
  const ds = [...body].map(Number).reverse();
  for (let i = 0; i < ds.length; i++) {
    let v = ds[i];
    if (i % 2 === 0) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return (10 - (sum % 10)) % 10;
}

export function luhnValid(num: string): boolean {
  return luhnCheckDigit(num.slice(0, -1)) === Number(num.slice(-1));
}

/** The two IBAN check digits for a country code and BBAN (mod 97-10, letters as 10-35). */
export function ibanCheckDigits(country: string, bban: string): string {
  const rearranged = (bban + country + "00").toUpperCase();
  let expanded = "";
  for (const ch of rearranged) expanded += /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
  let mod = 0;
  for (const ch of expanded) mod = (mod * 10 + Number(ch)) % 97;
  return String(98 - mod).padStart(2, "0");
}

export function ibanValid(iban: string): boolean {
  const compact = iban.replace(/\s+/g, "");
  return ibanCheckDigits(compact.slice(0, 2), compact.slice(4)) === compact.slice(2, 4);
}
