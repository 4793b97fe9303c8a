import { storageStatePath } from "./accounts";
import { expect, test } from "./fixtures";

// Problems a walkthrough of the three roles found on pages the layout checks do not visit
// (they are reached from links, not from the navigation).
test.use({ storageState: storageStatePath("LEAD") });

test("the add-cases page fits a 360px screen: the import card does not push the page sideways", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/cases/new");
  const importForm = page.getByRole("form", { name: "Import cases" });
  await expect(importForm.getByLabel("JSONL or CSV file")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `/cases/new at 360px is ${overflow}px too wide`).toBeLessThanOrEqual(0);
  for (const form of [importForm, page.getByRole("form", { name: "Add a case" })]) {
    const box = (await form.boundingBox())!;
    expect(box.x + box.width, "the card ends inside the screen").toBeLessThanOrEqual(360);
  }
});

test("the funnel's bar labels write counts with thousands separators, as its numbers table counts them", async ({ page }) => {
  await page.goto("/dashboard");
  const funnel = page.getByRole("region", { name: "Funnel" });
  await funnel.getByText("Show numbers").click();
  const sampledCell = funnel.getByRole("table").getByRole("row", { name: /^Sampled/ }).getByRole("cell").last();
  const sampledText = (await sampledCell.textContent())!;
  const sampled = Number(sampledText.replace(/,/g, ""));
  // The demo history samples well over a thousand records, so a separator is due, in the table too.
  expect(sampled).toBeGreaterThanOrEqual(1000);
  expect(sampledText).toBe(sampled.toLocaleString("en"));
  const chart = funnel.getByRole("img", { name: /^Funnel/ });
  await expect(chart.locator(".recharts-label-list")).toContainText(sampled.toLocaleString("en"));
  for (const tick of await chart.locator(".recharts-xAxis .recharts-cartesian-axis-tick-value").allTextContents()) {
    expect(tick, "an axis tick of 1,000 or more has its separator").not.toMatch(/^\d{4,}$/);
  }
});

test("a closed week in the dashboard's week list says 'closed' once", async ({ page }) => {
  await page.goto("/dashboard");
  const weeks = page.getByRole("heading", { name: "Weeks", level: 3 }).locator("xpath=..").getByRole("listitem");
  const closed = weeks.filter({ hasText: "(closed)" }).first();
  await expect(closed).toBeVisible();
  await expect(closed).toHaveText(/^\d{4}-W\d{2} \(closed\)$/);
});

test("representativeness: the category chart's legend says production is sampled records, as its description does", async ({ page }) => {
  await page.goto("/dashboard");
  const widget = page.getByRole("region", { name: "Representativeness" });
  await expect(widget.getByText(/Categories: every sampled record of the period/)).toBeVisible();
  await expect(widget.getByRole("img", { name: "Category mix: production vs eval set" }).locator(".recharts-legend-wrapper")).toContainText("Production (sampled)");
  await expect(widget.getByRole("img", { name: "Mining-reason mix: production vs eval set" }).locator(".recharts-legend-wrapper")).toContainText("Production (mined)");
});

test.describe("admin", () => {
  test.use({ storageState: storageStatePath("ADMIN") });

  test("source health: the 24-hour table's heading sits above its column headers, not on them", async ({ page }) => {
    await page.goto("/admin/sources");
    await page.getByRole("link", { name: "support-assistant" }).click();
    const heading = page.getByRole("heading", { name: /^Last \d+ hours, by format and convention$/ });
    const header = page.getByRole("table", { name: /^Records in the last \d+ hours$/ }).getByRole("row").first();
    const [h, t] = [(await heading.boundingBox())!, (await header.boundingBox())!];
    expect(h.y + h.height, "the heading ends before the header row starts").toBeLessThanOrEqual(t.y);
  });
});
