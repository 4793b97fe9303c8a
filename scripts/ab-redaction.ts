/**
 * Two redaction engines side by side in one process: identical output, then relative speed.
 *   node scripts/run-bundled.mjs scripts/ab-redaction.ts [--baseline <rev>] [--candidate <rev>]
 *        [--only <path>,<path>...] [--identity-only] [--speed-only] [--short-only] [--with-sealed] [--rounds N] [--warmth]
 *
 * Each engine is lib/redaction as of a git revision, bundled on its own (npm packages shared):
 * the baseline defaults to HEAD; the candidate defaults to the working tree, or, with `--only`,
 * to the baseline with just those working-tree files laid over it, so work in progress of
 * other people in a shared tree is left out of the comparison.
 *
 * Identity: `redactText` (text, entities, truncation, serialised) and `redactRecord` on
 * records of three texts must be equal byte for byte on the team's dev data (dev, holdout,
 * hard cases, location cases, world dev and world cases) and on texts from fresh generator
 * seeds; differences are reported by corpus and sample index only. `--with-sealed` adds the
 * sealed splits (the team's and the external corpus) as an "N of M identical" count, nothing
 * else: those are never inspected.
 *
 * Short fields: 12,000 distinct id-like strings, through the id check ingest makes (11 types)
 * and through redactText, and 12,000 short texts (prompts, model names, metadata values)
 * through redactText, in alternating blocks: the fixed cost per call. `--short-only` skips
 * the identity check (with --speed-only) and the corpora below.
 *
 * Speed: fresh chat-like corpora (as the bench's never-seen run), each line redacted once by
 * each engine, interleaved in blocks of 60 lines with CPU time summed per engine; both warm-up
 * orders (the engine warmed first is favoured by the shared packages' JIT warm-up). Prints
 * candidate / baseline CPU-time ratios: below 1 means the candidate is faster.
 *
 * `--warmth`: the candidate alone, warmed as the bench warms it, then five fresh corpora and
 * the first again, each split into the main thread's CPU time and the other threads' (V8's
 * optimising compiler and GC helpers, read from /proc): what a never-seen run spends on code
 * still settling and on words met for the first time, which no clock around a part sees.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { generateSamples } from "../lib/redaction/eval/generator";
import { hardCases } from "../lib/redaction/eval/hard-cases";
import { locationCases } from "../lib/redaction/eval/location-cases";
import { generateWorldSamples } from "../lib/redaction/eval/world-templates";
import { worldCases } from "../lib/redaction/eval/world-cases";
import { sealedCases } from "../lib/redaction/eval/sealed-cases";
import { generateExternalCorpus } from "../lib/redaction/eval/external/generate";
import { handWrittenSamples } from "../lib/redaction/eval/external/hand-written";
import { chatCorpus, utf8Bytes } from "./lib/redaction-chat-corpus";

type Engine = typeof import("../lib/redaction");

const argv = process.argv.slice(2);
const option = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const flag = (name: string) => argv.includes(name);
const ROOT = process.cwd();
const CACHE = path.join(ROOT, "node_modules/.cache/evalmine-ab");

/** Bundles lib/redaction from `rev` (or the working tree when rev is undefined), with `overlay` working-tree files on top. */
async function loadEngine(label: string, rev: string | undefined, overlay: string[]): Promise<Engine> {
  let entry = path.join(ROOT, "lib/redaction/index.ts");
  const dir = path.join(CACHE, `${label}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (rev !== undefined) {
    // lib/redaction imports nothing of the app but lib/core/chat's types; take lib/core too.
    execFileSync("sh", ["-c", `git archive ${JSON.stringify(rev)} lib/redaction lib/core | tar -x -C ${JSON.stringify(dir)}`]);
    for (const file of overlay) {
      const to = path.join(dir, file);
      if (existsSync(path.join(ROOT, file))) copyFileSync(path.join(ROOT, file), to);
      else rmSync(to, { force: true });
    }
    entry = path.join(dir, "lib/redaction/index.ts");
  }
  const outfile = path.join(dir, "engine.cjs");
  const { build } = await import("esbuild");
  await build({ entryPoints: [entry], bundle: true, platform: "node", format: "cjs", target: "node20", supported: { "regexp-unicode-property-escapes": true }, packages: "external", outfile, logLevel: "warning", alias: { "@": rev === undefined ? ROOT : dir } });
  const engine = createRequire(path.join(ROOT, "package.json"))(outfile) as Engine;
  rmSync(dir, { recursive: true, force: true });
  return engine;
}

function serialised(engine: Engine, text: string): string {
  return JSON.stringify(engine.redactText(text));
}

function recordOf(engine: Engine, texts: string[]): string {
  const record = { messages: [{ role: "user", content: texts[0] }, { role: "assistant", content: texts[1] ?? "" }], output: texts[2] ?? "" };
  const r = engine.redactRecord(record as Parameters<Engine["redactRecord"]>[0]);
  return JSON.stringify([r.record, r.entityCounts, r.truncatedFields, r.redactionVersion]);
}

/** Counts identical outputs; lists the first differing sample indices unless `quiet`. */
function compare(name: string, texts: string[], a: Engine, b: Engine, quiet = false): boolean {
  let same = 0;
  const differing: number[] = [];
  for (let i = 0; i < texts.length; i++) {
    if (serialised(a, texts[i]) === serialised(b, texts[i])) same++;
    else differing.push(i);
  }
  let recordsSame = 0;
  let records = 0;
  for (let i = 0; i + 3 <= texts.length; i += 3, records++) if (recordOf(a, texts.slice(i, i + 3)) === recordOf(b, texts.slice(i, i + 3))) recordsSame++;
  const where = quiet || differing.length === 0 ? "" : `; differing sample indices: ${differing.slice(0, 20).join(", ")}${differing.length > 20 ? ", ..." : ""}`;
  console.log(`${name.padEnd(34)} texts ${same} of ${texts.length} identical, records ${recordsSame} of ${records}${where}`);
  return same === texts.length && recordsSame === records;
}

function identity(base: Engine, cand: Engine): boolean {
  const corpora: Array<[string, string[]]> = [
    ["dev (600) + location cases", [...generateSamples({ split: "dev", count: 600 }), ...locationCases()].map((s) => s.text)],
    ["holdout (1200) + hard cases", [...generateSamples({ split: "holdout", count: 1200 }), ...hardCases()].map((s) => s.text)],
    ["world dev (2800) + world cases", [...generateWorldSamples(2800), ...worldCases()].map((s) => s.text)],
    ["world, fresh seed 9001 (3000)", generateWorldSamples(3000, 9001).map((s) => s.text)],
  ];
  // The generated lines of fresh chat-like corpora (the prose lines between them repeat).
  for (const seed of [1001, 2003, 3005, 4007, 5009, 6011]) corpora.push([`chat-like, fresh seed ${seed}`, chatCorpus(1_000_000, seed, Math.ceil(1_000_000 / 600), true).filter((_, i) => i % 3 === 0)]);
  let ok = true;
  for (const [name, texts] of corpora) ok = compare(name, texts, base, cand) && ok;
  // The path of a selection of types (ingest's id check), on the dev data.
  const devTexts = [...corpora[0][1], ...corpora[1][1]];
  const selectedSame = devTexts.filter((t) => JSON.stringify(base.detectEntities(t, ID_CHECK_TYPES)) === JSON.stringify(cand.detectEntities(t, ID_CHECK_TYPES))).length;
  console.log(`${"dev + holdout, id-check types".padEnd(34)} texts ${selectedSame} of ${devTexts.length} identical`);
  ok = selectedSame === devTexts.length && ok;
  if (flag("--with-sealed")) {
    // Counts only: the sealed splits are never inspected.
    ok = compare("team sealed split (count only)", [...generateSamples({ split: "sealed", count: 990 }), ...sealedCases()].map((s) => s.text), base, cand, true) && ok;
    ok = compare("external sealed corpus (count only)", [...generateExternalCorpus(), ...handWrittenSamples()].map((s) => s.text), base, cand, true) && ok;
  }
  return ok;
}

function cpuMs(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

/** Interleaved blocks: CPU ms per engine over the same lines (each line once per engine). */
function interleaved(first: Engine, second: Engine, lines: string[]): [number, number] {
  let t1 = 0;
  let t2 = 0;
  for (let i = 0; i < lines.length; i += 60) {
    const block = lines.slice(i, i + 60);
    const swap = (i / 60) % 2 === 1;
    for (const [engine, side] of swap ? ([[second, 2], [first, 1]] as const) : ([[first, 1], [second, 2]] as const)) {
      const c0 = cpuMs();
      for (const l of block) engine.redactText(l);
      const d = cpuMs() - c0;
      if (side === 1) t1 += d;
      else t2 += d;
    }
  }
  return [t1, t2];
}

function speed(base: Engine, cand: Engine): void {
  const rounds = Number(option("--rounds") ?? 3);
  const warm = chatCorpus(600_000, 7, 300);
  for (const [label, a, b] of [["baseline warmed first", base, cand], ["candidate warmed first", cand, base]] as const) {
    for (const l of warm) a.redactText(l);
    for (const l of warm) b.redactText(l);
    const ratios: string[] = [];
    let mb = 0;
    let baseMs = 0;
    let candMs = 0;
    for (let r = 0; r < rounds; r++) {
      const lines = chatCorpus(700_000, 70_000 + r * 13 + (label.startsWith("c") ? 7 : 0), Math.ceil(700_000 / 600), true);
      const [tb, tc] = interleaved(base, cand, lines);
      ratios.push((tc / tb).toFixed(3));
      mb += utf8Bytes(lines) / 1e6;
      baseMs += tb;
      candMs += tc;
    }
    console.log(`${label}: candidate/baseline CPU time ${ratios.join(", ")} (overall ${(candMs / baseMs).toFixed(3)}; ${(mb / (baseMs / 1000)).toFixed(2)} vs ${(mb / (candMs / 1000)).toFixed(2)} MB per CPU-second)`);
  }
}

// The types ingest's id check asks for (lib/privacy/field-shapes.ts), one array for every call as there.
const ID_CHECK_TYPES: Parameters<Engine["detectEntities"]>[1] = {
  entities: [
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "US_DRIVER_LICENSE", "IP_ADDRESS", "CRYPTO", "MAC_ADDRESS", "SECRET",
    "ID", "US_ITIN", "PASSPORT", "US_BANK_NUMBER", "ABA_ROUTING_NUMBER", "MEDICAL_LICENSE", "IN_PAN", "IN_AADHAAR", "IN_VOTER", "UK_NHS", "UK_NINO",
  ],
};

/** Short fields (record, trace and tool-call ids, finish reasons, roles): the per-call cost. */
function shortFields(base: Engine, cand: Engine): void {
  const shapes = [(i: number) => `req_${((i * 2654435761) >>> 0).toString(36)}`, (i: number) => `call_${i}x${(i * 7919) % 1000}`, (i: number) => `order-${100000 + i}`, () => "stop", (i: number) => `run.${i}.tool`, (i: number) => `span${(i * 104729).toString(16)}`];
  const ids = Array.from({ length: 12_000 }, (_, i) => shapes[i % shapes.length](i));
  // A record's other short fields: a prompt, an answer, a model name, metadata values (10-200 characters).
  const phrases = ["Hi, can you help me reset my router?", "Thanks, that worked!", "What is the capital of France?", "Please summarise the attached document in three bullet points.", "Can you translate this into German?", "The weather tomorrow looks sunny with a light breeze."];
  const values = [(i: number) => `gpt-4o-mini-2024-07-${10 + (i % 20)}`, (i: number) => `claude-3-5-sonnet-v${i % 9}`, (i: number) => `{"temperature":0.${i % 10},"max_tokens":${256 + i}}`, (i: number) => `en-US/${i % 40}`, (i: number) => `tool_call_result ${i}`];
  const texts = Array.from({ length: 12_000 }, (_, i) => (i % 2 === 0 ? `${phrases[(i / 2) % phrases.length]} (${i})` : values[((i - 1) / 2) % values.length](i)));
  for (const [label, fn, fields] of [["id check (11 types)", (e: Engine, s: string) => e.detectEntities(s, ID_CHECK_TYPES), ids], ["redactText (all types)", (e: Engine, s: string) => e.redactText(s), ids], ["redactText, short texts", (e: Engine, s: string) => e.redactText(s), texts]] as const) {
    for (const s of fields.slice(0, 2000)) {
      fn(base, s);
      fn(cand, s);
    }
    let tb = 0;
    let tc = 0;
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < fields.length; i += 200) {
        const block = fields.slice(i, i + 200);
        // Alternate which engine goes first, as in the corpus runs.
        const order = (i / 200 + round) % 2 === 0 ? [base, cand] : [cand, base];
        for (const engine of order) {
          const c0 = cpuMs();
          for (const s of block) fn(engine, s);
          if (engine === base) tb += cpuMs() - c0;
          else tc += cpuMs() - c0;
        }
      }
    }
    console.log(`short fields, ${label}: candidate/baseline CPU time ${(tc / tb).toFixed(3)} (${((tb * 1000) / (3 * fields.length)).toFixed(1)} vs ${((tc * 1000) / (3 * fields.length)).toFixed(1)} µs per field)`);
  }
}

/** CPU milliseconds of this process's main thread and of its other threads, from /proc (Linux); null elsewhere. */
function threadCpuMs(): { main: number; other: number } | null {
  if (!existsSync("/proc/self/task")) return null;
  let main = 0;
  let other = 0;
  for (const tid of readdirSync("/proc/self/task")) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
    } catch {
      continue; // the thread ended meanwhile
    }
    // utime and stime, the 14th and 15th fields, after the parenthesised thread name; clock ticks of 10 ms.
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ms = (Number(f[11]) + Number(f[12])) * 10;
    if (tid === String(process.pid)) main += ms;
    else other += ms;
  }
  return { main, other };
}

/** `--warmth`: where a never-seen run's CPU goes besides the steady engine (see the header). */
function warmth(engine: Engine): void {
  const warm = chatCorpus(2_000_000);
  const seeds = [1001, 2003, 3005, 4007, 5009];
  const corpora = seeds.map((seed) => chatCorpus(1_000_000, seed, Math.ceil(1_000_000 / 600), true));
  // As the bench: one pass and three timed passes over the cache-hot corpus.
  for (let r = 0; r < 4; r++) for (const l of warm) engine.redactText(l);
  for (const [label, lines] of [...seeds.map((seed, k) => [`fresh seed ${seed}`, corpora[k]] as const), [`seed ${seeds[0]} again`, corpora[0]] as const]) {
    const t0 = threadCpuMs();
    const c0 = cpuMs();
    for (const l of lines) engine.redactText(l);
    const total = cpuMs() - c0;
    const t1 = threadCpuMs();
    const split = t0 && t1 ? `: main thread ${t1.main - t0.main} ms, other threads ${t1.other - t0.other} ms` : "";
    console.log(`${label.padEnd(22)} ${(utf8Bytes(lines) / 1e6 / (total / 1000)).toFixed(2)} MB per CPU-second (${total.toFixed(0)} ms${split})`);
  }
}

async function main(): Promise<void> {
  if (flag("--warmth")) {
    const only = option("--only")?.split(",").filter(Boolean) ?? [];
    return warmth(await loadEngine("candidate", only.length ? (option("--baseline") ?? "HEAD") : option("--candidate"), only));
  }
  const baselineRev = option("--baseline") ?? "HEAD";
  const candidateRev = option("--candidate");
  const only = option("--only")?.split(",").filter(Boolean) ?? [];
  const base = await loadEngine("baseline", baselineRev, []);
  const cand = await loadEngine("candidate", only.length ? baselineRev : candidateRev, only);
  console.log(`baseline ${baselineRev} (${base.REDACTION_VERSION}); candidate ${only.length ? `${baselineRev} + working-tree ${only.join(", ")}` : (candidateRev ?? "working tree")} (${cand.REDACTION_VERSION})`);
  let ok = true;
  if (!flag("--speed-only")) ok = identity(base, cand);
  if (!flag("--identity-only")) shortFields(base, cand);
  if (!flag("--identity-only") && !flag("--short-only")) speed(base, cand);
  process.exitCode = ok ? 0 : 1;
}

void main();
