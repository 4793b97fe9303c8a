/**
 * Redaction CLI (a stable contract; scripts and the acceptance run depend on it).
 *
 *   npm run --silent redact < in.jsonl > out.jsonl
 *
 * Input: JSON Lines, each `{"text": "..."}` (other fields ignored).
 * Output: exactly one line per input line, in order:
 *   {"text": "<redacted>", "entities": [{"type", "start", "end", "score"}]}
 * with start/end as JavaScript string indices into the input text, end exclusive.
 * A blank (whitespace-only) line yields `{"text":"","entities":[]}` so line N of the
 * output always answers line N of the input.
 * A malformed line (invalid JSON, not an object, missing or non-string "text") stops the
 * run with exit status 1 and a stderr message naming the line number; the line's content
 * is never echoed, since it may hold the very PII this tool exists to remove.
 * Nothing but result lines is written to stdout. Input is streamed line by line.
 *
 * Startup: `npm run redact` runs this file through `scripts/run-bundled.mjs --snapshot`,
 * which builds a V8 startup snapshot of it once (under node_modules/.cache) with the word
 * lists and gazetteer already loaded, so a run starts in about 0.3 s instead of 1 s.
 * When this file runs while a snapshot is being built, it only loads the data and
 * registers `run` as the snapshot's entry point.
 */
import { createInterface } from "node:readline";
import { once } from "node:events";
import v8 from "node:v8";
import { preloadRedactionData, redactText } from "../lib/redaction/redact-text";

async function main(): Promise<number> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const rawLine of rl) {
    lineNo++;
    const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
    let out: string;
    if (line.trim() === "") {
      out = JSON.stringify({ text: "", entities: [] });
    } else {
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        return fail(rl, `line ${lineNo}: invalid JSON`);
      }
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed) || typeof (parsed as { text?: unknown }).text !== "string") {
        return fail(rl, `line ${lineNo}: expected a JSON object with a string "text" field`);
      }
      const result = redactText((parsed as { text: string }).text);
      out = JSON.stringify({
        text: result.text,
        entities: result.entities.map((e) => ({ type: e.type, start: e.start, end: e.end, score: e.score })),
      });
    }
    // Respect backpressure so a large input never buffers unboundedly in memory.
    if (!process.stdout.write(out + "\n")) await once(process.stdout, "drain");
  }
  return 0;
}

function fail(rl: ReturnType<typeof createInterface>, message: string): number {
  rl.close();
  process.stderr.write(`redact: ${message}\n`);
  return 1;
}

function run(): void {
  main().then(
    (code) => {
      process.exitCode = code;
      // stdin may still be open (more input after a malformed line): stop reading it.
      if (code !== 0) process.stdin.destroy();
    },
    (err: unknown) => {
      // Never print the error object: a stack or message could quote input text.
      process.stderr.write(`redact: internal error (${err instanceof Error ? err.name : "unknown"})\n`);
      process.exitCode = 2;
    },
  );
}

if (v8.startupSnapshot?.isBuildingSnapshot()) {
  preloadRedactionData();
  // One small text also builds the per-country phone plans and other lazy tables.
  redactText("Hi Jane Doe, call +44 20 7946 0958 or mail jane@example.com; 12 Main Street, Springfield, IL 62704.");
  v8.startupSnapshot.setDeserializeMainFunction(run);
} else {
  run();
}
