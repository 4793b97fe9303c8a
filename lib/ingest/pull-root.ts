import fs from "node:fs";
import path from "node:path";

/**
 * Why a source's pull folder may not be read, or null when it may. Folders must sit under
 * PULL_ROOT (resolved through symlinks, so a link can't lead out of it): an admin who can
 * edit a source must not be able to make the worker read /etc or another tenant's logs.
 * Without PULL_ROOT, production reads no pull folder; development reads any.
 */
export function pullFolderProblem(folder: string, env: Record<string, string | undefined> = process.env): string | null {
  const root = env.PULL_ROOT?.trim();
  if (!root) return env.NODE_ENV === "production" ? "PULL_ROOT is not set, so no pull folder is read" : null;
  let realRoot: string;
  let realFolder: string;
  try {
    realRoot = fs.realpathSync(root);
  } catch {
    return "PULL_ROOT does not exist";
  }
  try {
    realFolder = fs.realpathSync(folder);
  } catch {
    return "the folder does not exist";
  }
  const relative = path.relative(realRoot, realFolder);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative)) ? null : "the folder is outside PULL_ROOT";
}
