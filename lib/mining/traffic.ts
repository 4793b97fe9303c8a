import { dbPool } from "@/lib/db";
import type { Category } from "@/lib/generated/prisma/enums";
import type { StoredMetadata } from "@/lib/core/chat";
import { baselinePoint } from "./baseline";
import { evaluateMiningRules, type MiningVerdict } from "./evaluate";
import { DRIFT_DISTANCE, parseFingerprint, popcount32, type ParsedFingerprint, type RecordKeys } from "./fingerprint";
import { DEFAULT_DRIFT_WEEKS, type RuleDefinition } from "./schemas";
import { suggestCategory } from "./suggest-category";
import { DRIFT_MIN_SEEN, driftThreshold } from "./drift-threshold";

/**
 * What a source's sampled traffic looked like lately, for the baseline and drift rules and
 * the representativeness counts (docs/ARCHITECTURE.md, "Drift mining").
 *
 * The source's recent traffic is kept as fingerprints only: the 64-bit topic SimHash
 * (fingerprint.ts topicHash) of each sampled record's redacted user text
 * (TrafficFingerprint: source, fingerprint, day last seen). A record is drift when no
 * fingerprint of the window is within driftThreshold(window size) bits of its own, once the
 * window holds DRIFT_MIN_SEEN of them (a new source has seen nothing, and everything would
 * look new). The window is the drift
 * rule's weeks, never longer than the source's retention; older rows are deleted here
 * when the window is (re)loaded.
 *
 * Kept in flat typed arrays per process and refreshed every minute; the scan stops at the
 * first fingerprint within the distance, and only sampled records are checked, so it stays
 * a small part of a push.
 */
const CACHE_TTL_MS = 60_000;
/** The most recently seen distinct fingerprints only: a bound on memory and on each scan. */
const WINDOW_LIMIT = 50_000;
const DAY_MS = 86_400_000;

class FlatFingerprints {
  private high = new Uint32Array(1024);
  private low = new Uint32Array(1024);
  private readonly keys = new Set<string>();

  get size(): number {
    return this.keys.size;
  }

  add(fingerprint: ParsedFingerprint): void {
    if (this.keys.has(fingerprint.key)) return;
    const i = this.keys.size;
    if (i === this.high.length) {
      const high = new Uint32Array(i * 2);
      const low = new Uint32Array(i * 2);
      high.set(this.high);
      low.set(this.low);
      this.high = high;
      this.low = low;
    }
    this.high[i] = fingerprint.high;
    this.low[i] = fingerprint.low;
    this.keys.add(fingerprint.key);
  }

  /** Whether some member is within `distance` bits of the target (stops at the first). */
  hasWithin(target: ParsedFingerprint, distance: number): boolean {
    const { high, low } = this;
    for (let i = 0, n = this.keys.size; i < n; i++) {
      if (popcount32((target.high ^ high[i]) >>> 0) + popcount32((target.low ^ low[i]) >>> 0) <= distance) return true;
    }
    return false;
  }
}

interface SourceWindow {
  at: number;
  days: number;
  seen: FlatFingerprints;
}

const windows = new Map<string, SourceWindow>();

const CATEGORIES: readonly string[] = ["HAPPY_PATH", "EDGE_CASE", "ADVERSARIAL", "DRIFT"] satisfies Category[];
const isCategory = (value: string | null): value is Category => value !== null && CATEGORIES.includes(value);

function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

async function loadWindow(sourceId: string, days: number, now: Date): Promise<SourceWindow> {
  const cached = windows.get(sourceId);
  if (cached && cached.days === days && Date.now() - cached.at < CACHE_TTL_MS) return cached;
  const since = dayOf(new Date(now.getTime() - days * DAY_MS));
  const pool = dbPool();
  // Past the window a fingerprint has no use: delete it (retention of the source caps the window).
  await pool.query({ name: "traffic-fingerprint-prune", text: `DELETE FROM "TrafficFingerprint" WHERE "sourceId" = $1::uuid AND "lastSeen" < $2::date`, values: [sourceId, since] });
  await pruneOtherSources(now);
  const { rows } = await pool.query<{ fingerprint: string }>({
    name: "traffic-fingerprint-window",
    text: `SELECT "fingerprint" FROM "TrafficFingerprint" WHERE "sourceId" = $1::uuid AND "lastSeen" >= $2::date ORDER BY "lastSeen" DESC LIMIT $3`,
    values: [sourceId, since, WINDOW_LIMIT],
  });
  const seen = new FlatFingerprints();
  for (const row of rows) {
    const parsed = parseFingerprint(row.fingerprint);
    if (parsed) seen.add(parsed);
  }
  const loaded = { at: Date.now(), days, seen };
  windows.set(sourceId, loaded);
  return loaded;
}

// A source that stopped sending never reloads its window: once an hour, any ingest also
// deletes every source's fingerprints older than the longest window it could have (12 weeks,
// capped by its retention), so they do not outlive the source's retention.
const GLOBAL_PRUNE_MS = 3_600_000;
let lastGlobalPrune = 0;
async function pruneOtherSources(now: Date): Promise<void> {
  if (Date.now() - lastGlobalPrune < GLOBAL_PRUNE_MS) return;
  lastGlobalPrune = Date.now();
  await dbPool().query({
    name: "traffic-fingerprint-prune-all",
    text: `DELETE FROM "TrafficFingerprint" f USING "Source" s
            WHERE s."id" = f."sourceId" AND f."lastSeen" < $1::date - least(84, coalesce(s."retentionDays", 84))`,
    values: [dayOf(now)],
  });
}

/** The drift window in days: the rule's weeks, capped by the source's retention. */
export function driftWindowDays(rule: RuleDefinition, retentionDays: number | null): number {
  const weeks = Number(rule.config.weeks ?? DEFAULT_DRIFT_WEEKS);
  const days = Math.max(1, Math.round((Number.isFinite(weeks) ? weeks : DEFAULT_DRIFT_WEEKS) * 7));
  return retentionDays ? Math.min(days, retentionDays) : days;
}

export interface TrafficVerdict extends MiningVerdict {
  /** The record's fingerprint ("" for a record without user text). */
  fingerprint: string;
  /** The category suggested for the record as production traffic (mined or not). */
  category: Category;
}

/**
 * One push's view of a source's traffic: evaluates the mining rules with the baseline and
 * drift signals, then records the stored records' fingerprints and category counts.
 */
export class TrafficWindow {
  private readonly pending: ParsedFingerprint[] = [];

  private constructor(
    private readonly sourceId: string,
    private readonly rules: RuleDefinition[],
    private readonly window: SourceWindow | null,
  ) {}

  /** Loads the source's window when its drift rule is enabled (else no query at all). */
  static async load(source: { id: string; retentionDays: number | null }, rules: RuleDefinition[], now: Date): Promise<TrafficWindow> {
    const drift = rules.find((rule) => rule.kind === "DRIFT" && rule.enabled);
    const window = drift ? await loadWindow(source.id, driftWindowDays(drift, source.retentionDays), now) : null;
    return new TrafficWindow(source.id, rules, window);
  }

  /** The rules' verdict on one redacted record (its text keys from recordKeys), its fingerprint and its traffic category. */
  evaluate(recordId: string, record: { keys: Pick<RecordKeys, "text" | "topic">; metadata: StoredMetadata }): TrafficVerdict {
    const text = record.keys.text;
    const fingerprint = record.keys.topic === null ? null : parseFingerprint(record.keys.topic);
    let drifted: boolean | undefined;
    const isDrift = () => (drifted ??= this.isDrift(fingerprint));
    const verdict = evaluateMiningRules(this.rules, record.metadata, { baselinePoint: baselinePoint(recordId), drifted: isDrift });
    if (fingerprint && this.window) this.pending.push(fingerprint);
    const category = suggestCategory({ userText: text, reasons: verdict.reasons, metadata: record.metadata, nearestDistance: null, driftDistance: DRIFT_DISTANCE });
    return { ...verdict, fingerprint: fingerprint?.key ?? "", category };
  }

  private isDrift(fingerprint: ParsedFingerprint | null): boolean {
    if (!fingerprint || !this.window || this.window.seen.size < DRIFT_MIN_SEEN) return false;
    const threshold = driftThreshold(this.window.seen.size);
    if (this.window.seen.hasWithin(fingerprint, threshold)) return false;
    // Records earlier in the same push count as seen: a burst of a new topic is one drift case.
    return !this.pending.some((p) => popcount32((p.high ^ fingerprint.high) >>> 0) + popcount32((p.low ^ fingerprint.low) >>> 0) <= threshold);
  }

  /**
   * After the write: the stored records' fingerprints join the window (when the drift rule
   * is on) and their categories are counted for the day, in one statement.
   */
  async record(stored: Array<{ fingerprint: string; category: string | null }>, now: Date): Promise<void> {
    if (stored.length === 0) return;
    const fingerprints = this.window ? [...new Set(stored.map((s) => s.fingerprint).filter((f) => f !== ""))] : [];
    try {
      await dbPool().query({
        name: "traffic-record",
        text: RECORD_SQL,
        values: [this.sourceId, dayOf(now), JSON.stringify(fingerprints), JSON.stringify(stored.map((s) => (isCategory(s.category) ? s.category : "HAPPY_PATH")))],
      });
    } catch (error) {
      // The records are stored already: a failed count must not fail the push (the producer
      // would retry records that are in). The window and the counts miss this push only.
      console.error("ingest: recording sampled traffic failed:", (error as Error).name);
      return;
    }
    if (this.window) for (const key of fingerprints) this.window.seen.add(parseFingerprint(key)!);
  }

  /** Test-only: forget every cached window (and when every source was last pruned). */
  static clearCache(): void {
    windows.clear();
    lastGlobalPrune = 0;
  }
}

// $1 source, $2 day, $3 distinct fingerprints (JSON array), $4 one category per stored record.
// Rows are written in key order: concurrent pushes share fingerprints and categories, and
// upserting them in each push's own order deadlocked two pushes (one lost its counts).
const RECORD_SQL = `
  WITH "fingerprints" AS (
    INSERT INTO "TrafficFingerprint" ("sourceId", "fingerprint", "lastSeen")
    SELECT $1::uuid, f, $2::date FROM jsonb_array_elements_text($3::jsonb) AS f ORDER BY f
    ON CONFLICT ("sourceId", "fingerprint") DO UPDATE SET "lastSeen" = greatest("TrafficFingerprint"."lastSeen", EXCLUDED."lastSeen")
    RETURNING 1
  ), "counts" AS (
    INSERT INTO "SampledTraffic" ("sourceId", "day", "category", "count")
    SELECT $1::uuid, $2::date, c::"Category", count(*)::int FROM jsonb_array_elements_text($4::jsonb) AS c GROUP BY c ORDER BY c
    ON CONFLICT ("sourceId", "day", "category") DO UPDATE SET "count" = "SampledTraffic"."count" + EXCLUDED."count"
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM "fingerprints") AS "fingerprints", (SELECT count(*) FROM "counts") AS "counts"`;
