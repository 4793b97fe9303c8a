import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures";
import { storageStatePath } from "./accounts";

test.describe("lead dashboard", () => {
  test.use({ storageState: storageStatePath("LEAD") });

  test("a lead sees every widget, keeps filters in the URL and downloads a chart's CSV", async ({ page }) => {
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
    for (const title of ["Eval-set size", "Accepted per week", "Funnel", "Backlog", "Reviewer throughput", "Representativeness"]) {
      await expect(page.getByRole("heading", { name: title, level: 2 })).toBeVisible();
    }
    await expect(page.getByRole("heading", { name: /^Current batch: \d{4}-W\d{2}/ })).toBeVisible();
    await expect(page.getByText(/Target band 10-30 \(overall\)/)).toBeVisible();

    const filters = page.getByRole("form", { name: "Dashboard filters" });
    await filters.getByLabel("From").fill("2026-01-05");
    await filters.getByLabel("To").fill("2026-03-01");
    await filters.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/from=2026-01-05/);
    await expect(page).toHaveURL(/to=2026-03-01/);

    const funnel = page.getByRole("region", { name: "Funnel" });
    const downloadPromise = page.waitForEvent("download");
    await funnel.getByRole("link", { name: /Download CSV/ }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe("evalmine-funnel-2026-01-05-to-2026-03-01.csv");
    const csv = await readFile(await download.path(), "utf8");
    expect(csv.split("\r\n")).toEqual(["stage,count", "sampled,0", "mined,0", "cases,0", "triaged,0", "accepted,0", "discarded,0", ""]);

    await funnel.getByText("Show numbers").click();
    await expect(funnel.getByRole("table", { name: "Funnel" })).toContainText("Sampled");
  });

  test("a lead sets the overall weekly target band and the chart uses it", async ({ page }) => {
    await page.goto("/dashboard");
    const form = page.getByRole("form", { name: "Weekly target" });
    await form.getByLabel("Minimum per week").fill("12");
    await form.getByLabel("Maximum per week").fill("25");
    await form.getByRole("button", { name: "Save target" }).click();
    await expect(page.getByRole("status", { name: "Notifications" })).toContainText("Target for overall: 12-25 per week.");
    await page.reload();
    await expect(page.getByText(/Target band 12-25 \(overall\)/)).toBeVisible();
  });
});
