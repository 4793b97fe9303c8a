/**
 * Types of the admin preview, in their own file so the client component can import
 * them without importing the engine (which uses node:crypto and a large lexicon).
 */
import type { EntityType } from "./types";

export type PreviewSegment =
  | { kind: "text"; text: string }
  | { kind: "entity"; text: string; type: EntityType; score: number; replacement: string };

export interface PreviewResult {
  /** The input split into plain and entity segments, in order; concatenated they equal the input. */
  segments: PreviewSegment[];
  /** The redacted text, exactly as it would be stored. */
  redacted: string;
  /** Counts by type. */
  counts: Partial<Record<EntityType, number>>;
  truncated: boolean;
  redactionVersion: string;
}
