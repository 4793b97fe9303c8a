import type { Page } from "@playwright/test";
import { storageStatePath, type RoleName } from "./accounts";
import { EXPECTED_STATUS, expect, test } from "./fixtures";

// The 403 and 404 pages answer with that status, which the browser logs as an error.
test.use({ allowConsole: [EXPECTED_STATUS] });

/** Every page a role reaches: its navigation, the admin tabs, one detail page per list, and a 404. */
async function pagesOf(page: Page): Promise<string[]> {
  await page.setViewportSize({ width: 1440, height: 900 });
  const found = new Set<string>();
  const hrefs = async (selector: string) => (await page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""))).filter((href) => href.startsWith("/"));
  await page.goto("/");
  for (const href of await hrefs("nav[aria-label='Main'] a")) found.add(href);
  if (found.has("/admin")) {
    await page.goto("/admin/users");
    for (const href of await hrefs("nav[aria-label='Admin'] a")) found.add(href);
  }
  for (const [list, detail] of [
    ["/eval-set", /^\/eval-set\/[0-9a-f-]{36}$/],
    ["/admin/sources", /^\/admin\/sources\/[0-9a-f-]{36}$/],
    ["/queue", /^\/queue\/[0-9a-f-]{36}$/],
  ] as const) {
    if (![...found].some((href) => list.startsWith(href))) continue;
    await page.goto(list);
    const first = (await hrefs("main a")).find((href) => detail.test(href));
    if (first) found.add(first);
  }
  found.add("/no-such-page");
  found.delete("/admin");
  return [...found];
}

for (const role of ["REVIEWER", "LEAD", "ADMIN"] as RoleName[]) {
  test.describe(role, () => {
    test.use({ storageState: storageStatePath(role) });

    test(`no ${role.toLowerCase()} page scrolls sideways at 390px or 360px, and each has one main landmark`, async ({ page }) => {
      test.setTimeout(180_000);
      const pages = await pagesOf(page);
      expect(pages.length).toBeGreaterThan(3);
      for (const width of [390, 360]) {
        await page.setViewportSize({ width, height: 844 });
        for (const path of pages) {
          await page.goto(path);
          await page.waitForLoadState("networkidle");
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `${path} at ${width}px is ${overflow}px too wide`).toBeLessThanOrEqual(0);
          await expect(page.locator("main"), `${path}: one <main>`).toHaveCount(1);
        }
      }
    });
  });
}

test.describe("navigation", () => {
  test.use({ storageState: storageStatePath("ADMIN") });

  test("marks the current page, and collapses behind a Menu button on a phone", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto("/admin/audit");
    const main = page.getByRole("navigation", { name: "Main" });
    await expect(main.getByRole("link", { name: "Admin" })).toHaveAttribute("aria-current", "page");
    await expect(main.getByRole("link", { name: "Queue" })).not.toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Audit log" })).toHaveAttribute("aria-current", "page");

    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    const menu = page.getByRole("button", { name: "Menu" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await menu.click();
    await expect(page.getByRole("button", { name: "Close menu" })).toHaveAttribute("aria-expanded", "true");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Eval set" }).click();
    await expect(page).toHaveURL(/\/eval-set$/);
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Menu" })).toBeVisible();
  });

  test("every control shows a focus ring when reached with the keyboard", async ({ page }) => {
    await page.goto("/admin/users");
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      const outline = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        return { tag: element.tagName, style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      if (!outline) continue;
      expect(outline.style, `${outline.tag} #${i}`).not.toBe("none");
      expect(outline.width, `${outline.tag} #${i}`).toBeGreaterThan(0);
    }
  });
});
