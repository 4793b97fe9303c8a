/**
 * Which faker locales the external corpus covers and what each stands for: a country
 * (address, phone and id formats), the language its own texts are written in, and how
 * names are ordered. The locale list is read from faker itself: every locale whose own
 * definitions (not the English fallback) include person names and place data.
 */
import { allLocales } from "@faker-js/faker";
import type { NameOrder, Script } from "./people";

export interface LocaleInfo {
  locale: string;
  /** Country codes an address may come from (`en` alone stands for several). */
  countries: readonly string[];
  /** Language pack for texts in the local language; "en" when only English templates are used. */
  lang: string;
  order: NameOrder;
  script: Script;
  /** Faker's street and town data for this locale is its own (not the English fallback). */
  fakerStreets: boolean;
  fakerTowns: boolean;
}

type Row = [countries: string | string[], lang: string, order?: NameOrder, script?: Script, fakerStreets?: boolean, fakerTowns?: boolean];

const TABLE: Record<string, Row> = {
  af_ZA: ["ZA", "en"], ar: ["SA", "ar", "given-family", "other"], az: ["AZ", "en"], bn_BD: ["BD", "en", "given-family", "other", false, true],
  cs_CZ: ["CZ", "cs"], cy: ["WLS", "en"], da: ["DK", "da"], de: ["DE", "de"], de_AT: ["AT", "de"], de_CH: ["CH", "de"], dv: ["MV", "en", "given-family", "other"],
  el: ["GR", "el", "given-family", "greek"], en: [["US", "US", "US", "GB", "IE", "CA", "WLS"], "en", "given-family", "latin", false, false],
  en_AU: ["AU", "en"], en_AU_ocker: ["AU", "en"], en_CA: ["CA", "en"], en_GB: ["GB", "en"], en_GH: ["GH", "en"], en_HK: ["HK", "en"], en_IE: ["IE", "en"],
  en_IN: ["IN", "en"], en_NG: ["NG", "en"], en_NP: ["NP", "en"], en_US: ["US", "en"], en_ZA: ["ZA", "en"], eo: ["XX", "en"],
  es: ["ES", "es"], es_MX: ["MX", "es"], fa: ["IR", "en", "given-family", "other"], fi: ["FI", "fi"], fr: ["FR", "fr"], fr_BE: ["BE", "fr"], fr_CA: ["CA", "fr"],
  fr_CH: ["CH", "fr"], fr_LU: ["LU", "fr"], fr_SN: ["SN", "fr"], he: ["IL", "he", "given-family", "other"], hr: ["HR", "hr"], hu: ["HU", "hu", "family-given"],
  hy: ["AM", "en", "given-family", "other"], id_ID: ["ID", "id"], it: ["IT", "it"], ja: ["JP", "ja", "cjk", "other", false, true], ka_GE: ["GE", "en", "given-family", "other"],
  ko: ["KR", "ko", "cjk", "other"], ku_ckb: ["IQ", "en", "given-family", "other", false, false], ku_kmr_latin: ["TR", "en", "given-family", "latin", false, false],
  lv: ["LV", "lv"], mk: ["MK", "en", "given-family", "cyrillic"], mn_MN_cyrl: ["MN", "en", "given-family", "cyrillic", false, false], nb_NO: ["NO", "nb"],
  ne: ["NP", "en", "given-family", "other", false, true], nl: ["NL", "nl"], nl_BE: ["BE", "nl"], pl: ["PL", "pl"], pt_BR: ["BR", "pt"], pt_PT: ["PT", "pt"],
  ro: ["RO", "ro"], ro_MD: ["MD", "ro"], ru: ["RU", "ru", "given-family", "cyrillic"], sk: ["SK", "sk"], sl_SI: ["SI", "en"], sr_RS_latin: ["RS", "en"],
  sv: ["SE", "sv"], ta_IN: ["IN", "en", "given-family", "latin", false, false], th: ["TH", "en", "given-family", "other"], tr: ["TR", "tr"],
  uk: ["UA", "uk", "given-family", "cyrillic"], ur: ["PK", "en", "given-family", "other"], uz_UZ_latin: ["UZ", "en"], vi: ["VN", "vi", "family-given", "latin", false, true],
  yo_NG: ["NG", "en", "given-family", "latin", false, false], zh_CN: ["CN", "zh", "cjk", "other"], zh_TW: ["TW", "zh-Hant", "cjk", "other"], zu_ZA: ["ZA", "en"],
};

/** Locales with their own person and place data, sorted; "base" (no names at all) is excluded. */
export function externalLocales(): string[] {
  const out: string[] = [];
  for (const [name, def] of Object.entries(allLocales)) {
    const d = def as { person?: { first_name?: unknown; last_name?: unknown }; location?: { city_name?: unknown; city_pattern?: unknown; street_pattern?: unknown; street_name?: unknown } };
    const person = !!(d.person?.first_name || d.person?.last_name);
    const place = !!(d.location?.city_name || d.location?.city_pattern || d.location?.street_pattern || d.location?.street_name);
    if (person && place) out.push(name);
  }
  return out.sort();
}

export function localeInfo(locale: string): LocaleInfo {
  // A locale added by a future faker version gets neutral defaults (and changes the sealed hash).
  const [countries, lang, order = "given-family", script = "latin", fakerStreets = true, fakerTowns = true] = TABLE[locale] ?? ["XX", "en"];
  return { locale, countries: Array.isArray(countries) ? countries : [countries], lang, order, script, fakerStreets, fakerTowns };
}
