import type { Candidate, Unreadable } from "./types";
import { guardedParse, nativeCandidate } from "./native";
import { isOpenAiPair, openAiPairId, parseOpenAiPair } from "./openai-pairs";
import { readOptOut } from "./metadata";
import { spansFromOtlpJson } from "./otlp-json";
import { genAiCandidates } from "./genai-spans";
import { OtlpFormatError } from "./otlp-model";

/**
 * One JSON Lines line -> candidates, whatever its format (detected per line, so a
 * folder may mix them): an OpenTelemetry Collector file-exporter line (an OTLP/JSON
 * ExportTraceServiceRequest with `resourceSpans`, possibly many spans), an OpenAI
 * request/response pair, or a native log. `lineNo` is 1-based; rejections name it.
 */
export function candidatesFromLine(text: string, lineNo: number): Array<Candidate | Unreadable> {
  if (text.trim() === "") return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [{ index: lineNo, reason: `line ${lineNo}: not valid JSON` }];
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [{ index: lineNo, reason: `line ${lineNo}: must be a JSON object` }];
  const line = value as Record<string, unknown>;
  const at = (reason: string) => `line ${lineNo}: ${reason}`;
  if (Array.isArray(line.resourceSpans)) {
    try {
      return genAiCandidates(spansFromOtlpJson(line)).candidates.map((c) => ({ ...c, index: lineNo, parse: relabel(c.parse, at) }));
    } catch (error) {
      if (error instanceof OtlpFormatError) return [{ index: lineNo, reason: at(error.message) }];
      throw error;
    }
  }
  if (isOpenAiPair(line)) {
    return [{ index: lineNo, id: openAiPairId(line), traceId: typeof line.traceId === "string" ? line.traceId : null, optOut: readOptOut(line), parse: relabel(guardedParse(() => parseOpenAiPair(line)), at) }];
  }
  const candidate = nativeCandidate(line, lineNo);
  return [{ ...candidate, parse: relabel(candidate.parse, at) }];
}

function relabel(parse: Candidate["parse"], at: (reason: string) => string): Candidate["parse"] {
  return () => {
    const result = parse();
    return result.ok ? result : { ok: false, reason: at(result.reason) };
  };
}
