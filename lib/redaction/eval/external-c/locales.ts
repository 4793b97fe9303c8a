/**
 * Corpus C's locales: every faker locale whose own data (not the English fallback) has person
 * names and place data, listed by hand so a faker upgrade cannot silently change the set.
 * Each maps to the language its templates are written in; locales whose language this folder
 * has no templates for are written in English with the locale's own values.
 */
export const LOCALE_LANG: Readonly<Record<string, string>> = {
  af_ZA: "en", ar: "en", az: "en", cs_CZ: "cs", da: "da", de: "de", de_AT: "de", de_CH: "de",
  dv: "en", el: "el", en: "en", en_AU: "en", en_AU_ocker: "en", en_GH: "en", en_HK: "en",
  en_IN: "en", en_NG: "en", en_NP: "en", en_ZA: "en", eo: "en", es: "es", es_MX: "es", fa: "en",
  fi: "fi", fr: "fr", fr_BE: "fr", fr_CH: "fr", fr_SN: "fr", he: "en", hr: "hr", hu: "hu",
  hy: "en", id_ID: "id", it: "it", ja: "en", ka_GE: "en", ko: "en", lv: "en", mk: "en",
  nb_NO: "nb", ne: "en", nl: "nl", nl_BE: "nl", pl: "pl", pt_BR: "pt", pt_PT: "pt", ro: "ro",
  ro_MD: "ro", ru: "ru", sk: "sk", sl_SI: "en", sr_RS_latin: "hr", sv: "sv", th: "en", tr: "tr",
  uk: "uk", ur: "en", uz_UZ_latin: "en", vi: "vi", zh_CN: "en", zh_TW: "en", zu_ZA: "en",
};

export const corpusCLocales = (): string[] => Object.keys(LOCALE_LANG);

/** IBAN country for a locale, where the country uses IBANs; others borrow a European one. */
export const IBAN_COUNTRY: Readonly<Record<string, string>> = {
  cs_CZ: "CZ", da: "DK", de: "DE", de_AT: "AT", de_CH: "CH", el: "GR", es: "ES", fi: "FI", fr: "FR",
  fr_BE: "BE", fr_CH: "CH", hr: "HR", hu: "HU", it: "IT", lv: "LV", nb_NO: "NO", nl: "NL",
  nl_BE: "BE", pl: "PL", pt_PT: "PT", ro: "RO", ro_MD: "MD", sk: "SK", sl_SI: "SI", sr_RS_latin: "RS",
  sv: "SE", tr: "TR", uk: "UA", az: "AZ", ka_GE: "GE", he: "IL", ar: "SA", en_GB: "GB", pt_BR: "BR",
  en_IE: "IE", mk: "MK",
};
