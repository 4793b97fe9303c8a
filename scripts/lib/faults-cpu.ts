// CPU time of the bench's processes from /proc (Linux), so part 1 of `npm run bench:faults`
// can say where a record's CPU goes: the app's request thread, its other threads (the
// workers, V8's helpers) and PostgreSQL. Elsewhere every figure is null and not printed.
import fs from "node:fs";
import path from "node:path";

// Clock ticks per second of /proc's times: 100 on every Linux this runs on (getconf CLK_TCK).
const TICK_MS = 10;

/** Fields 3 onwards of a /proc stat line (the command name can hold spaces and parentheses). */
function statFields(file: string): string[] | null {
  try {
    const line = fs.readFileSync(file, "utf8");
    return line.slice(line.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

// Offsets into statFields (field number - 3): ppid 4, utime 14, stime 15, cutime 16, cstime 17.
const PPID = 1;
const UTIME = 11;

function ownMs(fields: string[]): number {
  return (Number(fields[UTIME]) + Number(fields[UTIME + 1])) * TICK_MS;
}

export interface AppCpu {
  /** The process's main (request) thread. */
  main: number;
  /** All its threads: the main thread, the ingest workers, V8's and libuv's helpers. */
  total: number;
  /** Live threads other than the main one, by thread name (Node names its worker threads, V8's and libuv's helpers). */
  byName: Record<string, number>;
}

function threadName(pid: number, tid: string): string {
  try {
    return fs.readFileSync(`/proc/${pid}/task/${tid}/comm`, "utf8").trim();
  } catch {
    return "?";
  }
}

/** CPU ms of a process so far, its main thread apart; null when /proc can't say. */
export function appCpuMs(pid: number): AppCpu | null {
  const all = statFields(`/proc/${pid}/stat`);
  const main = statFields(`/proc/${pid}/task/${pid}/stat`);
  if (!all || !main) return null;
  const byName: Record<string, number> = {};
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    const fields = tid === String(pid) ? null : statFields(`/proc/${pid}/task/${tid}/stat`);
    if (!fields) continue;
    const name = threadName(pid, tid);
    byName[name] = (byName[name] ?? 0) + ownMs(fields);
  }
  return { main: ownMs(main), total: ownMs(all), byName };
}

/**
 * CPU ms of an embedded PostgreSQL so far: the postmaster, its live children (backends,
 * WAL writer, checkpointer...) and the children that already ended (the postmaster's
 * cutime/cstime). Null when /proc can't say.
 */
export function postgresCpuMs(dataDir: string): number | null {
  let postmaster: number;
  try {
    postmaster = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  } catch {
    return null;
  }
  const own = statFields(`/proc/${postmaster}/stat`);
  if (!own) return null;
  let ms = ownMs(own) + (Number(own[UTIME + 2]) + Number(own[UTIME + 3])) * TICK_MS;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(`/proc/${entry}/stat`);
    if (fields && Number(fields[PPID]) === postmaster) ms += ownMs(fields);
  }
  return ms;
}
