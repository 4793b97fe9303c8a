import type { ChatMessage } from "@/lib/core/chat";
import type { CaseOrigin } from "@/lib/generated/prisma/enums";
import { CATEGORY_LABEL } from "@/lib/core/labels";

export const EXPORT_FORMATS = ["jsonl", "csv", "promptfoo", "openai-evals"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The fields every export format draws from (one eval item version with provenance). */
export interface ExportRow {
  itemId: string;
  version: number;
  category: keyof typeof CATEGORY_LABEL;
  expectedOutput: string;
  input: unknown;
  productionOutput: unknown;
  tags: string[];
  notes: string | null;
  minedReasons: string[];
  /** Mined, synthetic or hand-written. */
  origin: CaseOrigin;
  /** The server's flag: a failure's production answer kept as the expected output. */
  expectedEqualsProduction: boolean;
  redactionVersion: string;
  labelledAt: Date;
  validFrom: Date;
  source: { name: string } | null;
  batch: { isoWeek: string } | null;
  reviewer: { email: string };
}

export const EXPORT_CONTENT_TYPE: Record<ExportFormat, string> = {
  jsonl: "application/x-ndjson; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  promptfoo: "application/x-ndjson; charset=utf-8",
  "openai-evals": "application/x-ndjson; charset=utf-8",
};

export const EXPORT_EXTENSION: Record<ExportFormat, string> = { jsonl: "jsonl", csv: "csv", promptfoo: "promptfoo-tests.jsonl", "openai-evals": "openai-evals.jsonl" };

function messagesOf(input: unknown): ChatMessage[] {
  const messages = (input as { messages?: unknown } | null)?.messages;
  return Array.isArray(messages) ? (messages as ChatMessage[]) : [];
}

function textOf(message: ChatMessage | undefined): string {
  if (!message) return "";
  if (typeof message.content === "string") return message.content;
  if (Array.isArray(message.content)) return message.content.map((p) => p.text ?? "").join("");
  return "";
}

const CSV_COLUMNS = ["item_id", "version", "category", "expected_output", "input_messages", "production_output", "tags", "mined_reasons", "source", "batch_week", "reviewer", "labelled_at", "redaction_version", "origin", "expected_equals_production"];

/** RFC 4180 field quoting; a leading =, +, - or @ is prefixed so spreadsheets don't run it as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The first chunk of an export (CSV's header line; nothing for the JSONL formats). */
export function exportPreamble(format: ExportFormat): string {
  return format === "csv" ? `${CSV_COLUMNS.join(",")}\r\n` : "";
}

/** One item as one line of the chosen format (with its line ending). */
export function formatExportRow(format: ExportFormat, row: ExportRow): string {
  const messages = messagesOf(row.input);
  switch (format) {
    case "openai-evals":
      // OpenAI evals' JSONL: the conversation as chat messages and the ideal answer.
      return `${JSON.stringify({ input: messages, ideal: row.expectedOutput })}\n`;
    case "promptfoo": {
      // A promptfoo test case: vars for the prompt template, an offline similarity assert.
      const lastUser = [...messages].reverse().find((m) => m.role === "user");
      const test = {
        description: `${CATEGORY_LABEL[row.category]} · ${row.itemId} v${row.version}`,
        vars: { messages: JSON.stringify(messages), input: textOf(lastUser), expected: row.expectedOutput },
        assert: [{ type: "rouge-n", value: row.expectedOutput, threshold: 0.5 }],
        metadata: { itemId: row.itemId, version: row.version, category: row.category, origin: row.origin, expectedEqualsProduction: row.expectedEqualsProduction, source: row.source?.name ?? null, tags: row.tags },
      };
      return `${JSON.stringify(test)}\n`;
    }
    case "csv":
      return `${[
        row.itemId,
        String(row.version),
        row.category,
        row.expectedOutput,
        JSON.stringify(messages),
        row.productionOutput === null || row.productionOutput === undefined ? "" : JSON.stringify(row.productionOutput),
        row.tags.join(";"),
        row.minedReasons.join(";"),
        row.source?.name ?? "",
        row.batch?.isoWeek ?? "",
        row.reviewer.email,
        row.labelledAt.toISOString(),
        row.redactionVersion,
        row.origin,
        String(row.expectedEqualsProduction),
      ]
        .map(csvField)
        .join(",")}\r\n`;
    case "jsonl":
      return `${JSON.stringify({
        itemId: row.itemId,
        version: row.version,
        category: row.category,
        expectedOutput: row.expectedOutput,
        input: row.input,
        productionOutput: row.productionOutput ?? null,
        tags: row.tags,
        notes: row.notes,
        minedReasons: row.minedReasons,
        origin: row.origin,
        expectedEqualsProduction: row.expectedEqualsProduction,
        source: row.source?.name ?? null,
        batchWeek: row.batch?.isoWeek ?? null,
        reviewer: row.reviewer.email,
        labelledAt: row.labelledAt.toISOString(),
        validFrom: row.validFrom.toISOString(),
        redactionVersion: row.redactionVersion,
      })}\n`;
  }
}
