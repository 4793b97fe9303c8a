import type { Locator, Page } from "@playwright/test";
import { account, storageStatePath } from "./accounts";
import { insertHeldLongCase } from "./db";
import { expect, test } from "./fixtures";

// Runs after triage.spec.ts (file order), on the demo cases it left pending.
test.use({ storageState: storageStatePath("REVIEWER") });

const caseHeading = (page: Page) => page.getByRole("article", { name: "Case" }).getByRole("heading", { name: /^Case / });
const toast = (page: Page) => page.getByRole("status", { name: "Notifications" });

/** The element's box lies inside the viewport (nothing to scroll to reach it). */
async function expectInViewport(page: Page, target: Locator) {
  const box = await target.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, "on screen").not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
}

test("on a long case the decision buttons stay on screen at 1440x900; after a decision the next case opens at the top with the focus on its heading and a toast", async ({ page }) => {
  const longCase = await insertHeldLongCase(account("REVIEWER").email);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/queue");
  await expect(caseHeading(page)).toContainText(longCase.slice(0, 8));
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(3 * 900);

  // The user's feedback and the mining reason read as a callout, not JSON.
  const why = page.getByRole("region", { name: "Why this case was mined" });
  await expect(why).toContainText("Negative feedback");
  await expect(why).toContainText("The user rated the answer thumbs down (−1).");
  await expect(why).toContainText("“Not delivered, and the bot keeps saying it was.”");
  await expect(page.getByRole("region", { name: "About this case" })).toContainText("Latency2,140 ms");
  await expect(page.getByRole("region", { name: "About this case" })).not.toContainText("{");

  for (const name of ["Accept", "Discard", "Skip"]) await expectInViewport(page, page.getByRole("button", { name, exact: true }));
  await page.getByRole("heading", { name: "Production output" }).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  for (const name of ["Accept", "Discard", "Skip"]) await expectInViewport(page, page.getByRole("button", { name, exact: true }));

  await page.getByRole("textbox", { name: "Expected output" }).fill("Open a delivery investigation and offer a replacement.");
  await page.getByRole("radio", { name: /Edge case/ }).check();
  await page.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(caseHeading(page)).not.toContainText(longCase.slice(0, 8));
  await expect(toast(page)).toContainText("Accepted into the eval set.");
  await expect(caseHeading(page)).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test("a failed decision keeps every field and marks the one to fix; a discard as Other without a note keeps the dialog and the reason", async ({ page }) => {
  await page.goto("/queue");
  const form = page.getByRole("form", { name: "Decision" });
  const expected = form.getByRole("textbox", { name: "Expected output" });
  await expected.fill("");
  await form.getByRole("radio", { name: /Drift/ }).check();
  await form.getByRole("textbox", { name: "Tags" }).fill("refund, eu");
  await form.getByRole("textbox", { name: "Notes" }).fill("Check the carrier first.");
  await form.getByRole("button", { name: "Accept", exact: true }).click();

  await expect(expected).toHaveAttribute("aria-invalid", "true");
  await expect(expected).toBeFocused();
  const describedBy = (await expected.getAttribute("aria-describedby"))!;
  await expect(page.locator(`[id="${describedBy.split(" ")[0]}"]`)).toHaveText("An eval item needs an expected output.");
  await expect(form.getByRole("radio", { name: /Drift/ })).toBeChecked();
  await expect(form.getByRole("textbox", { name: "Tags" })).toHaveValue("refund, eu");
  await expect(form.getByRole("textbox", { name: "Notes" })).toHaveValue("Check the carrier first.");

  const before = (await caseHeading(page).textContent())!;
  await form.getByRole("button", { name: "Discard", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Discard this case" });
  await dialog.getByRole("radio", { name: "Other" }).check();
  await dialog.getByRole("button", { name: "Discard case" }).click();
  await expect(dialog.getByText("Say why you discard it when the reason is “Other”.")).toBeVisible();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("radio", { name: "Other" })).toBeChecked();
  await expect(dialog.getByRole("textbox", { name: /Note/ })).toBeFocused();
  await dialog.getByRole("textbox", { name: /Note/ }).fill("Test traffic from the load generator.");
  await dialog.getByRole("button", { name: "Discard case" }).click();
  await expect(dialog).toBeHidden();
  await expect(toast(page)).toContainText("Discarded.");
  await expect(caseHeading(page)).not.toHaveText(before);
  await expect(page.getByRole("complementary").filter({ hasText: "Recently triaged" })).toContainText("Discarded · Other");
});

test("a skip can be undone from its toast, and the case comes back with its draft", async ({ page }) => {
  await page.goto("/queue");
  const skipped = (await caseHeading(page).textContent())!;
  await page.getByRole("textbox", { name: "Notes" }).fill("Half-written note.");
  await page.getByRole("button", { name: "Skip", exact: true }).click();
  await expect(toast(page)).toContainText("Skipped.");
  // The next case, or the empty queue when this was the last one the reviewer hadn't skipped.
  await expect(caseHeading(page).or(page.getByRole("heading", { name: "No cases waiting" }))).not.toHaveText(skipped);
  await toast(page).getByRole("button", { name: "Undo" }).click();
  await expect(caseHeading(page)).toHaveText(skipped);
  await expect(toast(page)).toContainText("Skip undone: the case is back.");
  await expect(page.getByRole("textbox", { name: "Notes" })).toHaveValue("Half-written note.");
  await expect(page.getByText("Restored your unsaved draft of this case.")).toBeVisible();
  await expect(caseHeading(page)).toBeFocused();
});

test("when only skipped cases are left, the empty queue offers them again", async ({ page }) => {
  await page.goto("/queue");
  const empty = page.getByRole("heading", { name: "No cases waiting" });
  // Skip with the keyboard until the queue runs dry (the demo data has a dozen cases).
  for (let i = 0; i < 30 && !(await empty.isVisible()); i++) {
    const current = (await caseHeading(page).textContent())!;
    await page.keyboard.press("Escape");
    await page.locator("body").press("s");
    await expect(caseHeading(page).or(empty)).not.toHaveText(current);
  }
  await expect(empty).toBeVisible();
  await expect(page.getByText(/you skipped \d+ cases? today that (is|are) still pending/)).toBeVisible();
  await page.getByRole("button", { name: /^Show the \d+ cases? I skipped$/ }).click();
  await expect(caseHeading(page)).toBeVisible();
  await expect(toast(page)).toContainText("back in your queue");
});
