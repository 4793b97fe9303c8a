/**
 * Corpus B's locales: every faker locale whose own data (not the English fallback) has
 * person names and street or town patterns, with the country facts the templates need.
 */
import { Faker, allLocales, base, en, type LocaleDefinition } from "@faker-js/faker";

/** Everything faker draws as "now" is relative to this instant, so ages and dates never drift. */
export const REFERENCE_DATE = new Date("2026-06-01T12:00:00Z");

export interface LocaleInfo {
  locale: string;
  /** ISO country code for identifiers, IBANs and phone shapes. */
  country: string;
  /** The country's name as a writer of the address block would put it (local form where one is common). */
  countryName: string;
  /** Template language: one of the languages with templates in this folder, else "en". */
  lang: string;
  /** Date notation for a person's dates (see values.ts formatDate). */
  dateStyle: string;
}

// locale: country code, country name in its own usage, template language, date notation.
const FACTS: Record<string, [string, string, string, string]> = {
  af_ZA: ["ZA", "South Africa", "en", "ymd"], ar: ["SA", "Saudi Arabia", "en", "dmy/"], az: ["AZ", "Azərbaycan", "en", "dmy."],
  cs_CZ: ["CZ", "Česká republika", "cs", "d. M y"], da: ["DK", "Danmark", "da", "d. M y"], de: ["DE", "Deutschland", "de", "d. M y"],
  de_AT: ["AT", "Österreich", "de", "dmy."], de_CH: ["CH", "Schweiz", "de", "dmy."], dv: ["MV", "Maldives", "en", "dmy/"],
  el: ["GR", "Ελλάδα", "el", "dmy/"], en: ["US", "USA", "en", "M d, y"], en_AU: ["AU", "Australia", "en", "dmy/"],
  en_AU_ocker: ["AU", "Australia", "en", "d M y"], en_GH: ["GH", "Ghana", "en", "d M y"], en_HK: ["HK", "Hong Kong", "en", "d M y"],
  en_IN: ["IN", "India", "en", "dmy/"], en_NG: ["NG", "Nigeria", "en", "d M y"], en_NP: ["NP", "Nepal", "en", "ymd"],
  en_ZA: ["ZA", "South Africa", "en", "d M y"], eo: ["PL", "Esperantujo", "en", "ymd"], es: ["ES", "España", "es", "d M y"],
  es_MX: ["MX", "México", "es", "dmy/"], fa: ["IR", "Iran", "en", "ymd"], fi: ["FI", "Suomi", "fi", "dmy."],
  fr: ["FR", "France", "fr", "d M y"], fr_BE: ["BE", "Belgique", "fr", "dmy/"], fr_CH: ["CH", "Suisse", "fr", "dmy."],
  fr_SN: ["SN", "Sénégal", "fr", "dmy/"], he: ["IL", "Israel", "en", "dmy."], hr: ["HR", "Hrvatska", "hr", "dmy."],
  hu: ["HU", "Magyarország", "hu", "y. M d."], hy: ["AM", "Armenia", "en", "dmy."], id_ID: ["ID", "Indonesia", "id", "d M y"],
  it: ["IT", "Italia", "it", "d M y"], ja: ["JP", "Japan", "en", "ymd"], ka_GE: ["GE", "Georgia", "en", "dmy."],
  ko: ["KR", "South Korea", "en", "ymd"], lv: ["LV", "Latvija", "en", "dmy."], mk: ["MK", "North Macedonia", "en", "dmy."],
  nb_NO: ["NO", "Norge", "nb", "d. M y"], ne: ["NP", "Nepal", "en", "ymd"], nl: ["NL", "Nederland", "nl", "d M y"],
  nl_BE: ["BE", "België", "nl", "dmy/"], pl: ["PL", "Polska", "pl", "d M y"], pt_BR: ["BR", "Brasil", "pt", "dmy/"],
  pt_PT: ["PT", "Portugal", "pt", "dmy/"], ro: ["RO", "România", "ro", "dmy."], ro_MD: ["MD", "Republica Moldova", "ro", "dmy."],
  ru: ["RU", "Россия", "ru", "dmy."], sk: ["SK", "Slovensko", "en", "dmy."], sl_SI: ["SI", "Slovenija", "en", "dmy."],
  sr_RS_latin: ["RS", "Srbija", "en", "dmy."], sv: ["SE", "Sverige", "sv", "ymd"], th: ["TH", "Thailand", "en", "dmy/"],
  tr: ["TR", "Türkiye", "tr", "dmy."], uk: ["UA", "Україна", "uk", "dmy."], ur: ["PK", "Pakistan", "en", "dmy/"],
  uz_UZ_latin: ["UZ", "Oʻzbekiston", "en", "dmy."], vi: ["VN", "Việt Nam", "en", "dmy/"], zh_CN: ["CN", "China", "en", "ymd"],
  zh_TW: ["TW", "Taiwan", "en", "ymd"], zu_ZA: ["ZA", "South Africa", "en", "ymd"],
};

function hasOwnPeopleAndPlaces(def: LocaleDefinition): boolean {
  const p = def.person as Record<string, unknown> | undefined;
  const l = def.location as Record<string, unknown> | undefined;
  return !!p && !!(p.first_name || p.last_name) && !!l && !!(l.street_pattern || l.city_pattern);
}

/** The locales, sorted; a locale faker gains in an upgrade without facts here is left out (and the seal test notices the count). */
export function corpusBLocales(): LocaleInfo[] {
  return Object.keys(allLocales)
    .filter((k) => hasOwnPeopleAndPlaces(allLocales[k as keyof typeof allLocales]) && FACTS[k])
    .sort()
    .map((locale) => {
      const [country, countryName, lang, dateStyle] = FACTS[locale];
      return { locale, country, countryName, lang, dateStyle };
    });
}

const fakers = new Map<string, Faker>();

/** One faker per locale, reseeded per sample by the caller; falls back to English then base data. */
export function fakerFor(locale: string): Faker {
  let f = fakers.get(locale);
  if (!f) {
    const def = allLocales[locale as keyof typeof allLocales];
    f = new Faker({ locale: locale === "en" ? [en, base] : [def, en, base] });
    f.setDefaultRefDate(REFERENCE_DATE);
    fakers.set(locale, f);
  }
  return f;
}
