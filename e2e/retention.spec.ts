import { expect, test } from "./fixtures";
import { storageStatePath } from "./accounts";

test.describe("retention settings", () => {
  test.use({ storageState: storageStatePath("ADMIN") });

  test("an admin changes a retention period, /retention shows it and the audit log records old and new", async ({ page }) => {
    await page.goto("/admin/retention");
    const form = page.getByRole("form", { name: "Retention for support-assistant" });
    await form.getByLabel("Retention (days)").fill("0");
    await form.getByRole("button", { name: "Save retention" }).click();
    // The browser's own range check stops 0 before it reaches the server.
    await expect(form.getByLabel("Retention (days)")).toHaveJSProperty("validity.valid", false);

    await form.getByLabel("Retention (days)").fill("14");
    await form.getByLabel("Policy").fill("Support conversations are kept 14 days for mining, then deleted.");
    await form.getByRole("button", { name: "Save retention" }).click();
    // A shorter period first says what the next purge deletes.
    await page.getByRole("dialog", { name: "Shorten support-assistant's retention to 14 days?" }).getByRole("button", { name: "Shorten to 14 days" }).click();
    await expect(form.getByRole("status")).toHaveText("Saved support-assistant: 14 days.");

    await page.goto("/retention");
    const row = page.getByRole("row", { name: /support-assistant/ });
    await expect(row).toContainText("14 days");
    await expect(row).toContainText("Support conversations are kept 14 days for mining, then deleted.");
    await expect(page.getByText("Accepted eval items keep their own sanitised (redacted) copy", { exact: false })).toBeVisible();

    await page.goto("/admin/audit");
    const filters = page.getByRole("form", { name: "Audit filters" });
    await filters.getByLabel("Action").selectOption("source.retention_change");
    await filters.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/action=source.retention_change/);
    const entry = page.getByRole("table", { name: "Audit log entries" }).getByRole("row").nth(1);
    await expect(entry).toContainText("admin@evalmine.local");
    await expect(entry).toContainText("Retention: 30 days → 14 days");
    await expect(entry.getByRole("button")).toHaveCount(0);
  });
});

test.describe("retention for everyone", () => {
  test.use({ storageState: storageStatePath("REVIEWER") });

  test("a reviewer reads the retention page", async ({ page }) => {
    await page.goto("/retention");
    await expect(page.getByRole("heading", { name: "Retention", level: 1 })).toBeVisible();
    await expect(page.getByRole("row", { name: /support-assistant/ })).toBeVisible();
    await expect(page.getByText(/Last purge:/)).toBeVisible();
  });
});
