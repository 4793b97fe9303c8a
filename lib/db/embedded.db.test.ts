import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { embeddedUrl, runningServerPort, startEmbeddedPostgres, freePort } from "./embedded";

describe("embedded PostgreSQL", () => {
  it("initialises once, is shared by a second process, and leaves nothing running after stop", async () => {
    // Inside mkdtemp's private (0700) folder: as root, the postgres user must still reach it.
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), "evalmine-embedded-"));
    const dataDir = path.join(parent, "pg");
    const first = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    try {
      expect(first.owned).toBe(true);
      expect(runningServerPort(dataDir)).toBe(first.port);
      // A CLI started while `npm run dev` runs attaches instead of starting a second server.
      const second = await startEmbeddedPostgres({ dataDir });
      expect(second).toMatchObject({ owned: false, port: first.port });
      const client = new pg.Client({ connectionString: embeddedUrl(first.port, "postgres") });
      await client.connect();
      const { rows } = await client.query<{ server_version: string }>("SHOW server_version");
      expect(Number(rows[0].server_version.split(".")[0])).toBeGreaterThanOrEqual(15);
      await client.end();
      await second.stop(); // not the owner: must not stop the server
      expect(runningServerPort(dataDir)).toBe(first.port);
    } finally {
      await first.stop();
    }
    expect(runningServerPort(dataDir)).toBeNull();
    // Data persists: the next start reuses the initialised directory.
    const again = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    expect(again.owned).toBe(true);
    await again.stop();
    fs.rmSync(parent, { recursive: true, force: true });
  });
});
