/**
 * The numbering plans PHONE_NUMBER reads, compiled once from libphonenumber-js's metadata:
 * per country its general and type patterns (as RegExps), possible lengths, leading digits,
 * national prefix with its transform rule, and the countries sharing its calling code; and
 * the national plans of the countries a number without an international prefix is tried in.
 */
import { Metadata, type MetadataJson } from "libphonenumber-js/core";
import metadataJson from "libphonenumber-js/max/metadata";
import type { CountryCode } from "libphonenumber-js/max";

// Countries tried for numbers written without an international prefix. The verdict only
// asks "valid in any of them, else possible in any", so the order changes cost, never the
// result: it is the greedy cover order on generated dev/holdout text (DE's and AT's loose
// fixed-line plans accept most national-format digit runs), which stops the loop after
// ~2 parses instead of ~5 for a number valid somewhere. Keep the set as it is: adding or
// removing a country changes which numbers are redacted.
const COUNTRIES: CountryCode[] = [
  "DE", "AT", "SE", "KR", "US", "IE", "JP", "IT", "IN", "BR", "PH", "GB", "FR", "AU", "CA", "ES", "NL", "MX",
  "CN", "RU", "PL", "ZA", "NG", "CH", "BE", "PT", "TR", "AR", "ID", "VN",
];

/** A country numbers without an international prefix are parsed in, with what the pre-filter reads. */
export interface CountryPlan {
  country: CountryCode;
  /** The national prefix is fixed digits (or absent): the shortcuts apply. */
  fixed: boolean;
  prefixes: string[];
  callingCode: string;
  /** The compiled rules of each country sharing the calling code (this one included). */
  group: CountryRules[];
  idd: RegExp;
}

/** One country's numbering plan with every pattern compiled. */
export interface CountryRules {
  general: RegExp;
  lengths: number[] | undefined;
  leading: RegExp | null;
  hasTypes: boolean;
  /** Types with a pattern, in getNumberType's order: [pattern, possible lengths]. */
  types: Array<[RegExp, number[] | undefined]>;
  /** The countries sharing the calling code, in the metadata's order. */
  group: string[];
  /** nationalPrefixForParsing, anchored (null: none), and the transform rule ("" when none). */
  prefix: RegExp | null;
  transform: string;
}

/** The parts of libphonenumber's numbering plan read here (present at run time, not all typed). */
interface PlanView {
  possibleLengths(): number[] | undefined;
  nationalPrefixForParsing(): string | number | undefined;
  nationalNumberPattern(): string;
  IDDPrefix(): string;
  callingCode(): string;
  leadingDigits(): string | undefined;
  nationalPrefixTransformRule(): string | number | undefined;
  hasTypes(): boolean;
  type(name: string): { pattern(): string | undefined; possibleLengths(): number[] | undefined } | undefined;
}

/** The Metadata methods read here (present at run time, not all typed). */
interface MetadataView {
  selectNumberingPlan(country: string): void;
  numberingPlan: unknown;
  getCountryCodesForCallingCode(code: string): string[] | undefined;
  hasCallingCode(code: string): boolean | undefined;
}

let metadata: MetadataView | null = null;

/** One Metadata instance for the tables here and the parse (the library makes its own per call). */
export function phoneMetadata(): MetadataView {
  return (metadata ??= new Metadata(metadataJson as MetadataJson) as unknown as MetadataView);
}

/** The numbering plan of one country, read through libphonenumber's own accessors. */
function planOf(country: string): PlanView {
  const m = phoneMetadata();
  m.selectNumberingPlan(country);
  return m.numberingPlan as PlanView;
}

const TYPE_NAMES = [
  "FIXED_LINE", "MOBILE", "PREMIUM_RATE", "TOLL_FREE", "SHARED_COST", "VOIP", "PERSONAL_NUMBER", "PAGER",
  "UAN", "VOICEMAIL",
];

/**
 * The national prefix pattern, or "" for none: the compressed metadata stores "none" as the
 * number 0, which the library reads as false; any other value is a pattern.
 */
function prefixPattern(plan: PlanView): string {
  const forParsing = plan.nationalPrefixForParsing();
  return forParsing ? String(forParsing) : "";
}

/** The pattern's alternatives when it is fixed digits ([] for none), else null. */
function fixedPrefixes(plan: PlanView): string[] | null {
  const prefix = prefixPattern(plan);
  return /^(?:\d+(?:\|\d+)*)?$/.test(prefix) ? (prefix ? prefix.split("|") : []) : null;
}

const rulesCache = new Map<string, CountryRules>();

/** The compiled rules of one country, built on first use. */
export function rulesOf(country: string): CountryRules {
  let r = rulesCache.get(country);
  if (r) return r;
  const plan = planOf(country);
  const types: CountryRules["types"] = [];
  if (plan.hasTypes()) {
    for (const name of TYPE_NAMES) {
      const t = plan.type(name);
      const pattern = t?.pattern();
      if (t && pattern) types.push([new RegExp(`^(?:${pattern})$`), t.possibleLengths()]);
    }
  }
  const leading = plan.leadingDigits();
  const prefix = prefixPattern(plan);
  const transform = plan.nationalPrefixTransformRule();
  r = {
    general: new RegExp(`^(?:${plan.nationalNumberPattern()})$`),
    lengths: plan.possibleLengths(),
    leading: leading ? new RegExp(`^(?:${leading})`) : null,
    hasTypes: plan.hasTypes(),
    types,
    group: phoneMetadata().getCountryCodesForCallingCode(plan.callingCode()) ?? [],
    prefix: prefix ? new RegExp(`^(?:${prefix})`) : null,
    transform: transform ? String(transform) : "",
  };
  rulesCache.set(country, r);
  return r;
}

function countryPlans(): CountryPlan[] {
  return COUNTRIES.map((country) => {
    const plan = planOf(country);
    const prefixes = fixedPrefixes(plan);
    const callingCode = plan.callingCode();
    const idd = new RegExp(`^(?:${plan.IDDPrefix()})`);
    const shared = rulesOf(country).group;
    return {
      country,
      fixed: prefixes !== null,
      prefixes: prefixes ?? [],
      callingCode,
      group: (shared.length ? shared : [country]).map(rulesOf),
      idd,
    };
  });
}

let plans: CountryPlan[] | null = null;

/** The plans of the countries numbers without an international prefix are tried in, in order. */
export function nationalPlans(): readonly CountryPlan[] {
  plans ??= countryPlans();
  return plans;
}
