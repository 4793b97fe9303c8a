import "server-only";
import { db } from "@/lib/db";
import { evalSetWhere, type EvalSetFilters } from "./filters";
import { exportPreamble, formatExportRow, type ExportFormat } from "./formats";

/** Rows fetched per round trip: big enough to amortise latency, small enough for flat memory. */
export const EXPORT_PAGE = 500;

const exportSelect = {
  id: true,
  itemId: true,
  version: true,
  category: true,
  expectedOutput: true,
  input: true,
  productionOutput: true,
  tags: true,
  notes: true,
  minedReasons: true,
  origin: true,
  expectedEqualsProduction: true,
  redactionVersion: true,
  labelledAt: true,
  validFrom: true,
  source: { select: { name: true } },
  batch: { select: { isoWeek: true } },
  reviewer: { select: { email: true } },
} as const;

/**
 * The eval set as a byte stream in `format`. A pull-based ReadableStream: each pull
 * reads the next keyset page (id > last id) only when the consumer wants more, so a
 * slow client or a 100,000-item set keeps memory at one page. `asOf` is pinned before
 * the first page, so a long export stays one consistent snapshot of the set's history.
 */
export function exportEvalSet(format: ExportFormat, filters: EvalSetFilters): ReadableStream<Uint8Array> {
  const where = evalSetWhere({ ...filters, asOf: filters.asOf ?? new Date() });
  const encoder = new TextEncoder();
  let cursor: string | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true;
          const preamble = exportPreamble(format);
          if (preamble) controller.enqueue(encoder.encode(preamble));
        }
        const page = await db.evalItem.findMany({
          where: cursor ? { AND: [where, { id: { gt: cursor } }] } : where,
          select: exportSelect,
          orderBy: { id: "asc" },
          take: EXPORT_PAGE,
        });
        if (page.length === 0) {
          controller.close();
          return;
        }
        cursor = page[page.length - 1].id;
        controller.enqueue(encoder.encode(page.map((row) => formatExportRow(format, row)).join("")));
        if (page.length < EXPORT_PAGE) controller.close();
      },
    },
    { highWaterMark: 1 },
  );
}
