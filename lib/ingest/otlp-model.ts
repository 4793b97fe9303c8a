/**
 * The parts of an OTLP trace export this app reads, in one shape for both encodings
 * (OTLP/JSON in otlp-json.ts, protobuf in otlp-proto.ts). Attribute values become plain
 * JS values: strings, numbers, booleans, arrays, objects (kvlists).
 */
import { DomainError } from "@/lib/errors/domain-error";

export interface OtlpSpan {
  traceId: string;
  spanId: string;
  /** "" for a root span. Tells a model call from its wrapper and a tool call from its caller. */
  parentSpanId: string;
  name: string;
  /** Unix nanoseconds as a decimal string (64-bit values don't fit a JS number). */
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  attributes: Record<string, unknown>;
  /** 0 unset, 1 ok, 2 error. */
  statusCode: number;
  statusMessage: string | null;
  events: Array<{ name: string; attributes: Record<string, unknown> }>;
  resource: Record<string, unknown>;
}

/** Thrown when a body is not a valid OTLP export; the message names the position, never content. */
export class OtlpFormatError extends DomainError {
  constructor(position: string) {
    super(position, 400);
  }
}

/** Nanoseconds (decimal string) to a Date, at millisecond precision. */
export function nanosToDate(nanos: string): Date | null {
  if (!/^\d{1,20}$/.test(nanos) || nanos === "0") return null;
  return new Date(Number(BigInt(nanos) / 1_000_000n));
}

/** Duration between two nanosecond timestamps, in milliseconds. */
export function durationMs(start: string, end: string): number | undefined {
  if (!/^\d{1,20}$/.test(start) || !/^\d{1,20}$/.test(end)) return undefined;
  const diff = BigInt(end) - BigInt(start);
  return diff >= 0n ? Number(diff / 1000n) / 1000 : undefined;
}
