import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pullFolderProblem } from "./pull-root";

describe("pull folders sit under PULL_ROOT", () => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), "evalmine-root-"));
  const root = path.join(base, "root");
  const inside = path.join(root, "support-bot");
  const outside = path.join(base, "elsewhere");
  for (const dir of [inside, outside]) fs.mkdirSync(dir, { recursive: true });
  fs.symlinkSync(outside, path.join(root, "sneaky"));

  it("reads a folder under the root and refuses one outside it, also through a symlink or ..", () => {
    const env = { PULL_ROOT: root, NODE_ENV: "production" };
    expect(pullFolderProblem(inside, env)).toBeNull();
    expect(pullFolderProblem(root, env)).toBeNull();
    expect(pullFolderProblem(outside, env)).toMatch(/outside PULL_ROOT/);
    expect(pullFolderProblem(path.join(root, "sneaky"), env)).toMatch(/outside PULL_ROOT/);
    expect(pullFolderProblem(path.join(inside, "..", "..", "elsewhere"), env)).toMatch(/outside PULL_ROOT/);
    expect(pullFolderProblem(path.join(root, "missing"), env)).toMatch(/does not exist/);
  });

  it("reads no folder in production without a root, any in development", () => {
    expect(pullFolderProblem(inside, { NODE_ENV: "production" })).toMatch(/PULL_ROOT is not set/);
    expect(pullFolderProblem(inside, { NODE_ENV: "development" })).toBeNull();
  });
});
