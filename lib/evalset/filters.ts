import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CATEGORIES } from "./categories";

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));
// Times without a zone (the form's datetime-local) are UTC, whatever the server's time zone.
const utc = (v: string) => (/^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(v) ? `${v}Z` : v);
const optionalDate = (field: string) =>
  optionalText.refine((v) => v === undefined || !Number.isNaN(Date.parse(utc(v))), `${field} must be a date or ISO timestamp`).transform((v) => (v ? new Date(utc(v)) : undefined));

/** Eval-set filters shared by the list page, the JSON API and the export (all optional). */
export const evalSetFilterSchema = z.object({
  q: optionalText,
  category: z.enum(CATEGORIES).optional().or(z.literal("").transform(() => undefined)),
  source: optionalText.refine((v) => v === undefined || z.uuid().safeParse(v).success, "source must be a source id"),
  week: optionalText.refine((v) => v === undefined || /^\d{4}-W\d{2}$/.test(v), "week must look like 2026-W48"),
  reviewer: optionalText.refine((v) => v === undefined || z.uuid().safeParse(v).success, "reviewer must be a user id"),
  from: optionalDate("from"),
  // A bare date means "through the end of that day" (UTC).
  to: optionalDate("to").transform((v) => (v && v.getUTCHours() === 0 && v.getUTCMinutes() === 0 && v.getUTCSeconds() === 0 && v.getUTCMilliseconds() === 0 ? new Date(v.getTime() + 86_399_999) : v)),
  asOf: optionalDate("asOf"),
});

export type EvalSetFilters = Partial<z.infer<typeof evalSetFilterSchema>>;

/** Parses URLSearchParams-like input; returns the first problem as a message naming the field. */
export function parseEvalSetFilters(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const entries = params instanceof URLSearchParams ? Object.fromEntries(params) : Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = evalSetFilterSchema.safeParse(entries);
  if (parsed.success) return { ok: true as const, filters: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false as const, error: `${issue.path.join(".") || "query"}: ${issue.message}` };
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
  if (filters.from) and.push({ labelledAt: { gte: filters.from } });
  if (filters.to) and.push({ labelledAt: { lte: filters.to } });
  if (filters.q) {
    and.push({ OR: [{ expectedOutput: { contains: filters.q, mode: "insensitive" } }, { notes: { contains: filters.q, mode: "insensitive" } }, { tags: { has: filters.q } }] });
  }
  return { AND: and };
}
