import fs from "node:fs";

/** The system Chromium: CHROMIUM_PATH, else Debian's /usr/bin/chromium. Null when neither exists. */
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];
  return candidates.find((path) => fs.existsSync(path)) ?? null;
}
