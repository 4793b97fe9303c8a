import "server-only";
import { db } from "@/lib/db";
import { evalSetWhere, type EvalSetFilters } from "./filters";

export const PAGE_SIZE = 50;

const listSelect = {
  id: true,
  itemId: true,
  version: true,
  category: true,
  expectedOutput: true,
  input: true,
  tags: true,
  origin: true,
  expectedEqualsProduction: true,
  labelledAt: true,
  validFrom: true,
  source: { select: { id: true, name: true } },
  batch: { select: { isoWeek: true } },
  reviewer: { select: { id: true, name: true } },
} as const;

/** One page of the eval set (current, or as of a past moment), newest labels first, plus the total. */
export async function listEvalItems(filters: EvalSetFilters, page = 1) {
  const where = evalSetWhere(filters);
  const [items, total] = await Promise.all([
    db.evalItem.findMany({ where, select: listSelect, orderBy: [{ labelledAt: "desc" }, { id: "asc" }], skip: (Math.max(1, page) - 1) * PAGE_SIZE, take: PAGE_SIZE }),
    db.evalItem.count({ where }),
  ]);
  return { items, total, page: Math.max(1, page), pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** Options for the filter controls: sources, weeks and reviewers that appear in the eval set. */
export async function evalSetFilterOptions() {
  const [sources, batches, reviewers] = await Promise.all([
    db.source.findMany({ where: { evalItems: { some: {} } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.batch.findMany({ where: { evalItems: { some: {} } }, select: { isoWeek: true }, orderBy: { weekStart: "desc" } }),
    db.user.findMany({ where: { evalItems: { some: {} } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { sources, weeks: batches.map((b) => b.isoWeek), reviewers };
}

/** Every version of one item, newest first, with provenance for the item view. */
export async function getEvalItemHistory(itemId: string) {
  const versions = await db.evalItem.findMany({
    where: { itemId },
    orderBy: { version: "desc" },
    include: {
      source: { select: { id: true, name: true } },
      batch: { select: { isoWeek: true } },
      reviewer: { select: { id: true, name: true, email: true } },
      case: { select: { id: true, decidedAt: true, decidedBy: { select: { name: true } } } },
    },
  });
  return versions.length ? { current: versions[0], versions } : null;
}
