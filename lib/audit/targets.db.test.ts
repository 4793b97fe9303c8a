import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCase, makeSource, makeUser } from "@/lib/testing/factories";
import { insertItemVersion } from "@/lib/evalset/versions";
import { auditTargetNames, targetKey } from "./targets";

describe("auditTargetNames", () => {
  it("names users, sources, keys, rules and eval items, links them, and falls back to what the entry recorded", async () => {
    const user = await makeUser("REVIEWER");
    const source = await makeSource({ name: `audit-names-${Date.now()}` });
    const key = await db.apiKey.create({ data: { name: "ci-pipeline", prefix: `p${Date.now()}`, keyHash: `h${Date.now()}`, sourceId: source.id, scopes: ["ingest"] } });
    const created = await makeCase({ sourceId: source.id });
    const item = await db.$transaction((tx) =>
      insertItemVersion(
        tx,
        { caseId: created.id, sourceId: source.id, batchId: created.batchId, input: created.input as object, productionOutput: null, minedReasons: [], redactionVersion: "t", endUserHash: null, tags: [], notes: null },
        { expectedOutput: "Refund within five working days of the return.", category: "HAPPY_PATH", reviewerId: user.id, labelledAt: new Date() },
        new Date(),
      ),
    );
    const waiting = await makeCase({ sourceId: source.id });
    await db.case.update({ where: { id: waiting.id }, data: { status: "AWAITING_APPROVAL", decidedById: user.id, decidedAt: new Date() } });
    const gone = "7a1e2f3a-4b5c-4d6e-8f70-112233445566";
    const entries = [
      { targetType: "User", targetId: user.id, details: {} },
      { targetType: "Source", targetId: source.id, details: {} },
      { targetType: "ApiKey", targetId: key.id, details: { sourceId: source.id } },
      { targetType: "evalitem", targetId: item.itemId, details: { version: 1 } },
      { targetType: "MiningRule", targetId: gone, details: { name: "refund-mentions" } },
      { targetType: "Batch", targetId: gone, details: { isoWeek: "2026-W48" } },
      { targetType: "case", targetId: created.id, details: {} },
      { targetType: "TeamSetting", targetId: "1", details: {} },
      { targetType: "case", targetId: waiting.id, details: {} },
    ];
    const names = await auditTargetNames(entries);
    const at = (i: number) => names.get(targetKey(entries[i]));
    expect(at(0)).toEqual({ name: user.name || user.email, href: "/admin/users" });
    expect(at(1)).toEqual({ name: source.name, href: `/admin/sources/${source.id}` });
    expect(at(2)).toEqual({ name: "ci-pipeline", href: `/admin/sources/${source.id}` });
    expect(at(3)).toEqual({ name: "“Refund within five working days of the …”", href: `/eval-set/${item.itemId}` });
    expect(at(4)).toEqual({ name: "refund-mentions" });
    expect(at(5)).toEqual({ name: "2026-W48" });
    // An accepted case links to the eval item it became.
    expect(at(6)).toEqual({ name: `case ${created.id.slice(0, 8)}`, href: `/eval-set/${item.itemId}` });
    expect(at(7)).toBeUndefined();
    // A case waiting for its second review links to that review.
    expect(at(8)).toEqual({ name: `case ${waiting.id.slice(0, 8)}`, href: `/queue/approvals/${waiting.id}` });
  });
});
