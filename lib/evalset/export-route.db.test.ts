import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { generateApiKey } from "@/lib/auth/api-keys";
import { makeCase, makeSource, makeUser } from "@/lib/testing/factories";
import { GET } from "@/app/api/v1/eval-set/export/route";
import { insertItemVersion } from "./versions";

async function keyWith(scopes: string[], sourceId: string | null = null) {
  const generated = generateApiKey();
  await db.apiKey.create({ data: { name: `test-${generated.prefix}`, keyHash: generated.keyHash, prefix: generated.prefix, scopes, sourceId } });
  return generated.key;
}

async function accepted(sourceId: string, reviewerId: string, expectedOutput: string) {
  const created = await makeCase({ sourceId });
  const at = new Date();
  await db.$transaction((tx) =>
    insertItemVersion(
      tx,
      { caseId: created.id, sourceId, batchId: created.batchId, input: created.input as object, productionOutput: null, minedReasons: [], redactionVersion: "t", endUserHash: null, tags: [], notes: null },
      { expectedOutput, category: "EDGE_CASE", reviewerId, labelledAt: at },
      at,
    ),
  );
}

const call = (query: string, key?: string) =>
  GET(new Request(`http://localhost/api/v1/eval-set/export?${query}`, { headers: key ? { authorization: `Bearer ${key}` } : {} }), { params: Promise.resolve({}) });

describe("GET /api/v1/eval-set/export with an API key", () => {
  it("streams for a key with the evalset:read scope and refuses one without it", async () => {
    const reviewer = await makeUser("REVIEWER");
    const [mine, other] = [await makeSource(), await makeSource()];
    await accepted(mine.id, reviewer.id, "From my source.");
    await accepted(other.id, reviewer.id, "From another source.");

    const ok = await call(`format=openai-evals&source=${mine.id}`, await keyWith(["evalset:read"]));
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-disposition")).toMatch(/attachment; filename="eval-set-.*\.openai-evals\.jsonl"/);
    expect((await ok.text()).trim().split("\n").map((l) => JSON.parse(l).ideal)).toEqual(["From my source."]);

    expect((await call("format=jsonl", await keyWith(["ingest"]))).status).toBe(403);
    expect((await call("format=jsonl", "em_not-a-real-key")).status).toBe(401);
  });

  it("a key bound to a source exports only that source", async () => {
    const reviewer = await makeUser("REVIEWER");
    const [mine, other] = [await makeSource(), await makeSource()];
    await accepted(mine.id, reviewer.id, "Bound source item.");
    await accepted(other.id, reviewer.id, "Not for this key.");
    const key = await keyWith(["evalset:read"], mine.id);
    const lines = (await (await call("format=jsonl", key)).text()).trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.expectedOutput)).toEqual(["Bound source item."]);
    expect((await call(`format=jsonl&source=${other.id}`, key)).status).toBe(403);
  });
});
