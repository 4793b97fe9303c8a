import type { Locator, Page } from "@playwright/test";
import { storageStatePath } from "./accounts";
import { expect, test } from "./fixtures";

test.use({ storageState: storageStatePath("LEAD") });

const toast = (page: Page) => page.getByRole("status", { name: "Notifications" });

/** The control is marked invalid and its error is what it points to. */
async function expectInvalid(page: Page, control: Locator, message: string | RegExp) {
  await expect(control).toHaveAttribute("aria-invalid", "true");
  const ids = (await control.getAttribute("aria-describedby"))!.split(" ");
  await expect(page.locator(`[id="${ids[0]}"]`)).toHaveText(message);
}

test("eval item: a failed save keeps what was typed, an unchanged label can't be saved, history diffs versions, a retired item can be restored", async ({ page }) => {
  await page.goto("/eval-set");
  const table = page.getByRole("table", { name: "Eval items" });
  await expect(table.getByRole("columnheader", { name: "Question" })).toBeVisible();
  await table.getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: /^Eval item · version \d+$/ })).toBeVisible();
  const version = Number((await page.getByRole("heading", { level: 1 }).textContent())!.match(/version (\d+)/)![1]);

  const editor = page.getByRole("form", { name: "Edit label" });
  const save = editor.getByRole("button", { name: "Save new version" });
  await expect(save).toBeDisabled();
  const original = await editor.getByLabel("Expected output").inputValue();
  await editor.getByLabel("Expected output").fill("   ");
  await editor.getByLabel("Tags").fill("kept, tags");
  await editor.getByRole("radio", { name: "Drift" }).check();
  await save.click();
  await expectInvalid(page, editor.getByLabel("Expected output"), "Write the expected output");
  await expect(editor.getByLabel("Expected output")).toBeFocused();
  await expect(editor.getByLabel("Tags")).toHaveValue("kept, tags");
  await expect(editor.getByRole("radio", { name: "Drift" })).toBeChecked();
  await expect(editor.getByText("Please correct the highlighted fields.")).toBeVisible();

  await editor.getByLabel("Expected output").fill(`${original} Then confirm by email.`);
  await save.click();
  await expect(page.getByRole("heading", { name: `Eval item · version ${version + 1}` })).toBeVisible();
  await expect(toast(page)).toContainText(`Saved as version ${version + 1}.`);
  const changes = page.getByRole("region", { name: `Changes from version ${version} to ${version + 1}` });
  await expect(changes.locator("ins")).toContainText("Then confirm by email.");
  await expect(changes).toContainText("Tags: +kept, +tags");

  // Retiring asks for a reason in a dialog that stays open until it succeeds.
  await page.getByRole("button", { name: "Retire item" }).click();
  const retire = page.getByRole("dialog", { name: `Retire version ${version + 1} of this item?` });
  await expect(retire).toContainText("It leaves the current eval set and every export from now on.");
  await retire.getByRole("button", { name: "Retire item" }).click();
  await expectInvalid(page, retire.getByLabel("Reason for retiring"), /at least 3 characters/);
  await retire.getByLabel("Reason for retiring").fill("Superseded by the new policy");
  await retire.getByRole("button", { name: "Retire item" }).click();
  await expect(page.getByRole("heading", { name: /\(retired\)$/ })).toBeVisible();

  await page.getByRole("button", { name: "Restore item" }).click();
  await page.getByRole("dialog", { name: "Restore this item?" }).getByRole("button", { name: "Restore item" }).click();
  await expect(page.getByRole("heading", { name: `Eval item · version ${version + 2}` })).toBeVisible();
  await expect(page.getByRole("region", { name: "History" })).toContainText("Retired: Superseded by the new policy");

  await page.getByRole("region", { name: "History" }).getByRole("link", { name: new RegExp(`^Version ${version} · `) }).click();
  await expect(page.getByText(`You are looking at version ${version} of ${version + 2}`)).toBeVisible();
  await expect(page.getByRole("form", { name: "Edit label" })).toHaveCount(0);
});

test("a bad eval-set filter is marked on its field and lists nothing; no match offers Clear filters", async ({ page }) => {
  await page.goto("/eval-set?from=2026-12-10&to=2026-12-01");
  const filters = page.getByRole("search", { name: "Filter the eval set" });
  await expectInvalid(page, filters.getByLabel("Labelled to"), "“Labelled to” is before “Labelled from”.");
  await expect(filters.getByLabel("Labelled from")).toHaveValue("2026-12-10");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("This filter can't be applied");
  await expect(page.getByRole("table", { name: "Eval items" })).toHaveCount(0);

  await page.goto("/eval-set?category=NOPE");
  await expectInvalid(page, page.getByLabel("Category"), "That category doesn't exist; choose one from the list.");

  await page.goto("/eval-set?q=no-item-says-this-xyzzy");
  await expect(page.getByRole("heading", { name: "No eval items match these filters" })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Clear filters" }).last().click();
  await expect(page).toHaveURL(/\/eval-set$/);
});

test("dashboard: a range that ends before it starts is marked, not rewritten; the target form loads a source's band and keeps typed values", async ({ page }) => {
  await page.goto("/dashboard?from=2026-03-01&to=2026-01-05");
  const filters = page.getByRole("form", { name: "Dashboard filters" });
  await expectInvalid(page, filters.getByLabel("From"), "“From” is after “To”.");
  await expect(filters.getByLabel("From")).toHaveValue("2026-03-01");
  await expect(filters.getByLabel("To")).toHaveValue("2026-01-05");
  await expect(page.getByRole("heading", { name: "Funnel" })).toHaveCount(0);

  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Reviewer throughput" })).toBeVisible();
  // Round ticks on the count axis of "Accepted per week".
  const ticks = await page.getByRole("region", { name: "Accepted per week" }).locator(".recharts-yAxis .recharts-cartesian-axis-tick-value").allTextContents();
  for (const tick of ticks) expect(Number(tick) % 5, `tick ${tick}`).toBe(0);

  const form = page.getByRole("form", { name: "Weekly target" });
  await form.getByLabel("Minimum per week").fill("40");
  await form.getByLabel("Maximum per week").fill("20");
  await form.getByRole("button", { name: "Save target" }).click();
  await expectInvalid(page, form.getByLabel("Maximum per week"), "The maximum must be at least the minimum.");
  await expect(form.getByLabel("Maximum per week")).toBeFocused();
  await expect(form.getByLabel("Minimum per week")).toHaveValue("40");

  await form.getByLabel("Applies to").selectOption({ label: "support-assistant" });
  await expect(form.getByLabel("Minimum per week")).toHaveValue("");
  await expect(form.getByText(/has no band of its own/)).toBeVisible();
  await form.getByLabel("Minimum per week").fill("4");
  await form.getByLabel("Maximum per week").fill("9");
  await form.getByRole("button", { name: "Save target" }).click();
  await expect(toast(page)).toContainText("Target for support-assistant: 4-9 per week.");
  await page.reload();
  await form.getByLabel("Applies to").selectOption({ label: "support-assistant" });
  await expect(form.getByLabel("Minimum per week")).toHaveValue("4");
  await expect(form.getByLabel("Maximum per week")).toHaveValue("9");
  // Put the source back on the overall band for the specs after this one.
  await form.getByLabel("Minimum per week").fill("");
  await form.getByLabel("Maximum per week").fill("");
  await form.getByRole("button", { name: "Save target" }).click();
  await expect(toast(page)).toContainText("support-assistant now uses the overall band.");
});

test("closing a week asks first and says how many pending cases move where", async ({ page }) => {
  await page.goto("/dashboard");
  const cadence = page.getByRole("region", { name: /^Current batch/ });
  await expect(cadence).toContainText("Start review tells reviewers");
  await cadence.getByRole("button", { name: /^Close week / }).first().click();
  const dialog = page.getByRole("dialog", { name: /^Close \d{4}-W\d{2}\?$/ });
  await expect(dialog).toContainText(/(\d+ pending cases? moves? to \d{4}-W\d{2}'s batch|No case is pending)/);
  await expect(dialog).toContainText("can't be reopened");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  // Past weeks are closed (the demo history); the current one must still be open.
  await expect(cadence.getByRole("heading", { name: /^Current batch/ })).toContainText("(open)");
});
