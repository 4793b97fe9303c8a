import { OtlpFormatError, type OtlpSpan } from "./otlp-model";

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** An OTLP/JSON AnyValue ({ stringValue } | { intValue } | ...) as a plain value. */
export function anyValue(value: unknown): unknown {
  if (!isObject(value)) return null;
  if ("stringValue" in value) return String(value.stringValue ?? "");
  if ("boolValue" in value) return Boolean(value.boolValue);
  if ("intValue" in value) return Number(value.intValue);
  if ("doubleValue" in value) return Number(value.doubleValue);
  if ("arrayValue" in value) return (isObject(value.arrayValue) && Array.isArray(value.arrayValue.values) ? value.arrayValue.values : []).map(anyValue);
  if ("kvlistValue" in value) return keyValues(isObject(value.kvlistValue) ? value.kvlistValue.values : []);
  if ("bytesValue" in value) return String(value.bytesValue ?? "");
  return null;
}

/** A list of OTLP KeyValue objects as a record. */
export function keyValues(list: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!Array.isArray(list)) return out;
  for (const kv of list) if (isObject(kv) && typeof kv.key === "string") out[kv.key] = anyValue(kv.value);
  return out;
}

// OTLP/JSON encodes ids as hex; some SDKs send base64 (the protobuf JSON mapping) instead.
function idHex(value: unknown): string {
  if (typeof value !== "string" || value === "") return "";
  if (/^[0-9a-fA-F]+$/.test(value) && (value.length === 32 || value.length === 16)) return value.toLowerCase();
  return Buffer.from(value, "base64").toString("hex");
}

function statusCode(value: unknown): number {
  if (value === 2 || value === "STATUS_CODE_ERROR" || value === "2") return 2;
  if (value === 1 || value === "STATUS_CODE_OK" || value === "1") return 1;
  return 0;
}

/** Every span of an OTLP/JSON ExportTraceServiceRequest, in order. */
export function spansFromOtlpJson(body: unknown): OtlpSpan[] {
  if (!isObject(body) || !Array.isArray(body.resourceSpans)) throw new OtlpFormatError("body: expected an ExportTraceServiceRequest with resourceSpans");
  const spans: OtlpSpan[] = [];
  body.resourceSpans.forEach((rs, r) => {
    if (!isObject(rs)) throw new OtlpFormatError(`resourceSpans[${r}]: must be an object`);
    const resource = keyValues(isObject(rs.resource) ? rs.resource.attributes : []);
    const scopes = Array.isArray(rs.scopeSpans) ? rs.scopeSpans : Array.isArray(rs.instrumentationLibrarySpans) ? rs.instrumentationLibrarySpans : [];
    scopes.forEach((ss: unknown, s: number) => {
      if (!isObject(ss) || !Array.isArray(ss.spans)) throw new OtlpFormatError(`resourceSpans[${r}].scopeSpans[${s}].spans: must be an array`);
      for (const span of ss.spans) {
        if (!isObject(span)) throw new OtlpFormatError(`resourceSpans[${r}].scopeSpans[${s}].spans: each span must be an object`);
        const status = isObject(span.status) ? span.status : {};
        spans.push({
          traceId: idHex(span.traceId),
          spanId: idHex(span.spanId),
          parentSpanId: idHex(span.parentSpanId),
          name: typeof span.name === "string" ? span.name : "",
          startTimeUnixNano: String(span.startTimeUnixNano ?? "0"),
          endTimeUnixNano: String(span.endTimeUnixNano ?? "0"),
          attributes: keyValues(span.attributes),
          statusCode: statusCode(status.code),
          statusMessage: typeof status.message === "string" && status.message ? status.message : null,
          events: (Array.isArray(span.events) ? span.events : []).filter(isObject).map((e) => ({ name: String(e.name ?? ""), attributes: keyValues(e.attributes) })),
          resource,
        });
      }
    });
  });
  return spans;
}
