import { dbPool } from "@/lib/db";
import { orderMiningRules } from "@/lib/mining/rules-store";
import type { RuleDefinition } from "@/lib/mining/schemas";

// $1 source id, $2 the ids as a JSON array, $3 the end-user hashes as a JSON array.
// "= ANY(ARRAY(...))", not "IN (SELECT ...)": the planner then looks each id up in the
// unique (source, id) index. With IN it joined the ids against every log of the source
// (a bitmap scan growing with the source: 3.5 ms per push at 10,000 logs).
// "(SELECT $1::uuid)", not "$1::uuid": the planner must not plan for this one source's
// statistics. A source that was new (or small) when the table was last analysed looks
// empty to it, and it then read all of the source's logs through another (source, ...)
// index, filtering the ids: 35-45 ms per push at 20,000 logs in bench:faults, until the
// next ANALYZE. Planned for an unknown source, the lookups stay in the unique index.
export const KNOWN_IDS_AND_RULES_SQL = `
  SELECT ARRAY(SELECT l."externalId" FROM "SourceLog" l
                WHERE l."sourceId" = (SELECT $1::uuid)
                  AND l."externalId" = ANY(ARRAY(SELECT jsonb_array_elements_text($2::jsonb)))) AS "known",
         coalesce((SELECT json_agg(json_build_object('kind', r."kind", 'name', r."name", 'config', r."config") ORDER BY r."createdAt", r."name")
                     FROM "MiningRule" r WHERE r."sourceId" = $1::uuid AND r."enabled"), '[]'::json) AS "rules",
         ARRAY(SELECT o."endUserHash" FROM "EndUserOptOut" o
                WHERE o."endUserHash" = ANY(ARRAY(SELECT jsonb_array_elements_text($3::jsonb)))) AS "optedOut"`;

/**
 * The ids among `externalIds` the source already stored, the source's enabled mining
 * rules, and the end users among `endUserHashes` on the opt-out list, in ONE round trip. Known ids are duplicates: the pipeline skips their redaction
 * (a replayed push costs this query, not its redaction). The ids travel as one JSON text
 * parameter, on the pool behind `db` as a named prepared statement (no Prisma overhead).
 */
export async function knownIdsAndRules(
  sourceId: string,
  externalIds: string[],
  endUserHashes: string[] = [],
): Promise<{ known: Set<string>; rules: RuleDefinition[]; optedOut: Set<string> }> {
  const result = await dbPool().query<{ known: string[]; rules: Array<{ kind: RuleDefinition["kind"]; name: string; config: unknown }>; optedOut: string[] }>({
    name: "ingest-known-ids-rules-opt-outs",
    text: KNOWN_IDS_AND_RULES_SQL,
    values: [sourceId, JSON.stringify(externalIds), JSON.stringify(endUserHashes)],
  });
  const [row] = result.rows;
  return { known: new Set(row.known), rules: orderMiningRules(row.rules), optedOut: new Set(row.optedOut) };
}
