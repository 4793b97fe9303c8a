/**
 * Locates a data file shipped inside an npm package, at run time.
 * Resolved from the working directory (and up to three parents), as the rest of the app
 * resolves its runtime files (prisma/migrations, .data/): `require.resolve` inside a
 * Next.js bundle returns a module id rather than a path, and `import.meta.url` points into
 * the build folder.
 */
import { existsSync } from "node:fs";
import path from "node:path";

/** Absolute path of `node_modules/<pkg>/<file>`, or null when it is not installed. */
export function packageDataFile(pkg: string, file: string): string | null {
  let dir = process.cwd();
  for (let up = 0; up < 4; up++) {
    const candidate = path.join(dir, "node_modules", pkg, file);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}
