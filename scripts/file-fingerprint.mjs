import { statSync } from "node:fs";

/**
 * Size and mtime of each file, missing files included (as -1), so a bundle's manifest can
 * tell when any of its inputs changed, appeared or went away. Shared by the bundlers of the
 * redact CLI (run-bundled.mjs) and the ingest worker (build-ingest-worker.mjs).
 */
export function fingerprint(files) {
  return files.map((file) => {
    try {
      const s = statSync(file);
      return [file, s.size, s.mtimeMs];
    } catch {
      return [file, -1, -1];
    }
  });
}
