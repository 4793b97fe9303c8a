/**
 * Entity counts by type: what a stored record keeps about its redaction (with the
 * redaction version). Counts only, never values, so they are safe to store and chart.
 */
import type { DetectedEntity, EntityType } from "./types";

export type EntityCounts = Partial<Record<EntityType, number>>;

/** Counts entities by type, e.g. `{ PERSON: 2, EMAIL_ADDRESS: 1 }`. */
export function countEntitiesByType(entities: readonly Pick<DetectedEntity, "type">[]): EntityCounts {
  const counts: EntityCounts = {};
  for (const e of entities) counts[e.type] = (counts[e.type] ?? 0) + 1;
  return counts;
}

/** Adds two count maps (e.g. input and output of one record). */
export function mergeEntityCounts(a: EntityCounts, b: EntityCounts): EntityCounts {
  const out: EntityCounts = { ...a };
  for (const [type, n] of Object.entries(b) as Array<[EntityType, number]>) out[type] = (out[type] ?? 0) + n;
  return out;
}
