import type { RuleDefinition } from "./schemas";

// Reasons come out in this order (then custom rules by creation and name), so a case's
// minedReasons are stable: default rules are created in one statement and share createdAt.
// Drift and baseline come last: they describe the traffic, not a problem with the record.
const KIND_ORDER: Record<RuleDefinition["kind"], number> = { FAILURE: 0, ESCALATION: 1, NEGATIVE_FEEDBACK: 2, LOW_CONFIDENCE: 3, CUSTOM: 4, DRIFT: 5, BASELINE: 6 };

/** Enabled rule rows (already ordered by creation, then name) -> definitions in the miner's stable order. */
export function orderMiningRules(rows: Array<{ kind: RuleDefinition["kind"]; name: string; config: unknown }>): RuleDefinition[] {
  return rows
    .map((row) => ({ kind: row.kind, name: row.name, config: (row.config ?? {}) as Record<string, unknown>, enabled: true }))
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}
