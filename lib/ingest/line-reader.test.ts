import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { readLineChunks, type LineChunk } from "./line-reader";

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
