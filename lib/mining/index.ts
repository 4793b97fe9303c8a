/** Mining: rules, near-duplicate grouping and category suggestions (issue 4). */
export { evaluateMiningRules, isFailure, readMetadataPath, REASON_PRIORITY, CUSTOM_PRIORITY, type MiningVerdict } from "./evaluate";
export { defaultMiningRules, parseRuleConfig, CUSTOM_OPERATORS, customConfigSchema, type RuleDefinition, type CustomConfig } from "./schemas";
export { simHash, hammingDistance, normaliseForFingerprint, userText, NEAR_DUPLICATE_DISTANCE, DRIFT_DISTANCE } from "./fingerprint";
export { suggestCategory, hasAdversarialCue } from "./suggest-category";
export { nearDuplicateCounts, nearDuplicateCount } from "./near-duplicates";
export { GroupAssigner } from "./grouping";
