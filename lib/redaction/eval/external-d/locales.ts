/**
 * Corpus D's locales: every faker locale whose own data (not the English fallback) has person
 * names and place data, with the country facts our own value formats need. The language is the
 * one this folder has templates for; a locale without its own templates is written in English
 * with the locale's values, as people abroad often do.
 */
import { Faker, allLocales, base, en, type LocaleDefinition } from "@faker-js/faker";

export interface LocaleFacts {
  /** ISO country the locale's own values stand for. */
  country: string;
  /** International calling code without the plus. */
  dial: string;
  /** Template language (a key of the template packs). */
  lang: string;
  /** How people of that country write a numeric date. */
  dates: "dmy" | "mdy" | "ymd";
}

const F = (country: string, dial: string, lang: string, dates: LocaleFacts["dates"] = "dmy"): LocaleFacts => ({ country, dial, lang, dates });

// Written by hand for the locales faker has; a locale missing here still runs, in English, as "XX".
const FACTS: Record<string, LocaleFacts> = {
  af_ZA: F("ZA", "27", "en", "ymd"), ar: F("SA", "966", "en"), az: F("AZ", "994", "en"), cs_CZ: F("CZ", "420", "cs"),
  da: F("DK", "45", "da"), de: F("DE", "49", "de"), de_AT: F("AT", "43", "de"), de_CH: F("CH", "41", "de"),
  dv: F("MV", "960", "en"), el: F("GR", "30", "el"), en: F("US", "1", "en", "mdy"), en_AU: F("AU", "61", "en"),
  en_AU_ocker: F("AU", "61", "en"), en_GH: F("GH", "233", "en"), en_HK: F("HK", "852", "en"), en_IN: F("IN", "91", "en"),
  en_NG: F("NG", "234", "en"), en_NP: F("NP", "977", "en"), en_ZA: F("ZA", "27", "en", "ymd"), eo: F("XX", "1", "en"),
  es: F("ES", "34", "es"), es_MX: F("MX", "52", "es"), fa: F("IR", "98", "en", "ymd"), fi: F("FI", "358", "fi"),
  fr: F("FR", "33", "fr"), fr_BE: F("BE", "32", "fr"), fr_CH: F("CH", "41", "fr"), fr_SN: F("SN", "221", "fr"),
  he: F("IL", "972", "en"), hr: F("HR", "385", "hr"), hu: F("HU", "36", "hu", "ymd"), hy: F("AM", "374", "en"),
  id_ID: F("ID", "62", "id"), it: F("IT", "39", "it"), ja: F("JP", "81", "ja", "ymd"), ka_GE: F("GE", "995", "en"),
  ko: F("KR", "82", "ko", "ymd"), lv: F("LV", "371", "en"), mk: F("MK", "389", "en"), nb_NO: F("NO", "47", "nb"),
  ne: F("NP", "977", "en"), nl: F("NL", "31", "nl"), nl_BE: F("BE", "32", "nl"), pl: F("PL", "48", "pl"),
  pt_BR: F("BR", "55", "pt"), pt_PT: F("PT", "351", "pt"), ro: F("RO", "40", "ro"), ro_MD: F("MD", "373", "ro"),
  ru: F("RU", "7", "ru"), sk: F("SK", "421", "cs"), sl_SI: F("SI", "386", "en"), sr_RS_latin: F("RS", "381", "hr"),
  sv: F("SE", "46", "sv", "ymd"), th: F("TH", "66", "en"), tr: F("TR", "90", "tr"), uk: F("UA", "380", "uk"),
  ur: F("PK", "92", "en"), uz_UZ_latin: F("UZ", "998", "en"), vi: F("VN", "84", "vi"), zh_CN: F("CN", "86", "zh", "ymd"),
  zh_TW: F("TW", "886", "zh", "ymd"), zu_ZA: F("ZA", "27", "en", "ymd"),
};

/** Locales with their own person names and places, in a fixed (sorted) order. */
export function corpusDLocales(): string[] {
  const all = allLocales as Record<string, LocaleDefinition>;
  return Object.keys(all)
    .filter((code) => {
      const p = all[code].person ?? {};
      const l = all[code].location ?? {};
      return Boolean(p.first_name || p.last_name) && Boolean(l.city_name || l.city_pattern || l.street_name || l.street_pattern);
    })
    .sort();
}

export const factsFor = (code: string): LocaleFacts => FACTS[code] ?? F("XX", "1", "en");

// Faker draws dates relative to this day, so the corpus does not move with the clock.
const REFERENCE_DATE = new Date("2026-12-07T12:00:00Z");

/** A faker for one locale (English and base data behind it), seeded for one sample. */
export function fakerFor(code: string, seed: number): Faker {
  const all = allLocales as Record<string, LocaleDefinition>;
  const f = new Faker({ locale: [all[code], en, base] });
  f.seed(seed);
  f.setDefaultRefDate(REFERENCE_DATE);
  return f;
}
