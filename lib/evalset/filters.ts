import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { EvalSetError } from "./errors";
import { evalSetFilterSchema } from "./schemas";

export type EvalSetFilters = Partial<z.infer<typeof evalSetFilterSchema>>;

/** Parses URLSearchParams-like input; returns the first problem as a message naming the field (and the field). */
export function parseEvalSetFilters(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const entries = params instanceof URLSearchParams ? Object.fromEntries(params) : Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = evalSetFilterSchema.safeParse(entries);
  if (parsed.success) return { ok: true as const, filters: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false as const, error: `${issue.path.join(".") || "query"}: ${issue.message}`, field: issue.path.join(".") || undefined };
}

/** Deepest page of the eval-set list (50 items each): an OFFSET past it scans rows nobody reads. */
export const MAX_PAGE = 10_000;

/**
 * The list's `page` parameter: absent is page 1; otherwise a whole number from 1 to MAX_PAGE.
 * Always gives a page to show (clamped), and the problem naming the parameter when there is one
 * (the JSON API answers it with a 400, the page shows the clamped page).
 */
export function parsePage(value: string | string[] | null | undefined): { page: number; error?: string } {
  const raw = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!raw) return { page: 1 };
  if (/^\d{1,9}$/.test(raw) && Number(raw) >= 1 && Number(raw) <= MAX_PAGE) return { page: Number(raw) };
  const asked = Number(raw);
  const page = Number.isFinite(asked) && asked > MAX_PAGE ? MAX_PAGE : 1;
  return { page, error: `page: must be a whole number from 1 to ${MAX_PAGE.toLocaleString("en")}` };
}

/**
 * The filters an API caller may use: the query's (a 400 naming the field when one is
 * malformed), with a key issued for one source held to that source (403 when the query
 * asks for another). Session users see every source.
 */
export function filtersForCaller(params: URLSearchParams, apiKey: { sourceId: string | null } | null): EvalSetFilters {
  const parsed = parseEvalSetFilters(params);
  if (!parsed.ok) throw new EvalSetError(400, parsed.error);
  if (!apiKey?.sourceId) return parsed.filters;
  if (parsed.filters.source && parsed.filters.source !== apiKey.sourceId) throw new EvalSetError(403, "This API key may only read its own source.", "source");
  return { ...parsed.filters, source: apiKey.sourceId };
}

/**
 * The Prisma filter for one moment: the versions valid at `asOf` (validFrom <= t <
 * validTo), or the current versions when asOf is absent. Retired items have a closed
 * last version, so they drop out from their retirement on and stay in history.
 */
export function evalSetWhere(filters: EvalSetFilters): Prisma.EvalItemWhereInput {
  const and: Prisma.EvalItemWhereInput[] = [];
  if (filters.asOf) and.push({ validFrom: { lte: filters.asOf } }, { OR: [{ validTo: null }, { validTo: { gt: filters.asOf } }] });
  else and.push({ validTo: null });
  if (filters.category) and.push({ category: filters.category });
  if (filters.source) and.push({ sourceId: filters.source });
  if (filters.week) and.push({ batch: { isoWeek: filters.week } });
  if (filters.reviewer) and.push({ reviewerId: filters.reviewer });
  if (filters.origin) and.push({ origin: filters.origin });
  if (filters.expectedEqualsProduction) and.push({ expectedEqualsProduction: filters.expectedEqualsProduction === "yes" });
  if (filters.from) and.push({ labelledAt: { gte: filters.from } });
  if (filters.to) and.push({ labelledAt: { lte: filters.to } });
  if (filters.q) {
    and.push({ OR: [{ expectedOutput: { contains: filters.q, mode: "insensitive" } }, { notes: { contains: filters.q, mode: "insensitive" } }, { tags: { has: filters.q } }] });
  }
  return { AND: and };
}
