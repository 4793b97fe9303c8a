import { db } from "@/lib/db";
import type { StoredInput } from "@/lib/core/chat";
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

function popcount32(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

// Two fingerprints at most 4 bits apart agree exactly on at least one of five blocks
// (13+13+13+13+12 bits): the pigeonhole index finds near-duplicates without a scan.
const BLOCKS = NEAR_DUPLICATE_DISTANCE + 1;
function blockValues(high: number, low: number): number[] {
  return [high >>> 19, (high >>> 6) & 0x1fff, ((high & 0x3f) << 7) | (low >>> 25), (low >>> 12) & 0x1fff, low & 0xfff];
}

/**
 * A growing set of fingerprints in flat typed arrays (a scan of 20,000 costs well under a
 * millisecond), optionally with the pigeonhole index for near-duplicate lookups.
 */
class FingerprintSet {
  private high = new Uint32Array(256);
  private low = new Uint32Array(256);
  private readonly keys: string[] = [];
  private readonly indexOf = new Map<string, number>();
  private readonly blocks: Array<Map<number, number[]>> | null;

  constructor(indexed: boolean) {
    this.blocks = indexed ? Array.from({ length: BLOCKS }, () => new Map<number, number[]>()) : null;
  }

  get size(): number {
    return this.keys.length;
  }

  add(fingerprint: ParsedFingerprint): void {
    if (this.indexOf.has(fingerprint.key)) return;
    const i = this.keys.length;
    if (i === this.high.length) {
      const grow = (old: Uint32Array) => {
        const bigger = new Uint32Array(old.length * 2);
        bigger.set(old);
        return bigger;
      };
      this.high = grow(this.high);
      this.low = grow(this.low);
    }
    this.high[i] = fingerprint.high;
    this.low[i] = fingerprint.low;
    this.keys.push(fingerprint.key);
    this.indexOf.set(fingerprint.key, i);
    if (this.blocks) {
      blockValues(fingerprint.high, fingerprint.low).forEach((value, b) => {
        const list = this.blocks![b].get(value);
        if (list) list.push(i);
        else this.blocks![b].set(value, [i]);
      });
    }
  }

  /** Distance to the nearest member (64 when empty). */
  nearestDistance(target: ParsedFingerprint): number {
    let best = 64;
    const { high, low } = this;
    for (let i = 0; i < this.keys.length; i++) {
      const distance = popcount32((target.high ^ high[i]) >>> 0) + popcount32((target.low ^ low[i]) >>> 0);
      if (distance < best) {
        best = distance;
        if (distance === 0) break;
      }
    }
    return best;
  }

  /** The nearest member within NEAR_DUPLICATE_DISTANCE accepted by `keep` (indexed sets only). */
  nearDuplicate(target: ParsedFingerprint, keep: (key: string) => boolean): { key: string; distance: number } | null {
    let best: { key: string; distance: number } | null = null;
    blockValues(target.high, target.low).forEach((value, b) => {
      for (const i of this.blocks![b].get(value) ?? []) {
        const distance = popcount32((target.high ^ this.high[i]) >>> 0) + popcount32((target.low ^ this.low[i]) >>> 0);
        if (distance <= NEAR_DUPLICATE_DISTANCE && (!best || distance < best.distance) && keep(this.keys[i])) best = { key: this.keys[i], distance };
      }
    });
    return best;
  }
}

interface SourceGroups {
  at: number;
  /** Open groups: key -> the group's open (PENDING) case, on which near-duplicates are counted. */
  openCase: Map<string, string>;
  /** Keys that were ever open here (entries whose case closed stay, skipped by openCase). */
  open: FingerprintSet;
  /** Every group key of the source's recent cases and current eval items (for "drift"). */
  known: FingerprintSet;
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
  const loaded: SourceGroups = { at: Date.now(), openCase: new Map(), open: new FingerprintSet(true), known: new FingerprintSet(false) };
  for (const group of groups) {
    const parsed = parseFingerprint(group.groupKey);
    if (!parsed) continue;
    loaded.known.add(parsed);
    if (group.openCaseId) {
      loaded.open.add(parsed);
      loaded.openCase.set(parsed.key, group.openCaseId);
    }
  }
  for (const key of evalKeys) {
    const parsed = parseFingerprint(key);
    if (parsed) loaded.known.add(parsed);
  }
  groupCache.set(sourceId, loaded);
  return loaded;
}

export interface GroupAssignment {
  groupKey: string;
  /** The open case this record joins, or null when it starts a group (or joins one started earlier in the same call). */
  openCaseId: string | null;
  /** Distance to the nearest known case or eval item (null when the source has nothing yet to compare with); computed when called. */
  nearestDistance: () => number | null;
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

  /** `near`: the record's near-duplicate fingerprint (recordKeys in fingerprint.ts). */
  assign(near: string): GroupAssignment {
    const fingerprint = parseFingerprint(near)!;
    // Only needed for a DRIFT suggestion (most mined records are edge cases): computed on demand.
    const localKnown = [...this.localKnown];
    const nearestDistance = () =>
      this.groups.known.size + localKnown.length ? Math.min(this.groups.known.nearestDistance(fingerprint), nearestParsed(fingerprint, localKnown).distance) : null;
    this.localKnown.push(fingerprint);

    const { openCase } = this.groups;
    const stored = this.groups.open.nearDuplicate(fingerprint, (key) => openCase.has(key));
    const local = nearestParsed(fingerprint, this.localOpen);
    // Ties go to the stored group: it is already in the queue.
    if (stored && stored.distance <= local.distance) return { groupKey: stored.key, openCaseId: openCase.get(stored.key)!, nearestDistance };
    if (local.key !== null && local.distance <= NEAR_DUPLICATE_DISTANCE) return { groupKey: local.key, openCaseId: null, nearestDistance };
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
      for (const [key, caseId] of groups.openCase) if (closed.has(caseId)) groups.openCase.delete(key);
    }
    for (const row of created) {
      const parsed = parseFingerprint(row.groupKey);
      if (!parsed) continue;
      groups.open.add(parsed);
      groups.openCase.set(parsed.key, row.id);
      groups.known.add(parsed);
    }
  }

  /** Test-only: forget every cached group (e.g. after deleting cases behind the pipeline's back). */
  static clearCache(): void {
    groupCache.clear();
  }

  static readonly driftDistance = DRIFT_DISTANCE;
}
