// npm run bench:drift [-- --tests 2000 --seed 7]: measures the drift rule's threshold on
// generated traffic (lib/mining/topic-corpus.ts); no database needed.
//
// For each window size, a window of messages on the assistant's usual topics stands for
// the source's recent weeks. Then `--tests` new messages on the same topics (paraphrases:
// a drift verdict there is a false positive) and `--tests` on topics never seen (a topic
// shift: a drift verdict there is a detection). Prints both rates at the threshold in use
// and two bits either side, for the topic fingerprint the rule uses and, as the same-run
// baseline, for the near-duplicate fingerprint (3-word shingles). Then the cost of one
// drift check against the cost of hashing the message, on the same messages.
import { parseArgs } from "node:util";
import { runCli } from "./lib/cli";
import { nearestParsed, parseFingerprint, simHash, topicHash, type ParsedFingerprint } from "@/lib/mining/fingerprint";
import { NEW_TOPICS, USUAL_TOPICS, seededRandom, writeMessages } from "@/lib/mining/topic-corpus";
import { DRIFT_MIN_SEEN, driftThreshold } from "@/lib/mining/drift-threshold";

const USAGE = "usage: npm run bench:drift -- [--tests 2000] [--seed 7]";
const WINDOWS = [500, 2000, 8000, 32000];

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

type Hash = (text: string) => string;

function distances(hash: Hash, window: string[], tests: string[]): number[] {
  const parsed = window.map((text) => parseFingerprint(hash(text))!);
  return tests.map((text) => nearestParsed(parseFingerprint(hash(text))!, parsed).distance);
}

function rates(hash: Hash, size: number, tests: number, seed: number) {
  const random = seededRandom(seed);
  const window = writeMessages(USUAL_TOPICS, size, random);
  const same = distances(hash, window, writeMessages(USUAL_TOPICS, tests, random));
  const shifted = distances(hash, window, writeMessages(NEW_TOPICS, tests, random));
  return (threshold: number) => ({ detect: shifted.filter((d) => d > threshold).length / tests, falsePositive: same.filter((d) => d > threshold).length / tests });
}

runCli("bench:drift", async () => {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { tests: { type: "string" }, seed: { type: "string" } } });
  const tests = Number(values.tests ?? 2000);
  const seed = Number(values.seed ?? 7);
  if (![tests, seed].every((n) => Number.isInteger(n) && n > 0)) {
    console.error(USAGE);
    return 2;
  }
  console.log(`drift: ${tests} same-topic paraphrases (a drift verdict is a false positive) and ${tests} new-topic messages (a drift verdict is a detection), seed ${seed}`);
  console.log(`nothing is drift below ${DRIFT_MIN_SEEN} fingerprints in the window; * marks the threshold in use\n`);
  console.log(["window", "threshold", "topic: detect", "false+", "shingles: detect", "false+"].map((h) => h.padStart(17)).join(""));
  for (const size of WINDOWS) {
    const topic = rates(topicHash, size, tests, seed);
    const shingles = rates(simHash, size, tests, seed);
    const used = driftThreshold(size);
    for (const threshold of [used - 2, used, used + 2]) {
      const t = topic(threshold);
      const s = shingles(threshold);
      console.log([String(size), `${threshold}${threshold === used ? " *" : ""}`, pct(t.detect), pct(t.falsePositive), pct(s.detect), pct(s.falsePositive)].map((c) => c.padStart(17)).join(""));
    }
  }

  // A check scans the window and stops at the first fingerprint within the threshold, so a
  // real drift (no match) is the worst case: a full scan.
  const random = seededRandom(seed + 1);
  const texts = writeMessages(NEW_TOPICS, 2000, random);
  const window = writeMessages(USUAL_TOPICS, 32000, random).map((text) => parseFingerprint(topicHash(text))!);
  let started = performance.now();
  const hashed: ParsedFingerprint[] = texts.map((text) => parseFingerprint(topicHash(text))!);
  const hashMs = performance.now() - started;
  started = performance.now();
  for (const target of hashed) nearestParsed(target, window);
  const scanMs = performance.now() - started;
  const perRecord = (total: number) => `${((total / texts.length) * 1000).toFixed(1)} µs`;
  console.log(`\ncost per sampled record: topic hash ${perRecord(hashMs)} (baseline), full scan of ${window.length} fingerprints ${perRecord(scanMs)} (${(scanMs / hashMs).toFixed(1)}x)`);
  return 0;
});
