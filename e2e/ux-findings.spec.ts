import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { storageStatePath } from "./accounts";

// The walkthrough's findings on the lead's and admin's pages: the app's own validation
// (no browser bubble), Save beside its field, cards, audit names and links, admin tabs on a
// phone, and a bad filter answered inline.

/** The field is marked by the app: invalid, focused, and described by the server's message. */
async function expectMarked(page: Page, control: Locator, message: string | RegExp) {
  await expect(control).toHaveAttribute("aria-invalid", "true");
  await expect(control).toBeFocused();
  const describedBy = (await control.getAttribute("aria-describedby"))!.split(" ");
  const descriptions = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).textContent()));
  expect(descriptions.join(" ")).toMatch(message);
}

test.describe("as a lead", () => {
  test.use({ storageState: storageStatePath("LEAD") });

  test("the 'away after' hours are checked by the app, with Save right beside the field", async ({ page }) => {
    await page.goto("/queue/assignments");
    const form = page.getByRole("form", { name: "Away after" });
    const hours = form.getByRole("spinbutton", { name: "Hours" });
    const save = form.getByRole("button", { name: "Save" });
    const [field, button] = [(await hours.boundingBox())!, (await save.boundingBox())!];
    expect(button.x - (field.x + field.width), "gap between the hours and Save").toBeLessThanOrEqual(16);
    expect(Math.abs(button.y + button.height / 2 - (field.y + field.height / 2)), "Save level with the hours").toBeLessThanOrEqual(4);

    // Out of range: the server's message under the field, not the browser's bubble.
    await hours.fill("0");
    await save.click();
    await expectMarked(page, hours, "At least 1 hour");
    await expect(hours).toHaveValue("0");
    await hours.fill("36");
    await save.click();
    await expect(page.getByRole("status", { name: "Notifications" })).toContainText("after 36 hours without a claim");
    await expect(hours).not.toHaveAttribute("aria-invalid", "true");
    // Back to the default, for the specs that follow.
    await hours.fill("24");
    await save.click();
    await expect(page.getByRole("status", { name: "Notifications" })).toContainText("after 24 hours without a claim");
  });

  test("an out-of-range share on the assign form gets the app's message, not the browser's", async ({ page }) => {
    await page.goto("/queue/assignments");
    const form = page.getByRole("form", { name: "Assign cases" });
    await form.getByRole("combobox", { name: "Assign" }).selectOption("share");
    const share = form.getByRole("spinbutton", { name: "Share (%)" });
    await share.fill("150");
    await form.getByRole("button", { name: "Assign" }).click();
    await expectMarked(page, share, "At most 100%");
    await expect(share).toHaveValue("150");
  });

  test("a bad week on the disagreements page is answered inline, with a way to pick another", async ({ page }) => {
    const response = await page.goto("/dashboard/disagreements?week=bogus");
    expect(response!.status()).toBe(200);
    await expect(page.getByRole("main").getByRole("alert")).toContainText("can't be applied");
    const week = page.getByRole("form", { name: "Week" }).getByLabel("ISO week");
    await expect(week).toHaveAttribute("aria-invalid", "true");
    await expect(week).toHaveValue("bogus");
    await week.fill("2026-W01");
    await page.getByRole("form", { name: "Week" }).getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/week=2026-W01/);
    await expect(page.getByRole("heading", { name: "Disagreements in 2026-W01", level: 1 })).toBeVisible();
    await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: storageStatePath("ADMIN") });

  test("the create-source form marks blank fields itself, in the app's style", async ({ page }) => {
    await page.goto("/admin/sources");
    const form = page.getByRole("form", { name: "Create source" });
    await form.getByLabel("Retention days").fill("30");
    await form.getByRole("button", { name: "Create source" }).click();
    await expectMarked(page, form.getByLabel("Name"), "Enter a name.");
    await expect(form.getByLabel("Retention policy")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByLabel("Retention days")).toHaveValue("30");
  });

  test("the source page's second review sits in a card like its sibling sections", async ({ page }) => {
    await page.goto("/admin/sources");
    await page.getByRole("link", { name: "support-assistant" }).first().click();
    const form = page.getByRole("region", { name: "Second review" }).getByRole("form", { name: "Second review" });
    const card = await form.evaluate((element) => {
      const style = getComputedStyle(element.parentElement!);
      return { border: style.borderTopWidth, background: style.backgroundColor };
    });
    expect(card).toEqual({ border: "1px", background: "rgb(255, 255, 255)" });
  });

  test("audit rows name people by name and link an accepted case to its eval item", async ({ page }) => {
    await page.goto("/admin/audit?action=case.accepted");
    const row = page.getByRole("table", { name: "Audit log entries" }).getByRole("row").nth(1);
    await expect(row.getByRole("cell").nth(1)).toContainText(/^(Sam Second|Kai Keller|Riley Reviewer|Lee Lead)/);
    await expect(row.getByRole("link", { name: /^case [0-9a-f]{8}$/ })).toHaveAttribute("href", /^\/eval-set\/[0-9a-f-]{36}$/);
    // The Actor filter finds a person by name too.
    await page.goto("/admin/audit?actor=Lee%20Lead");
    await expect(page.getByRole("table", { name: "Audit log entries" }).getByRole("row").nth(1)).toContainText("lead@evalmine.local");
  });

  test("at 390px every admin tab is on screen: they wrap instead of scrolling out of sight", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/admin/users");
    const nav = page.getByRole("navigation", { name: "Admin" });
    const links = nav.getByRole("link");
    await expect(links).toHaveCount(6);
    for (const link of await links.all()) {
      const [box, name] = [(await link.boundingBox())!, (await link.textContent()) ?? ""];
      expect(box.x, name).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, name).toBeLessThanOrEqual(390);
    }
    expect(await nav.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
  });
});
