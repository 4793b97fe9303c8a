/**
 * bench:faults `--only rendered`: the rendered `/queue` page of the built app (Next's
 * production server, real sessions) for 10 signed-in reviewers, without and during an
 * ingest flood. Opening `/queue` claims or resumes the reviewer's case and renders it (the
 * page does its reads, then React renders the HTML), so each reload is a full page view.
 * The app is built into its own folder (`.next-faults`) unless FAULTS_SKIP_BUILD=1 reuses it.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import { freePort } from "@/lib/db/embedded";

const nextBin = require.resolve("next/dist/bin/next");
const DIST_DIR = ".next-faults";
let built = false;

export interface RenderedRun {
  views: number;
  errors: number;
  p50: number;
  p95: number;
}

const p = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] : Number.NaN;
};

/** Builds the app (unless FAULTS_SKIP_BUILD=1, or already built by this run) and starts `next start` on the bench's database. */
export async function startBuiltApp(databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<{ url: string; stop: () => Promise<void> }> {
  const env = { ...process.env, NEXT_DIST_DIR: DIST_DIR, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } as NodeJS.ProcessEnv;
  if (process.env.FAULTS_SKIP_BUILD !== "1" && !built) {
    console.log(`   building the app into ${DIST_DIR} (FAULTS_SKIP_BUILD=1 reuses it; next build adds its folder to tsconfig.json's include)`);
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: ["ignore", "ignore", "inherit"], env });
    if (build.status !== 0) throw new Error(`next build failed (${build.status})`);
    built = true;
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const app: ChildProcess = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...env, ...extraEnv, DATABASE_URL: databaseUrl, NEXTAUTH_URL: url, NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url") },
  });
  const exited = new Promise<void>((resolve) => app.on("exit", () => resolve()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (app.exitCode !== null) throw new Error(`next start exited (${app.exitCode})`);
    if (Date.now() > deadline) throw new Error("the built app did not answer /api/health within 120 s");
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, stop: async () => (app.kill("SIGTERM"), await exited) };
}

/** The cookies a response sets, as one Cookie header (name=value pairs only). */
function cookiesOf(response: Response, previous = ""): string {
  const jar = new Map(previous ? previous.split("; ").map((pair) => pair.split(/=(.*)/s).slice(0, 2) as [string, string]) : []);
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const [name, value] = pair.split(/=(.*)/s);
    jar.set(name, value ?? "");
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}

/** Signs one user in through next-auth's credentials flow (what the login form does); the session cookie header. */
export async function signInOverHttp(url: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${url}/api/auth/csrf`);
  let cookies = cookiesOf(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const body = new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: `${url}/queue` });
  const answer = await fetch(`${url}/api/auth/callback/credentials`, { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies, origin: url }, body });
  cookies = cookiesOf(answer, cookies);
  if (!/session-token=/.test(cookies)) throw new Error(`sign-in of a bench reviewer failed (${answer.status})`);
  return cookies;
}

/** Each signed-in reviewer reloads `/queue` back to back for `seconds`; a view counts when the page shows the case. */
export async function renderedViews(url: string, sessions: string[], seconds: number): Promise<RenderedRun> {
  const times: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    sessions.map(async (cookie) => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const response = await fetch(`${url}/queue`, { headers: { cookie }, redirect: "manual" }).catch(() => null);
        const html = response ? await response.text() : "";
        times.push(performance.now() - t0);
        if (response?.status !== 200 || !html.includes("Triage queue")) errors++;
      }
    }),
  );
  return { views: times.length, errors, p50: p(times, 0.5), p95: p(times, 0.95) };
}
