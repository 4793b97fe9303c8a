/**
 * Every faker locale except `base` (which has no names), with the template language it gets:
 * its own where this corpus has a pack, English otherwise, and the country whose IBAN format it
 * asks faker for (undefined: faker picks a country).
 */
import { allFakers } from "@faker-js/faker";
import type { Pack } from "./pack";
import { EN } from "./packs-en";
import { DE, ES, FR, IT, NL, PT, SV } from "./packs-west";
import { PL, RU, TR, UK } from "./packs-east";
import { AR, JA, KO, VI, ZH } from "./packs-asia";

export const PACKS: Record<string, Pack> = { en: EN, de: DE, fr: FR, es: ES, pt: PT, it: IT, nl: NL, sv: SV, pl: PL, ru: RU, uk: UK, tr: TR, zh: ZH, ja: JA, ko: KO, ar: AR, vi: VI };

export const LOCALES: readonly string[] = Object.keys(allFakers).filter((l) => l !== "base").sort();

// Countries for locales whose code has no region part, or whose region is not the IBAN's.
const COUNTRY: Record<string, string> = {
  ar: "SA", az: "AZ", cs: "CZ", cy: "GB", da: "DK", de: "DE", el: "GR", es: "ES", fi: "FI", fr: "FR",
  he: "IL", hr: "HR", hu: "HU", it: "IT", lv: "LV", nl: "NL", pl: "PL", ro: "RO", sk: "SK", sv: "SE",
  tr: "TR", uk: "UA",
};

/** The locale's own language: "pt_BR" -> "pt", "ku_ckb" -> "ku". */
export const nativeOf = (locale: string) => locale.split("_")[0];

export function packFor(locale: string): Pack {
  return PACKS[nativeOf(locale)] ?? EN;
}

export function ibanCountryOf(locale: string): string | undefined {
  const parts = locale.split("_");
  const region = parts.length > 1 && /^[A-Z]{2}$/.test(parts[1]) ? parts[1] : undefined;
  return region ?? COUNTRY[parts[0]];
}
