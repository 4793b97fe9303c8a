import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { DecompressedTooLarge, readLineChunks, type LineChunk } from "./line-reader";

async function collect(file: string, startOffset: number, trailingLineIsComplete = true, maxLines = 2): Promise<LineChunk[]> {
  const chunks: LineChunk[] = [];
  for await (const chunk of readLineChunks(file, { startOffset, maxLines, trailingLineIsComplete })) chunks.push(chunk);
  return chunks;
}

describe("readLineChunks", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evalmine-lines-"));
  const text = "alpha\nbéta\ngamma\ndelta\nepsilon";

  it("splits into chunks whose offsets resume exactly at the next line, plain and gzip", async () => {
    const plain = path.join(dir, "a.jsonl");
    const gz = path.join(dir, "a.jsonl.gz");
    fs.writeFileSync(plain, text);
    fs.writeFileSync(gz, zlib.gzipSync(text));
    for (const file of [plain, gz]) {
      const all = await collect(file, 0);
      expect(all.map((c) => c.lines.map((l) => `${l.lineNo}:${l.text}`))).toEqual([["1:alpha", "2:béta"], ["3:gamma", "4:delta"], ["5:epsilon"]]);
      expect(all.at(-1)!.endOffset).toBe(Buffer.byteLength(text));
      const resumed = await collect(file, all[0].endOffset);
      expect(resumed.flatMap((c) => c.lines.map((l) => `${l.lineNo}:${l.text}`))).toEqual(["3:gamma", "4:delta", "5:epsilon"]);
    }
  });

  it("holds back a last line without a newline while the file may still be written", async () => {
    const file = path.join(dir, "growing.jsonl");
    fs.writeFileSync(file, text);
    const chunks = await collect(file, 0, false, 10);
    expect(chunks.flatMap((c) => c.lines.map((l) => l.text))).toEqual(["alpha", "béta", "gamma", "delta"]);
    fs.appendFileSync(file, "\nzeta\n");
    const next = await collect(file, chunks.at(-1)!.endOffset, false, 10);
    expect(next.flatMap((c) => c.lines.map((l) => `${l.lineNo}:${l.text}`))).toEqual(["5:epsilon", "6:zeta"]);
  });
});

describe("readLineChunks caps", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evalmine-caps-"));

  it("skips a line over the cap without holding it, reports it by number, and keeps offsets on line boundaries", async () => {
    const file = path.join(dir, "long.jsonl");
    const long = "x".repeat(5_000);
    fs.writeFileSync(file, `first\n${long}\nthird\n${long}`);
    const chunks: LineChunk[] = [];
    for await (const chunk of readLineChunks(file, { startOffset: 0, maxLines: 10, trailingLineIsComplete: false, maxLineBytes: 1_000 })) chunks.push(chunk);
    const lines = chunks.flatMap((c) => c.lines);
    expect(lines.map((l) => [l.lineNo, l.text, l.oversized ?? false])).toEqual([
      [1, "first", false],
      [2, "", true],
      [3, "third", false],
    ]);
    for (const chunk of chunks) expect(chunk.lines.at(-1)!.end).toBe(chunk.endOffset);
    // The unfinished long last line is not consumed: a resume starts at its first byte.
    expect(chunks.at(-1)!.endOffset).toBe(Buffer.byteLength(`first\n${long}\nthird\n`));
    fs.appendFileSync(file, "\nfifth\n");
    const resumed: LineChunk[] = [];
    for await (const chunk of readLineChunks(file, { startOffset: chunks.at(-1)!.endOffset, maxLines: 10, trailingLineIsComplete: false, maxLineBytes: 1_000 })) resumed.push(chunk);
    expect(resumed.flatMap((c) => c.lines).map((l) => [l.lineNo, l.oversized ?? false, l.text])).toEqual([
      [4, true, ""],
      [5, false, "fifth"],
    ]);
  });

  it("stops a .gz that decompresses past the cap", async () => {
    const file = path.join(dir, "bomb.jsonl.gz");
    fs.writeFileSync(file, zlib.gzipSync(Buffer.alloc(4 * 1024 * 1024, "a\n")));
    const read = async () => {
      for await (const chunk of readLineChunks(file, { startOffset: 0, maxLines: 1_000_000, trailingLineIsComplete: true, maxGzBytes: 1024 * 1024 })) void chunk;
    };
    await expect(read()).rejects.toBeInstanceOf(DecompressedTooLarge);
  });
});
