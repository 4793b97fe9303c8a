import { db } from "@/lib/db";
import type { StoredInput } from "@/lib/logs/chat-log";
import { DRIFT_DISTANCE, NEAR_DUPLICATE_DISTANCE, nearestParsed, parseFingerprint, simHash, userText, type ParsedFingerprint } from "./fingerprint";

type Client = Pick<typeof db, "$queryRaw">;

// Eval items change only when reviewers accept cases; re-reading them for every push
// would cost a query and a few thousand hashes per request, so keep them briefly.
const EVAL_FINGERPRINT_TTL_MS = 5 * 60_000;
const EVAL_FINGERPRINT_LIMIT = 2000;
// The most recent groups only: comparing against every group a source ever had would make
// each push slower as the source ages; older groups are rarely still open anyway.
const GROUP_LIMIT = 20_000;
// A source's groups are read from the database at most this often per process; in between,
// this process adds the cases it creates. Staleness is harmless for correctness: joining a
// case that was decided meanwhile fails its conditional UPDATE (the record then starts a new
// case), and a group opened by another instance in the last seconds is at worst not joined.
const GROUP_CACHE_TTL_MS = 30_000;

const evalCache = new Map<string, { at: number; keys: string[] }>();

async function evalItemFingerprints(sourceId: string, client: Client): Promise<string[]> {
  const cached = evalCache.get(sourceId);
  if (cached && Date.now() - cached.at < EVAL_FINGERPRINT_TTL_MS) return cached.keys;
  const rows = await client.$queryRaw<Array<{ input: StoredInput }>>`
    SELECT "input" FROM "EvalItem" WHERE "sourceId" = ${sourceId}::uuid AND "validTo" IS NULL
    ORDER BY "validFrom" DESC LIMIT ${EVAL_FINGERPRINT_LIMIT}`;
  const keys = rows.map((row) => simHash(userText(row.input)));
  evalCache.set(sourceId, { at: Date.now(), keys });
  return keys;
}

interface OpenGroup extends ParsedFingerprint {
  /** The group's open (PENDING) case: near-duplicates are counted on it. */
  caseId: string;
}

interface SourceGroups {
  at: number;
  /** Open groups by key. */
  open: Map<string, OpenGroup>;
  /** Every group key of the source's recent cases and current eval items (for "drift"). */
  known: ParsedFingerprint[];
}

const groupCache = new Map<string, SourceGroups>();

async function sourceGroups(sourceId: string, client: Client): Promise<SourceGroups> {
  const cached = groupCache.get(sourceId);
  if (cached && Date.now() - cached.at < GROUP_CACHE_TTL_MS) return cached;
  const [groups, evalKeys] = await Promise.all([
    client.$queryRaw<Array<{ groupKey: string; openCaseId: string | null }>>`
      SELECT "groupKey", (array_agg("id" ORDER BY "minedAt") FILTER (WHERE "status" = 'PENDING'))[1] AS "openCaseId"
      FROM "Case" WHERE "sourceId" = ${sourceId}::uuid AND "groupKey" IS NOT NULL GROUP BY "groupKey"
      ORDER BY max("minedAt") DESC LIMIT ${GROUP_LIMIT}`,
    evalItemFingerprints(sourceId, client),
  ]);
  const open = new Map<string, OpenGroup>();
  const known: ParsedFingerprint[] = [];
  for (const group of groups) {
    const parsed = parseFingerprint(group.groupKey);
    if (!parsed) continue;
    known.push(parsed);
    if (group.openCaseId) open.set(parsed.key, { ...parsed, caseId: group.openCaseId });
  }
  for (const key of evalKeys) {
    const parsed = parseFingerprint(key);
    if (parsed) known.push(parsed);
  }
  const loaded = { at: Date.now(), open, known };
  groupCache.set(sourceId, loaded);
  return loaded;
}

export interface GroupAssignment {
  groupKey: string;
  /** The open case this record joins, or null when it starts a group (or joins one started earlier in the same call). */
  openCaseId: string | null;
  /** Distance to the nearest known case or eval item (null when the source has nothing yet to compare with). */
  nearestDistance: number | null;
}

/**
 * Assigns near-duplicate groups to a source's newly mined records. Loaded once per ingest
 * call from a per-process cache of the source's groups; groups started during the call are
 * kept locally, so near-duplicates inside one push group together too. Nothing is added to
 * the cache until the caller reports its committed cases with `remember`.
 */
export class GroupAssigner {
  private readonly localOpen: ParsedFingerprint[] = [];
  private readonly localKnown: ParsedFingerprint[] = [];

  private constructor(private readonly groups: SourceGroups) {}

  static async load(sourceId: string, client: Client = db): Promise<GroupAssigner> {
    return new GroupAssigner(await sourceGroups(sourceId, client));
  }

  assign(input: StoredInput): GroupAssignment {
    const text = userText(input) || input.messages.map((m) => (typeof m.content === "string" ? m.content : "")).join("\n");
    const fingerprint = parseFingerprint(simHash(text))!;
    const known = Math.min(nearestParsed(fingerprint, this.groups.known).distance, nearestParsed(fingerprint, this.localKnown).distance);
    const nearestDistance = this.groups.known.length + this.localKnown.length ? known : null;
    this.localKnown.push(fingerprint);

    const stored = nearestParsed(fingerprint, this.groups.open.values());
    const local = nearestParsed(fingerprint, this.localOpen);
    // Ties go to the stored group: it is already in the queue.
    const best = local.distance < stored.distance ? { ...local, stored: false } : { ...stored, stored: true };
    if (best.key !== null && best.distance <= NEAR_DUPLICATE_DISTANCE) {
      return { groupKey: best.key, openCaseId: best.stored ? this.groups.open.get(best.key)!.caseId : null, nearestDistance };
    }
    this.localOpen.push(fingerprint);
    return { groupKey: fingerprint.key, openCaseId: null, nearestDistance };
  }

  /**
   * After the caller's transaction committed: the open cases it created join the cache,
   * and the ones found decided (their conditional UPDATE matched nothing) leave it.
   */
  static remember(sourceId: string, created: Array<{ id: string; groupKey: string }>, closedCaseIds: string[]): void {
    const groups = groupCache.get(sourceId);
    if (!groups) return;
    if (closedCaseIds.length) {
      const closed = new Set(closedCaseIds);
      for (const [key, group] of groups.open) if (closed.has(group.caseId)) groups.open.delete(key);
    }
    for (const row of created) {
      const parsed = parseFingerprint(row.groupKey);
      if (!parsed) continue;
      groups.open.set(parsed.key, { ...parsed, caseId: row.id });
      groups.known.push(parsed);
    }
  }

  /** Test-only: forget every cached group (e.g. after deleting cases behind the pipeline's back). */
  static clearCache(): void {
    groupCache.clear();
  }

  static readonly driftDistance = DRIFT_DISTANCE;
}
