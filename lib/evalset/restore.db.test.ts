import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCase, makeSource, makeUser } from "@/lib/testing/factories";
import { editEvalItem, retireEvalItem } from "./edit";
import { listEvalItems } from "./queries";
import { restoreEvalItem } from "./restore";
import { insertItemVersion } from "./versions";

let sourceId: string;
let editor: Awaited<ReturnType<typeof makeUser>>;

async function acceptedItem(expectedOutput: string) {
  const created = await makeCase({ sourceId, minedReasons: ["failure"] });
  const at = new Date();
  return await db.$transaction((tx) =>
    insertItemVersion(
      tx,
      { caseId: created.id, sourceId, batchId: created.batchId, input: created.input as object, productionOutput: created.output as object, minedReasons: created.minedReasons, redactionVersion: "test-1", endUserHash: null, tags: ["refund", "eu"], notes: "n" },
      { expectedOutput, category: "EDGE_CASE", reviewerId: editor.id, labelledAt: at },
      at,
    ),
  );
}

beforeAll(async () => {
  sourceId = (await makeSource()).id;
  editor = await makeUser("LEAD");
});

describe("editEvalItem without a change", () => {
  it("saves no version when the label is the same (tags in any order), and a real change still does", async () => {
    const item = await acceptedItem("Refund in 5 days.");
    const same = await editEvalItem(item.itemId, editor, { expectedVersion: 1, expectedOutput: "Refund in 5 days.", category: "EDGE_CASE", tags: ["eu", "refund"], notes: "n" });
    expect(same).toMatchObject({ unchanged: true, version: 1 });
    expect(await db.evalItem.count({ where: { itemId: item.itemId } })).toBe(1);
    expect(await db.auditLog.count({ where: { targetId: item.itemId, action: "evalitem.edited" } })).toBe(0);

    const changed = await editEvalItem(item.itemId, editor, { expectedVersion: 1, expectedOutput: "Refund in 5 days.", category: "EDGE_CASE", tags: ["eu"], notes: "n" });
    expect(changed).toMatchObject({ unchanged: false, version: 2 });
  });
});

describe("restoreEvalItem", () => {
  it("reopens a retired item as its next version with the retired label; the retired period stays out of as-of views", async () => {
    const item = await acceptedItem("Escalate to billing.");
    await retireEvalItem(item.itemId, editor, { expectedVersion: 1, reason: "Policy changed" });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const duringRetirement = new Date();
    await new Promise((resolve) => setTimeout(resolve, 5));

    const restored = await restoreEvalItem(item.itemId, editor, 1);
    expect(restored).toMatchObject({ version: 2, validTo: null, expectedOutput: "Escalate to billing.", category: "EDGE_CASE", tags: ["refund", "eu"], notes: "n", caseId: item.caseId });
    const current = await listEvalItems({ source: sourceId });
    expect(current.items.map((i) => [i.itemId, i.version])).toContainEqual([item.itemId, 2]);
    const then = await listEvalItems({ source: sourceId, asOf: duringRetirement });
    expect(then.items.map((i) => i.itemId)).not.toContain(item.itemId);
    expect(await db.auditLog.count({ where: { targetId: item.itemId, action: "evalitem.restored" } })).toBe(1);
  });

  it("answers 409 for an item in the set or a stale version, and 404 for an unknown item", async () => {
    const item = await acceptedItem("Keep.");
    await expect(restoreEvalItem(item.itemId, editor, 1)).rejects.toMatchObject({ status: 409 });
    await retireEvalItem(item.itemId, editor, { expectedVersion: 1, reason: "Old" });
    await restoreEvalItem(item.itemId, editor, 1);
    await expect(restoreEvalItem(item.itemId, editor, 1)).rejects.toMatchObject({ status: 409 });
    await expect(restoreEvalItem("00000000-0000-4000-8000-000000000000", editor, 1)).rejects.toMatchObject({ status: 404 });
  });
});
