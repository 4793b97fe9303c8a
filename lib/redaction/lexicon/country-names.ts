/**
 * Country and territory names in the languages of our users, from the ICU data Node
 * already ships (`Intl.DisplayNames`): "Arabie saoudite", "Pobřeží slonoviny",
 * "Németország", "Saudi-Arabien". No package, no file: built once (~20-40 ms) when the
 * lexicon is built.
 */

// ISO 3166-1 alpha-2 codes plus the user-assigned XK (Kosovo), which CLDR names.
const REGION_CODES = `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES
ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO
IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK
ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR
PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK
TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW`.split(/\s+/);

// Languages of the locales we see in logs. 1.4.0: also the scripts without letter case
// (Arabic, Hebrew, Persian, Indic, Thai, Georgian, Armenian, CJK) and more Turkic and
// Central Asian languages, for country lines of address blocks ("שבדיה", "قرقیزستان").
const LANGUAGES = `en fr de es it pt nl pl sv da nb nn fi cs sk hu ro tr ru uk el bg sr sr-Latn hr bs sl id ms vi af zu yo sw
ca gl eu et lv lt is ga cy sq mk tl ha ig az uz kk ky mn be hy ka ar he fa ur hi bn ne ta th ja ko zh zh-Hant dv
ku am`.split(/\s+/);

const CASELESS = /^[\p{Lo}]/u;

/**
 * Lower-cased names of every region in every language above, spaces normalised.
 * Names that are ordinary words in `ordinary` ("island" is Iceland in Swedish) or
 * shorter than four letters are left out when they are a single word.
 */
export function localisedCountryNames(ordinary: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  for (const lang of LANGUAGES) {
    let display: Intl.DisplayNames;
    try {
      display = new Intl.DisplayNames([lang], { type: "region", fallback: "none" });
    } catch {
      continue;
    }
    for (const code of REGION_CODES) {
      let name: string | undefined;
      try {
        name = display.of(code);
      } catch {
        name = undefined;
      }
      if (!name || name === code) continue;
      // "Bonaire, Sint Eustatius en Saba", "Congo (RDC)": keep the part before a comma or bracket.
      const main = name.split(/[,(（]/)[0].replace(/[\s\u00a0]+/g, " ").trim().toLowerCase();
      // Short Latin names are ordinary words too often; scripts without case are not.
      if (main.length < (CASELESS.test(main) ? 2 : 4)) continue;
      if (!main.includes(" ") && ordinary.has(main)) continue;
      names.add(main);
    }
  }
  return [...names];
}
