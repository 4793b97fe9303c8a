import { OtlpFormatError, type OtlpSpan } from "./otlp-model";

/**
 * A minimal protobuf wire-format reader for the OTLP trace messages this app needs
 * (ExportTraceServiceRequest -> ResourceSpans -> ScopeSpans -> Span, KeyValue,
 * AnyValue, Status, Event). Field numbers follow opentelemetry-proto v1; unknown
 * fields are skipped, so newer exporters still decode. Hand-written rather than a
 * generated decoder: it is ~150 lines and needs no .proto files at run time.
 */
class Reader {
  pos: number;
  constructor(
    private readonly buf: Uint8Array,
    start = 0,
    readonly end = buf.length,
  ) {
    this.pos = start;
  }

  done(): boolean {
    return this.pos >= this.end;
  }

  varint(): bigint {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      if (this.pos >= this.end) throw new OtlpFormatError("protobuf: truncated varint");
      const byte = this.buf[this.pos++];
      result |= BigInt(byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return result;
      shift += 7n;
      if (shift > 63n) throw new OtlpFormatError("protobuf: varint too long");
    }
  }

  tag(): { field: number; wire: number } {
    const tag = Number(this.varint());
    return { field: tag >>> 3, wire: tag & 7 };
  }

  bytes(): Uint8Array {
    const length = Number(this.varint());
    if (length < 0 || this.pos + length > this.end) throw new OtlpFormatError("protobuf: length past the end of the message");
    const out = this.buf.subarray(this.pos, this.pos + length);
    this.pos += length;
    return out;
  }

  fixed64(): bigint {
    if (this.pos + 8 > this.end) throw new OtlpFormatError("protobuf: truncated fixed64");
    const view = new DataView(this.buf.buffer, this.buf.byteOffset + this.pos, 8);
    this.pos += 8;
    return view.getBigUint64(0, true);
  }

  double(): number {
    if (this.pos + 8 > this.end) throw new OtlpFormatError("protobuf: truncated double");
    const view = new DataView(this.buf.buffer, this.buf.byteOffset + this.pos, 8);
    this.pos += 8;
    return view.getFloat64(0, true);
  }

  skip(wire: number): void {
    if (wire === 0) this.varint();
    else if (wire === 1) this.pos += 8;
    else if (wire === 2) this.bytes();
    else if (wire === 5) this.pos += 4;
    else throw new OtlpFormatError(`protobuf: unsupported wire type ${wire}`);
    if (this.pos > this.end) throw new OtlpFormatError("protobuf: truncated field");
  }
}

const text = new TextDecoder();
const str = (bytes: Uint8Array) => text.decode(bytes);
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

/** Calls `onField` for each field of the message in `bytes`; skips fields it returns false for. */
function each(bytes: Uint8Array, onField: (field: number, wire: number, reader: Reader) => boolean): void {
  const reader = new Reader(bytes);
  while (!reader.done()) {
    const { field, wire } = reader.tag();
    if (!onField(field, wire, reader)) reader.skip(wire);
  }
}

function anyValue(bytes: Uint8Array): unknown {
  let value: unknown = null;
  each(bytes, (field, wire, r) => {
    if (field === 1 && wire === 2) value = str(r.bytes());
    else if (field === 2 && wire === 0) value = r.varint() !== 0n;
    else if (field === 3 && wire === 0) value = Number(BigInt.asIntN(64, r.varint()));
    else if (field === 4 && wire === 1) value = r.double();
    else if (field === 5 && wire === 2) {
      const items: unknown[] = [];
      each(r.bytes(), (f, w, inner) => (f === 1 && w === 2 ? (items.push(anyValue(inner.bytes())), true) : false));
      value = items;
    } else if (field === 6 && wire === 2) value = keyValueList(r.bytes(), 1);
    else if (field === 7 && wire === 2) value = Buffer.from(r.bytes()).toString("base64");
    else return false;
    return true;
  });
  return value;
}

function keyValue(bytes: Uint8Array): [string, unknown] {
  let key = "";
  let value: unknown = null;
  each(bytes, (field, wire, r) => {
    if (field === 1 && wire === 2) key = str(r.bytes());
    else if (field === 2 && wire === 2) value = anyValue(r.bytes());
    else return false;
    return true;
  });
  return [key, value];
}

/** The repeated KeyValue field `fieldNo` of a message, as a record. */
function keyValueList(bytes: Uint8Array, fieldNo: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  each(bytes, (field, wire, r) => {
    if (field !== fieldNo || wire !== 2) return false;
    const [k, v] = keyValue(r.bytes());
    out[k] = v;
    return true;
  });
  return out;
}

function span(bytes: Uint8Array, resource: Record<string, unknown>): OtlpSpan {
  const result: OtlpSpan = { traceId: "", spanId: "", parentSpanId: "", name: "", startTimeUnixNano: "0", endTimeUnixNano: "0", attributes: {}, statusCode: 0, statusMessage: null, events: [], resource };
  each(bytes, (field, wire, r) => {
    if (field === 1 && wire === 2) result.traceId = hex(r.bytes());
    else if (field === 2 && wire === 2) result.spanId = hex(r.bytes());
    else if (field === 4 && wire === 2) result.parentSpanId = hex(r.bytes());
    else if (field === 5 && wire === 2) result.name = str(r.bytes());
    else if (field === 7 && wire === 1) result.startTimeUnixNano = r.fixed64().toString();
    else if (field === 8 && wire === 1) result.endTimeUnixNano = r.fixed64().toString();
    else if (field === 9 && wire === 2) {
      const [k, v] = keyValue(r.bytes());
      result.attributes[k] = v;
    } else if (field === 11 && wire === 2) {
      const eventBytes = r.bytes();
      let name = "";
      each(eventBytes, (f, w, inner) => (f === 2 && w === 2 ? ((name = str(inner.bytes())), true) : false));
      result.events.push({ name, attributes: keyValueList(eventBytes, 3) });
    } else if (field === 15 && wire === 2) {
      each(r.bytes(), (f, w, inner) => {
        if (f === 2 && w === 2) result.statusMessage = str(inner.bytes()) || null;
        else if (f === 3 && w === 0) result.statusCode = Number(inner.varint());
        else return false;
        return true;
      });
    } else return false;
    return true;
  });
  return result;
}

/** Every span of a protobuf-encoded ExportTraceServiceRequest, in order. */
export function spansFromOtlpProtobuf(body: Uint8Array): OtlpSpan[] {
  const spans: OtlpSpan[] = [];
  each(body, (field, wire, r) => {
    if (field !== 1 || wire !== 2) return false;
    const resourceSpans = r.bytes();
    let resource: Record<string, unknown> = {};
    const scopeBlobs: Uint8Array[] = [];
    each(resourceSpans, (f, w, inner) => {
      if (f === 1 && w === 2) resource = keyValueList(inner.bytes(), 1);
      else if (f === 2 && w === 2) scopeBlobs.push(inner.bytes());
      else return false;
      return true;
    });
    for (const scope of scopeBlobs) each(scope, (f, w, inner) => (f === 2 && w === 2 ? (spans.push(span(inner.bytes(), resource)), true) : false));
    return true;
  });
  return spans;
}

/** An ExportTraceServiceResponse; partial_success only when something was rejected. */
export function encodeExportResponse(rejectedSpans: number, errorMessage: string): Uint8Array {
  if (rejectedSpans === 0) return new Uint8Array(0);
  const message = Buffer.from(errorMessage, "utf8");
  const varint = (value: number) => {
    const out: number[] = [];
    let v = value;
    while (v > 127) {
      out.push((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    out.push(v);
    return out;
  };
  const inner = [0x08, ...varint(rejectedSpans), 0x12, ...varint(message.length), ...message];
  return Uint8Array.from([0x0a, ...varint(inner.length), ...inner]);
}
