import { expect, test } from "./fixtures";
import { storageStatePath } from "./accounts";
import { seriousViolations } from "./axe";


test.describe("eval set as a lead", () => {
  test.use({ storageState: storageStatePath("LEAD") });

  test("filters and download buttons for every format; no serious accessibility violations", async ({ page }) => {
    await page.goto("/eval-set");
    await expect(page.getByRole("heading", { name: "Eval set" })).toBeVisible();
    for (const label of ["JSONL", "CSV", "promptfoo tests", "OpenAI evals"]) await expect(page.getByRole("link", { name: `Download ${label}` })).toBeVisible();
    await page.getByLabel("Category").selectOption("DRIFT");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/category=DRIFT/);
    await expect(page.getByRole("link", { name: "Download CSV" })).toHaveAttribute("href", /format=csv&.*category=DRIFT/);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("an export with a bad format or filter answers 400 naming the field", async ({ page }) => {
    const bad = await page.request.get("/api/v1/eval-set/export?format=xml");
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({ field: "format" });
    const badDate = await page.request.get("/api/v1/eval-set/export?format=csv&asOf=yesterday");
    expect(badDate.status()).toBe(400);
    expect((await badDate.json()).error).toMatch(/^asOf/);
    const csv = await page.request.get("/api/v1/eval-set/export?format=csv");
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect((await csv.text()).split("\r\n")[0]).toMatch(/^item_id,version,category/);
  });
});

test("without a session or API key the export answers 401", async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const response = await context.request.get("/api/v1/eval-set/export?format=jsonl");
  expect(response.status()).toBe(401);
  await context.close();
});
