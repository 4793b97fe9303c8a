import { db } from "@/lib/db";
import { orderMiningRules } from "@/lib/mining/rules-store";
import type { RuleDefinition } from "@/lib/mining/rule-config";

/**
 * The ids among `externalIds` the source already stored, and the source's enabled mining
 * rules, in ONE round trip. Known ids are duplicates: the pipeline skips their redaction
 * (a replayed push costs this query, not its redaction). The ids travel as one JSON text
 * parameter: Prisma's per-parameter work is what made this query cost milliseconds.
 */
export async function knownIdsAndRules(sourceId: string, externalIds: string[]): Promise<{ known: Set<string>; rules: RuleDefinition[] }> {
  const [row] = await db.$queryRaw<Array<{ known: string[]; rules: Array<{ kind: RuleDefinition["kind"]; name: string; config: unknown }> }>>`
    SELECT ARRAY(SELECT l."externalId" FROM "SourceLog" l
                  WHERE l."sourceId" = ${sourceId}::uuid
                    AND l."externalId" IN (SELECT jsonb_array_elements_text(${JSON.stringify(externalIds)}::jsonb))) AS "known",
           coalesce((SELECT json_agg(json_build_object('kind', r."kind", 'name', r."name", 'config', r."config") ORDER BY r."createdAt", r."name")
                       FROM "MiningRule" r WHERE r."sourceId" = ${sourceId}::uuid AND r."enabled"), '[]'::json) AS "rules"`;
  return { known: new Set(row.known), rules: orderMiningRules(row.rules) };
}
