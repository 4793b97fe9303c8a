// npm run ingest -- --source NAME FILE... [--quiet]
// One-off import of JSON Lines files (plain or .gz; native logs, OpenAI request/response
// pairs, or OpenTelemetry Collector file-exporter JSON, detected per line) through the
// same pipeline as the API: sampling, opt-out, redaction, idempotency, mining. Shows a
// progress line on stderr and a summary at the end. Offsets are committed with the
// records, so an interrupted import resumes where it stopped when run again.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { runCli, withCliDatabase } from "./lib/cli";
import { IngestRefused, loadIngestSource } from "@/lib/ingest/source-gate";
import { importFile, PULL_FILE_PATTERN, type FileImportProgress } from "@/lib/ingest/pull";
import { emptyTotals, type IngestTotals } from "@/lib/ingest/types";

const USAGE = "usage: npm run ingest -- --source NAME FILE... [--quiet]";
const fmt = (n: number) => Math.round(n).toLocaleString("en");

function progressLine(totals: IngestTotals, startedAt: number, file: string): string {
  const seconds = Math.max((Date.now() - startedAt) / 1000, 0.001);
  return `${file}: ${fmt(totals.received)} records, ${fmt(totals.received / seconds)} rec/s | stored ${fmt(totals.stored)} | sampled out ${fmt(totals.sampled_out)} | mined ${fmt(totals.mined)} | duplicate ${fmt(totals.duplicate)} | opted out ${fmt(totals.opted_out)} | rejected ${fmt(totals.rejected)}`;
}

async function main(): Promise<number> {
  let values: { source?: string; quiet?: boolean };
  let files: string[];
  try {
    ({ values, positionals: files } = parseArgs({ options: { source: { type: "string" }, quiet: { type: "boolean" } }, allowPositionals: true }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!values.source || files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  for (const file of files) {
    if (!fs.existsSync(file)) {
      console.error(`${file}: no such file`);
      return 2;
    }
    if (!PULL_FILE_PATTERN.test(file)) console.error(`${file}: warning: not named .jsonl/.ndjson(.gz); reading it as JSON Lines anyway`);
  }
  const tty = process.stderr.isTTY && !values.quiet;
  return await withCliDatabase(async () => {
    let source;
    try {
      source = await loadIngestSource({ name: values.source! });
    } catch (error) {
      if (error instanceof IngestRefused) {
        console.error(`--source: ${error.status === 404 ? `no source named "${values.source}"` : error.message}`);
        return 1;
      }
      throw error;
    }
    const grand = emptyTotals();
    const startedAt = Date.now();
    let lastPrint = 0;
    let rejectedLines = 0;
    for (const file of files) {
      const before = { ...grand };
      const show = (progress: FileImportProgress) => {
        const now = Date.now();
        if (values.quiet || now - lastPrint < (tty ? 200 : 5000)) return;
        lastPrint = now;
        const totals = { ...before };
        for (const key of Object.keys(totals) as Array<keyof IngestTotals>) totals[key] += progress.totals[key];
        process.stderr.write(tty ? `\r\x1b[2K${progressLine(totals, startedAt, file)}` : `${progressLine(totals, startedAt, file)}\n`);
      };
      const result = await importFile(source, file, { trailingLineIsComplete: true, onProgress: show });
      for (const key of Object.keys(grand) as Array<keyof IngestTotals>) grand[key] += result.totals[key];
      for (const r of result.rejected.slice(0, 20)) console.error(`\n${file}: rejected ${r.reason}`);
      if (result.rejected.length > 20) console.error(`${file}: ... and ${result.rejected.length - 20} more rejected lines`);
      rejectedLines += result.rejected.length;
    }
    if (tty) process.stderr.write("\n");
    const seconds = (Date.now() - startedAt) / 1000;
    console.log(
      `ingested ${files.length} file(s) into "${source.name}" in ${seconds.toFixed(1)} s: ${fmt(grand.received)} records (${fmt(grand.received / Math.max(seconds, 0.001))}/s), ` +
        `stored ${fmt(grand.stored)}, sampled out ${fmt(grand.sampled_out)}, mined ${fmt(grand.mined)}, duplicate ${fmt(grand.duplicate)}, opted out ${fmt(grand.opted_out)}, rejected ${fmt(grand.rejected)}`,
    );
    return rejectedLines > 0 ? 3 : 0;
  });
}

runCli("ingest", main);
