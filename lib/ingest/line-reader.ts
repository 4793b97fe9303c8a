import fs from "node:fs";
import { createGunzip } from "node:zlib";

export interface Line {
  text: string;
  /** 1-based line number in the (decompressed) file. */
  lineNo: number;
}

export interface LineChunk {
  lines: Line[];
  /** Byte offset (in the decompressed stream) just past the last line of this chunk. */
  endOffset: number;
}

const NEWLINE = 0x0a;

/**
 * Reads complete lines of a JSON Lines file (plain, or .gz decompressed on the fly)
 * from a byte offset, in chunks. Offsets always fall on line boundaries, so resuming
 * at a recorded offset never splits or repeats a line. A last line without a newline
 * is held back unless `trailingLineIsComplete` (the file may still be being written).
 */
export async function* readLineChunks(
  path: string,
  options: { startOffset: number; maxLines: number; maxBytes?: number; trailingLineIsComplete: boolean },
): AsyncGenerator<LineChunk> {
  const gz = path.endsWith(".gz");
  const raw = fs.createReadStream(path, gz ? {} : { start: options.startOffset });
  const stream: AsyncIterable<Buffer> = gz ? raw.pipe(createGunzip()) : raw;
  const maxBytes = options.maxBytes ?? 4 * 1024 * 1024;
  let position = gz ? 0 : options.startOffset; // decompressed offset of `pending[0]`
  let lineNo = 0;
  let skipping = gz ? options.startOffset : 0;
  let pending: Buffer = Buffer.alloc(0);
  let lines: Line[] = [];
  let chunkBytes = 0;

  if (!gz && options.startOffset > 0) lineNo = await countNewlines(path, options.startOffset);

  for await (const data of stream) {
    let buffer = data;
    if (skipping > 0) {
      // .gz resumes by decompressing from the start and skipping what was read before.
      const skip = Math.min(skipping, buffer.length);
      lineNo += countIn(buffer.subarray(0, skip));
      buffer = buffer.subarray(skip);
      skipping -= skip;
      position += skip;
      if (buffer.length === 0) continue;
    }
    pending = pending.length ? Buffer.concat([pending, buffer]) : buffer;
    let start = 0;
    for (let nl = pending.indexOf(NEWLINE, start); nl !== -1; nl = pending.indexOf(NEWLINE, start)) {
      lineNo++;
      lines.push({ text: pending.toString("utf8", start, nl), lineNo });
      chunkBytes += nl + 1 - start;
      start = nl + 1;
      if (lines.length >= options.maxLines || chunkBytes >= maxBytes) {
        yield { lines, endOffset: position + start };
        lines = [];
        chunkBytes = 0;
      }
    }
    position += start;
    pending = pending.subarray(start);
  }
  if (pending.length && options.trailingLineIsComplete) {
    lineNo++;
    lines.push({ text: pending.toString("utf8"), lineNo });
    position += pending.length;
  }
  if (lines.length) yield { lines, endOffset: position };
}

function countIn(buffer: Buffer): number {
  let count = 0;
  for (let i = buffer.indexOf(NEWLINE); i !== -1; i = buffer.indexOf(NEWLINE, i + 1)) count++;
  return count;
}

async function countNewlines(path: string, end: number): Promise<number> {
  let count = 0;
  for await (const data of fs.createReadStream(path, { start: 0, end: end - 1 })) count += countIn(data as Buffer);
  return count;
}
