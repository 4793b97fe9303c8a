/**
 * Record dumps for corpus D: CSV exports, JSON objects, YAML, key=value lines and form dumps, with
 * the column names in the locale's language or in English (both happen in real exports). Every
 * row is a different person, so row slots carry a row number.
 */
import type { Rng } from "../external/rng";
import type { Pack } from "./pack";

const EXTRA: [string, string][] = [
  ["passport_no", "passport"], ["national_id", "natid"], ["iban", "iban"], ["card_number", "card"],
  ["password", "pw"], ["policy_number", "policy"], ["employee_id", "emp"], ["tax_id", "taxid"], ["mrn", "patient"],
  ["profile", "url"], ["last_login_ip", "ip"], ["api_key", "token"],
];

/** A record template (slots as in the packs) for one dump. */
export function recordTemplate(pack: Pack, english: Pack, rng: Rng): string {
  const cols = rng.chance(0.5) ? pack.fields : english.fields;
  const slots = ["full", "city", "dob", "phone", "email", "acct"];
  const [extraName, extraSlot] = rng.pick(EXTRA);
  const names = [...cols, extraName];
  const row = (n: number) => [...slots, extraSlot].map((s) => `{${s}${n}}`);
  const style = rng.int(0, 4);
  if (style === 0) {
    const rows = rng.int(2, 4);
    const sep = rng.pick([",", ";", "\t"]);
    return [names.join(sep), ...Array.from({ length: rows }, (_, i) => row(i + 1).join(sep))].join("\n");
  }
  if (style === 1) {
    const r = row(1);
    return "{" + names.map((k, i) => `"${k}": "${r[i]}"`).join(rng.pick([", ", ",\n  "])) + ', "active": true}';
  }
  if (style === 2) return `- ${names.map((k, i) => `${k}: ${row(1)[i]}`).join("\n  ")}\n  created: {ts}`;
  if (style === 3) return `{ts} INFO customer.update ${names.map((k, i) => `${k}=${row(1)[i].includes("full") ? `"${row(1)[i]}"` : row(1)[i]}`).join(" ")}`;
  return names.map((k, i) => `${k.replace(/_/g, " ")}: ${row(1)[i]}`).join("\n");
}
