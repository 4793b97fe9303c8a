/**
 * Assembles one sample of each PII-bearing kind of text from a language pack and the
 * sample's values: chats, e-mails with signatures, address blocks and forms, incident
 * reports and records. Which template and layout is used is drawn from the sample's seed.
 */
import type { Rng } from "../external/rng";
import { SpanBuilder } from "../external/sample";
import { fill, SampleValues } from "./fill";
import type { LangPack } from "./pack";

export interface KindInput {
  r: Rng;
  v: SampleValues;
  /** The locale's own pack (English for locales without one). */
  pack: LangPack;
  en: LangPack;
  /** A fresh set of values for the same locale (another person in a record with several rows). */
  another: () => SampleValues;
  /** Set by the builder: the language of the template it used. */
  lang?: string;
}

/** Local template most of the time, English now and then (people switch), never both unless mixing on purpose. */
function packFor(k: KindInput, englishShare: number): LangPack {
  const pack = k.pack.lang !== "en" && k.r.chance(englishShare) ? k.en : k.pack;
  k.lang = pack.lang;
  return pack;
}

const CHAT_OPENERS = ["", "", "", "ok so ", "quick question: ", "hi again, ", "ugh ", "Hello! "];
const CHAT_CLOSERS = ["", "", "", " thx", " thanks!!", " pls help", " asap", " :)"];

export function chat(k: KindInput): SpanBuilder {
  const { r, v } = k;
  const b = new SpanBuilder().t(r.pick(CHAT_OPENERS));
  const pack = packFor(k, 0.25);
  fill(b, r.pick(pack.chat), v);
  // Mixed languages: a local sentence followed by an English one, as bilingual users write.
  if (k.pack.lang !== "en" && r.chance(0.15)) fill(b.t(". "), r.pick(k.en.chat), v);
  return b.t(r.pick(CHAT_CLOSERS));
}

const SENT_FROM = ["", "", "\n\nSent from my iPhone", "\n\n--\nThis e-mail and any attachments are confidential."];

export function email(k: KindInput): SpanBuilder {
  const { r, v } = k;
  const pack = packFor(k, 0.2);
  const e = pack.email;
  const b = new SpanBuilder();
  if (r.chance(0.3)) fill(b, "Subject: " + r.pick(["Re: your request", "Address change", "Appointment", "Refund"]) + "\n\n", v);
  // The greeting addresses the recipient (person 3); the signature is the sender (person 1).
  fill(b, r.pick(e.hello).replace(/\{(first|last|full)/g, (m) => m + "3"), v).t("\n\n");
  const first = r.int(0, e.body.length - 1);
  fill(b, e.body[first], v);
  if (r.chance(0.4)) fill(b.t(" "), r.pick(e.body.filter((_, i) => i !== first)), v);
  b.t("\n\n" + r.pick(e.bye) + "\n");
  const sig = r.pick(["{full}\n" + r.pick(e.role) + "\n{phone}", "{first}", "{full}\n{email} | {phone}", "{full}\n" + r.pick(e.role) + "\nM: {phone}\nE: {email}\n{addr}", "{full} | {url}"]);
  fill(b, sig, v);
  return b.t(r.pick(SENT_FROM));
}

function cityLine(country: string): string {
  if (country === "US") return "{city}, {region} {zip}";
  if (["GB", "HK", "NG", "GH", "IN"].includes(country)) return "{city}\n{zip}";
  if (country === "AU") return "{city} {region} {zip}";
  return "{zip} {city}";
}

export function address(k: KindInput, country: string): SpanBuilder {
  const { r, v } = k;
  const pack = packFor(k, 0.2);
  const [lName, lAddr, lPhone, lEmail, lDob] = pack.address.labels;
  const b = new SpanBuilder();
  switch (r.int(0, 4)) {
    case 0:
    case 1: {
      // A postal block, one field per line, ending in the country now and then.
      const sec = r.chance(0.25) ? "\n{sec}" : "";
      const countryLine = r.chance(0.45) ? "\n{country}" : "";
      const upper = r.chance(0.2);
      let block = `{full}\n{street}${sec}\n${cityLine(country)}${countryLine}`;
      if (upper) block = block.replace(/\{(full|city|country)\}/g, "{$1:uc}");
      fill(b, r.pick(pack.address.intro) + "\n\n", v);
      return fill(b, block, v);
    }
    case 2: {
      const lines = [`${lName}: {full}`, `${lAddr}: {addr}`, `${lPhone}: {phone}`, `${lEmail}: {email}`];
      if (r.chance(0.6)) lines.push(`${lDob}: {dob}`);
      return fill(b, lines.join("\n"), v);
    }
    case 3:
      // The same block pasted onto one line, fields separated by double spaces.
      return fill(b, `{full}  {street}  ${cityLine(country).replace("\n", " ")}  {country}`, v);
    default:
      return fill(b, r.pick(pack.address.intro) + " {full}, {addr}" + (r.chance(0.5) ? ", {country}" : "") + r.pick([". Tel {phone}", "", " (ring the bell twice)"]), v);
  }
}

export function incident(k: KindInput): SpanBuilder {
  const { r, v } = k;
  const b = new SpanBuilder();
  if (r.chance(0.3)) b.t(r.pick(["[P2] ", "Priority: high\n", "Summary: ", "#support-escalations\n"]));
  return fill(b, r.pick(packFor(k, 0.3).incident), v);
}

const RECORD_KEYS = ["{full}", "{dob}", "{addr}", "{phone}", "{email}", "{natid}", "{city}"] as const;

export function record(k: KindInput): SpanBuilder {
  const { r } = k;
  const keys = packFor(k, 0.5).record;
  const cols = [0, ...[1, 2, 3, 4, 5, 6].filter(() => r.chance(0.55))];
  const b = new SpanBuilder();
  switch (r.int(0, 2)) {
    case 0: {
      // CSV export with a header, an id column and a machine timestamp, both not personal.
      b.t(["id", ...cols.map((c) => keys[c]), "created_at"].join(",") + "\n");
      const rows = r.int(1, 3);
      for (let i = 0; i < rows; i++) {
        const v = i === 0 ? k.v : k.another();
        b.t(`${r.int(1000, 99999)},`);
        for (const c of cols) fill(b, c === 2 ? `"${RECORD_KEYS[c]}",` : `${RECORD_KEYS[c]},`, v);
        b.t(`2026-${String(r.int(1, 11)).padStart(2, "0")}-${String(r.int(10, 28))}T${String(r.int(10, 23))}:${String(r.int(10, 59))}:07Z\n`);
      }
      return b;
    }
    case 1: {
      b.t(`{\n  "id": "${k.v.r.hex(8)}-${k.v.r.hex(4)}",\n  "status": "${r.pick(["active", "pending", "closed"])}",\n`);
      for (const c of cols) fill(b, `  "${keys[c]}": "${RECORD_KEYS[c]}",\n`, k.v);
      return b.t(`  "updated_at": "2026-0${r.int(1, 9)}-1${r.int(0, 9)}T08:3${r.int(0, 9)}:00Z"\n}`);
    }
    default:
      for (const c of cols) fill(b, `${keys[c]}: ${RECORD_KEYS[c]}\n`, k.v);
      return b.t(`status: ${r.pick(["ok", "review", "duplicate?"])}`);
  }
}
