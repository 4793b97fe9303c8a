import { generateSamples } from "../../lib/redaction/eval/generator";
import { FILLER } from "../../lib/redaction/eval/templates";

/**
 * Chat-like lines for the redaction throughput runs: mostly ordinary prose with
 * PII-bearing generated messages mixed in (one in three). `seed` picks the generated PII
 * texts; `poolSize` samples per split. With a small pool the PII texts repeat (the
 * engine's per-word caches stay warm); with `fresh` each PII text is used once (pool sized
 * to cover the PII lines), as on a live feed of new logs.
 */
export function chatCorpus(bytesWanted: number, seed = 7, poolSize = 300, fresh = false): string[] {
  const lines: string[] = [];
  const pool = [...generateSamples({ split: "dev", count: poolSize, seed }), ...generateSamples({ split: "holdout", count: poolSize, seed: seed + 1 })].map((s) => s.text);
  let bytes = 0;
  for (let i = 0; bytes < bytesWanted; i++) {
    // The cache-hot corpus keeps its historic indexing (every third pool text) so its figure
    // stays comparable with earlier runs.
    const line = i % 3 === 0 ? pool[(fresh ? i / 3 : i) % pool.length] : FILLER[i % FILLER.length] + " " + FILLER[(i * 7) % FILLER.length];
    lines.push(line);
    bytes += Buffer.byteLength(line);
  }
  return lines;
}

export const utf8Bytes = (lines: string[]) => lines.reduce((a, l) => a + Buffer.byteLength(l), 0);
