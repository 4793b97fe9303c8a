import { auditTargetKind } from "@/lib/core/labels";
import { db } from "@/lib/db";

/** How an audit row names its target: a name people know and, where there is one, the page about it. */
export interface TargetName {
  name: string;
  href?: string;
}

interface EntryRef {
  targetType: string;
  targetId: string | null;
  details: unknown;
}

const detail = (details: unknown, key: string): string | undefined => {
  const value = (details as Record<string, unknown> | null)?.[key];
  return typeof value === "string" ? value : undefined;
};

/** The key of an entry's target in the map auditTargetNames returns. */
export function targetKey(entry: Pick<EntryRef, "targetType" | "targetId">): string {
  return `${auditTargetKind(entry.targetType)}:${entry.targetId ?? ""}`;
}

/**
 * Names for the targets of a page of audit entries, in one query per kind: users by
 * name (else email), sources and API keys and mining rules by name (linked to their
 * source's page), eval items by the start of their expected output (linked), cases by id
 * (linked to their eval item once accepted, to the second review while one waits),
 * batches by week. A target deleted since keeps the name its entry recorded, when it
 * recorded one.
 */
export async function auditTargetNames(entries: EntryRef[]): Promise<Map<string, TargetName>> {
  const ids = (type: string) => [...new Set(entries.filter((e) => auditTargetKind(e.targetType) === type && e.targetId).map((e) => e.targetId!))];
  const uuid = (id: string) => /^[0-9a-f-]{36}$/i.test(id);
  const [users, sources, keys, rules, items, cases] = await Promise.all([
    db.user.findMany({ where: { id: { in: ids("user").filter(uuid) } }, select: { id: true, email: true, name: true } }),
    db.source.findMany({ where: { id: { in: ids("source").filter(uuid) } }, select: { id: true, name: true } }),
    db.apiKey.findMany({ where: { id: { in: ids("apikey").filter(uuid) } }, select: { id: true, name: true, sourceId: true } }),
    db.miningRule.findMany({ where: { id: { in: ids("miningrule").filter(uuid) } }, select: { id: true, name: true, sourceId: true } }),
    db.evalItem.findMany({ where: { itemId: { in: ids("evalitem").filter(uuid) } }, select: { itemId: true, expectedOutput: true }, orderBy: { version: "desc" }, distinct: ["itemId"] }),
    db.case.findMany({ where: { id: { in: ids("case").filter(uuid) } }, select: { id: true, status: true, evalItems: { select: { itemId: true }, take: 1 } } }),
  ]);
  const names = new Map<string, TargetName>();
  const set = (type: string, id: string, name: TargetName) => names.set(`${type}:${id}`, name);
  for (const user of users) set("user", user.id, { name: user.name || user.email, href: "/admin/users" });
  for (const source of sources) set("source", source.id, { name: source.name, href: `/admin/sources/${source.id}` });
  for (const key of keys) set("apikey", key.id, { name: key.name, href: key.sourceId ? `/admin/sources/${key.sourceId}` : undefined });
  for (const rule of rules) set("miningrule", rule.id, { name: rule.name, href: `/admin/sources/${rule.sourceId}` });
  for (const item of items) set("evalitem", item.itemId, { name: `“${item.expectedOutput.length > 40 ? `${item.expectedOutput.slice(0, 39)}…` : item.expectedOutput}”`, href: `/eval-set/${item.itemId}` });
  for (const found of cases) {
    const href = found.evalItems[0] ? `/eval-set/${found.evalItems[0].itemId}` : found.status === "AWAITING_APPROVAL" ? `/queue/approvals/${found.id}` : undefined;
    set("case", found.id, { name: `case ${found.id.slice(0, 8)}`, ...(href ? { href } : {}) });
  }
  for (const entry of entries) {
    if (!entry.targetId || names.has(targetKey(entry))) continue;
    // Gone since, or a kind without its own page: what the entry itself recorded.
    const recorded = detail(entry.details, "name") ?? detail(entry.details, "source") ?? detail(entry.details, "isoWeek") ?? detail(entry.details, "email");
    const type = auditTargetKind(entry.targetType);
    if (recorded) set(type, entry.targetId, { name: recorded });
    else if (type === "case") set(type, entry.targetId, { name: `case ${entry.targetId.slice(0, 8)}` });
  }
  return names;
}
