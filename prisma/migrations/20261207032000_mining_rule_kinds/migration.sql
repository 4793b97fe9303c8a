-- Two new mining rule kinds: BASELINE (a hash-deterministic share of healthy sampled
-- traffic) and DRIFT (content far from the source's recent traffic). A new enum value
-- can't be used in the transaction that adds it, so the rules that use them are created
-- by the next migration.
ALTER TYPE "MiningRuleKind" ADD VALUE 'BASELINE';
ALTER TYPE "MiningRuleKind" ADD VALUE 'DRIFT';
