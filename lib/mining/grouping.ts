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

/**
 * Assigns near-duplicate groups to a source's new cases. Loaded once per ingest call:
 * the group keys of the source's cases (open ones may be joined; all of them, plus the
 * eval items, count for "drift"). New cases are added as they are assigned, so
 * near-duplicates inside one push group together too.
 */
export class GroupAssigner {
  private constructor(
    private readonly openGroups: ParsedFingerprint[],
    private readonly known: ParsedFingerprint[],
  ) {}

  static async load(sourceId: string, client: Client = db): Promise<GroupAssigner> {
    const [groups, evalKeys] = await Promise.all([
      client.$queryRaw<Array<{ groupKey: string; open: boolean }>>`
        SELECT "groupKey", bool_or("status" = 'PENDING') AS "open" FROM "Case"
        WHERE "sourceId" = ${sourceId}::uuid AND "groupKey" IS NOT NULL GROUP BY "groupKey"
        ORDER BY max("minedAt") DESC LIMIT ${GROUP_LIMIT}`,
      evalItemFingerprints(sourceId, client),
    ]);
    const parse = (keys: string[]) => keys.map(parseFingerprint).filter((p): p is ParsedFingerprint => p !== null);
    return new GroupAssigner(parse(groups.filter((g) => g.open).map((g) => g.groupKey)), parse([...groups.map((g) => g.groupKey), ...evalKeys]));
  }

  /**
   * The group key for a new case with this input, and its distance to the nearest
   * known case or eval item (null when the source has nothing yet to compare with).
   */
  assign(input: StoredInput): { groupKey: string; nearestDistance: number | null } {
    const text = userText(input) || input.messages.map((m) => (typeof m.content === "string" ? m.content : "")).join("\n");
    const fingerprint = parseFingerprint(simHash(text))!;
    const nearestKnown = this.known.length ? nearestParsed(fingerprint, this.known).distance : null;
    const open = nearestParsed(fingerprint, this.openGroups);
    const groupKey = open.key !== null && open.distance <= NEAR_DUPLICATE_DISTANCE ? open.key : fingerprint.key;
    if (groupKey === fingerprint.key) this.openGroups.push(fingerprint);
    this.known.push(fingerprint);
    return { groupKey, nearestDistance: nearestKnown };
  }

  static readonly driftDistance = DRIFT_DISTANCE;
}
