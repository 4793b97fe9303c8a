import { storageStatePath } from "./accounts";
import { expect, test } from "./fixtures";

test.use({ storageState: storageStatePath("REVIEWER") });

test.describe("eval-set filters on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("fold behind a switch so the items come first, open when a filter is applied, and work as before", async ({ page }) => {
    await page.goto("/eval-set");
    const filters = page.getByRole("search", { name: "Filter the eval set" });
    const category = filters.getByLabel("Category");
    await expect(category).toBeHidden();
    // The first item is on the first screen, not under ten filter fields.
    const firstItem = page.locator("main a[href^='/eval-set/']").first();
    const box = await firstItem.boundingBox();
    expect(box && box.y + box.height).toBeLessThan(844);

    await filters.getByText("Filters", { exact: true }).click();
    await expect(category).toBeVisible();
    await category.selectOption({ label: "Edge case" });
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/category=EDGE_CASE/);
    // Applied filters stay in view, counted on the switch; the switch itself is not in the query.
    await expect(page.getByRole("search", { name: "Filter the eval set" }).getByLabel("Category")).toBeVisible();
    await expect(filters.getByText("Filters (1 applied)")).toBeVisible();
    expect([...new URL(page.url()).searchParams.keys()].some((key) => key.startsWith("filters-"))).toBe(false);
  });

  test("stay open on a wide screen with no switch", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto("/eval-set");
    const filters = page.getByRole("search", { name: "Filter the eval set" });
    await expect(filters.getByLabel("Category")).toBeVisible();
    await expect(filters.getByText("Filters", { exact: true })).toBeHidden();
  });
});
