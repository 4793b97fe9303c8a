import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { generateApiKey } from "@/lib/auth/api-keys";
import { GET } from "@/app/api/v1/eval-set/route";
import { MAX_PAGE, parsePage } from "./filters";

async function readKey() {
  const generated = generateApiKey();
  await db.apiKey.create({ data: { name: `test-${generated.prefix}`, keyHash: generated.keyHash, prefix: generated.prefix, scopes: ["evalset:read"], sourceId: null } });
  return generated.key;
}

const list = (query: string, key: string) =>
  GET(new Request(`http://localhost/api/v1/eval-set?${query}`, { headers: { authorization: `Bearer ${key}` } }), { params: Promise.resolve({}) });

describe("the eval-set list's page parameter is bounded", () => {
  it("reads 1..MAX_PAGE, and clamps anything else while naming the parameter", () => {
    expect(parsePage(undefined)).toEqual({ page: 1 });
    expect(parsePage(["7", "9"])).toEqual({ page: 7 });
    expect(parsePage(String(MAX_PAGE))).toEqual({ page: MAX_PAGE });
    for (const [value, page] of [["0", 1], ["-3", 1], ["2.5", 1], ["abc", 1], ["1e3", 1], [String(MAX_PAGE + 1), MAX_PAGE], ["1e300", MAX_PAGE]] as const) {
      expect(parsePage(value)).toEqual({ page, error: "page: must be a whole number from 1 to 10,000" });
    }
  });

  it("answers 400 naming page to a page past the bound (the OFFSET used to reach the database), and serves pages within it", async () => {
    const key = await readKey();
    for (const page of ["10001", "1e300", "99999999999999999999", "0"]) {
      const response = await list(`page=${page}`, key);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: "page: must be a whole number from 1 to 10,000", field: "page" });
    }
    // The search text is bounded too (an ILIKE pattern run against every item).
    const long = await list(`q=${"a".repeat(501)}`, key);
    expect(long.status).toBe(400);
    expect((await long.json()).error).toBe("q: q is limited to 500 characters");
    expect((await list(`q=${"a".repeat(500)}`, key)).status).toBe(200);
    const last = await list(`page=${MAX_PAGE}`, key);
    expect(last.status).toBe(200);
    expect((await last.json()).items).toEqual([]);
  });
});
