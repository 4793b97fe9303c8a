/**
 * Public API of the redaction engine. Server-side only: import from
 * "@/lib/redaction". Client components import "@/lib/redaction/preview-types" instead.
 */
export { redactText, detectEntities, truncateToBytes, preloadRedactionData, REDACTION_VERSION, MAX_FIELD_BYTES, TRUNCATION_MARKER } from "./redact-text";
export { redactRecord, type ChatRecord, type RedactRecordResult } from "./redact-record";
export { countEntitiesByType, mergeEntityCounts, type EntityCounts } from "./entity-counts";
export { previewSegments } from "./preview";
export { PlaceholderBook, normaliseValue } from "./operators";
export { analyzeText, RECOGNIZERS, DEFAULT_THRESHOLD, PLACEHOLDER } from "./registry";
export type { PreviewResult, PreviewSegment } from "./preview-types";
export { ENTITY_TYPES, type EntityType, type DetectedEntity, type RedactOptions, type RedactTextResult, type OperatorKind } from "./types";
