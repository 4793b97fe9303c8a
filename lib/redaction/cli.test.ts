import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import { redactText } from "./redact-text";
import { hardCases } from "./eval/hard-cases";
import { generateSamples } from "./eval/generator";

const ROOT = path.resolve(__dirname, "../..");

// Through npm, exactly as the contract is stated, so nothing npm or the bundling runner
// prints can slip onto stdout unnoticed.
function runCli(input: string, env: Record<string, string> = {}) {
  return spawnSync("npm", ["run", "--silent", "redact"], { input, encoding: "utf8", cwd: ROOT, timeout: 60_000, env: { ...process.env, ...env } });
}

describe("redact CLI", () => {
  // The CLI starts from a V8 startup snapshot (built on first use) or, with
  // EVALMINE_NO_SNAPSHOT=1, from a plain bundle: both must answer exactly as the library.
  const texts = [...hardCases().map((c) => c.text), ...generateSamples({ split: "dev", count: 150, seed: 99 }).map((s) => s.text)];
  const expected = texts.map((t) => {
    const r = redactText(t);
    return { text: r.text, entities: r.entities.map((e) => ({ type: e.type, start: e.start, end: e.end, score: e.score })) };
  });
  it.each([["snapshot", { EVALMINE_NO_SNAPSHOT: "" }], ["plain bundle", { EVALMINE_NO_SNAPSHOT: "1" }]])("answers exactly as redactText on hard cases and generated logs (%s start)", (label, env) => {
    const res = runCli(texts.map((text) => JSON.stringify({ text })).join("\n") + "\n", env);
    expect(res.status).toBe(0);
    const out = res.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(out).toHaveLength(texts.length);
    expect(out).toEqual(expected);
    if (label === "snapshot") {
      // The snapshot really was built and used (a failed build falls back silently but for a stderr note).
      expect(res.stderr).not.toContain("snapshot could not be built");
      const manifest = JSON.parse(readFileSync(path.join(ROOT, "node_modules/.cache/evalmine-snapshot/redact.json"), "utf8"));
      expect(existsSync(manifest.blob)).toBe(true);
    }
  }, 60_000);

  it("writes exactly one JSON line per input line, in order", () => {
    const lines = [JSON.stringify({ text: "Hi, I am Maria Garcia, mail maria@example.com" }), "", JSON.stringify({ text: "no pii here", id: 7 })];
    const res = runCli(lines.join("\n") + "\n");
    expect(res.status).toBe(0);
    const out = res.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(out).toHaveLength(3);
    expect(out[0].text).toBe("Hi, I am <PERSON_1>, mail <EMAIL_ADDRESS_1>");
    expect(out[0].entities[0]).toEqual({ type: "PERSON", start: 9, end: 21, score: expect.any(Number) });
    expect(out[1]).toEqual({ text: "", entities: [] });
    expect(out[2]).toEqual({ text: "no pii here", entities: [] });
  });

  const MANIFEST = path.join(ROOT, "node_modules/.cache/evalmine-snapshot/redact.json");
  const one = JSON.stringify({ text: "Hi, I am Maria Garcia" }) + "\n";
  const oneExpected = JSON.stringify({ text: "Hi, I am <PERSON_1>", entities: [{ type: "PERSON", start: 9, end: 21, score: redactText("Hi, I am Maria Garcia").entities[0].score }] }) + "\n";

  it("notices a changed source file and refreshes the snapshot's manifest", () => {
    expect(runCli(one).stdout).toBe(oneExpected); // a current snapshot exists
    const file = path.join(ROOT, "lib/redaction/operators.ts");
    const { atime, mtime } = statSync(file);
    try {
      const later = new Date(mtime.getTime() + 2000);
      utimesSync(file, later, later);
      const res = runCli(one);
      expect(res.stdout).toBe(oneExpected);
      const entry = JSON.parse(readFileSync(MANIFEST, "utf8")).inputs.find((i: [string, number, number]) => i[0] === "lib/redaction/operators.ts");
      expect(entry[2]).toBe(statSync(file).mtimeMs);
    } finally {
      // Put the file's time back (a watcher would otherwise see a change on every run).
      utimesSync(file, atime, mtime);
    }
  }, 60_000);

  it("falls back to a plain start when Node cannot load the snapshot (built under other V8 flags)", () => {
    const original = readFileSync(MANIFEST, "utf8");
    const dir = mkdtempSync(path.join(os.tmpdir(), "evalmine-snap-"));
    try {
      const entry = path.join(dir, "entry.js");
      writeFileSync(entry, "require('node:v8').startupSnapshot.setDeserializeMainFunction(() => {});\n");
      const blob = path.join(dir, "other-flags.blob");
      const built = spawnSync(process.execPath, ["--max-semi-space-size=32", "--snapshot-blob", blob, "--build-snapshot", entry], { encoding: "utf8" });
      expect(built.status).toBe(0);
      writeFileSync(MANIFEST, JSON.stringify({ ...JSON.parse(original), blob }));
      const res = runCli(one);
      expect(res.status).toBe(0);
      expect(res.stdout).toBe(oneExpected);
    } finally {
      writeFileSync(MANIFEST, original);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("stops on a malformed line with exit 1, naming the line but never its content", () => {
    const secret = '{"text": Jane Doe 078-05-1120';
    const res = runCli([JSON.stringify({ text: "ok" }), secret, JSON.stringify({ text: "later" })].join("\n") + "\n");
    expect(res.status).toBe(1);
    expect(res.stderr).toContain("line 2");
    expect(res.stderr).not.toContain("Jane");
    expect(res.stderr).not.toContain("078-05-1120");
    expect(res.stdout.trimEnd().split("\n")).toHaveLength(1);
  });

  it("rejects a line whose text is not a string", () => {
    const res = runCli('{"text": 42}\n');
    expect(res.status).toBe(1);
    expect(res.stderr).toContain("line 1");
    expect(res.stdout).toBe("");
  });
});
