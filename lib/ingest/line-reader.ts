import fs from "node:fs";
import { createGunzip } from "node:zlib";

export interface Line {
  text: string;
  /** 1-based line number in the (decompressed) file. */
  lineNo: number;
  /** Set when the line was longer than the cap: its text was skipped unread (text is ""). */
  oversized?: boolean;
  /** Byte offset (decompressed) just past this line: where a resume after it starts. */
  end: number;
}

/** Longest line read; a longer one is skipped to its newline without being held in memory. */
export const MAX_LINE_BYTES = 5 * 1024 * 1024;
/** Most a .gz file may decompress to: a small file can expand a thousandfold. */
export const MAX_GZ_BYTES = 2 * 1024 * 1024 * 1024;

/** A .gz file that decompresses past MAX_GZ_BYTES; nothing past the cap is read. */
export class DecompressedTooLarge extends Error {}

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
  options: { startOffset: number; maxLines: number; maxBytes?: number; trailingLineIsComplete: boolean; maxLineBytes?: number; maxGzBytes?: number },
): AsyncGenerator<LineChunk> {
  const maxLineBytes = options.maxLineBytes ?? MAX_LINE_BYTES;
  const maxGzBytes = options.maxGzBytes ?? MAX_GZ_BYTES;
  let decompressed = 0;
  // While skipping an oversized line (pending holds none of it) and where that line began.
  let oversized = false;
  let oversizedStart = 0;
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
    if (gz && (decompressed += data.length) > maxGzBytes) {
      raw.destroy();
      throw new DecompressedTooLarge(`decompresses to more than ${maxGzBytes / 1024 / 1024} MB`);
    }
    if (skipping > 0) {
      // .gz resumes by decompressing from the start and skipping what was read before.
      const skip = Math.min(skipping, buffer.length);
      lineNo += countIn(buffer.subarray(0, skip));
      buffer = buffer.subarray(skip);
      skipping -= skip;
      position += skip;
      if (buffer.length === 0) continue;
    }
    if (oversized) {
      // Still inside a line that is too long: drop bytes up to its newline, never hold them.
      const nl = buffer.indexOf(NEWLINE);
      if (nl === -1) {
        position += buffer.length;
        continue;
      }
      oversized = false;
      lineNo++;
      position += nl + 1;
      lines.push({ text: "", lineNo, oversized: true, end: position });
      buffer = buffer.subarray(nl + 1);
    }
    pending = pending.length ? Buffer.concat([pending, buffer]) : buffer;
    let start = 0;
    for (let nl = pending.indexOf(NEWLINE, start); nl !== -1; nl = pending.indexOf(NEWLINE, start)) {
      lineNo++;
      const end = position + nl + 1;
      lines.push(nl - start > maxLineBytes ? { text: "", lineNo, oversized: true, end } : { text: pending.toString("utf8", start, nl), lineNo, end });
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
    if (pending.length > maxLineBytes) {
      oversizedStart = position;
      position += pending.length;
      pending = Buffer.alloc(0);
      oversized = true;
    }
  }
  if (oversized && options.trailingLineIsComplete) {
    lineNo++;
    lines.push({ text: "", lineNo, oversized: true, end: position });
  }
  if (pending.length && options.trailingLineIsComplete) {
    lineNo++;
    position += pending.length;
    lines.push({ text: pending.toString("utf8"), lineNo, end: position });
  }
  // An oversized line still being written is resumed from its start next time.
  if (lines.length) yield { lines, endOffset: oversized && !options.trailingLineIsComplete ? oversizedStart : position };
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
