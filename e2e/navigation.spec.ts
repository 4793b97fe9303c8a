import { expect, test } from "@playwright/test";
import { storageStatePath, type RoleName } from "./accounts";
import { isoWeekOf } from "../lib/batches/iso-week";

const NAV: Record<RoleName, { home: string; links: string[] }> = {
  REVIEWER: { home: "/queue", links: ["Queue", "Eval set", "Guidelines", "Retention"] },
  LEAD: { home: "/dashboard", links: ["Queue", "Eval set", "Guidelines", "Dashboard", "Retention"] },
  ADMIN: { home: "/admin/users", links: ["Queue", "Eval set", "Guidelines", "Dashboard", "Retention", "Admin"] },
};

for (const [role, expected] of Object.entries(NAV) as [RoleName, (typeof NAV)[RoleName]][]) {
  test.describe(`${role} navigation`, () => {
    test.use({ storageState: storageStatePath(role) });

    test(`lands on ${expected.home} and sees exactly its own links`, async ({ page }) => {
      await page.goto("/");
      await expect(page).toHaveURL(new RegExp(`${expected.home}$`));
      const nav = page.getByRole("navigation", { name: "Main" });
      await expect(nav.getByRole("link")).toHaveText(expected.links);
      if (role === "ADMIN") {
        await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link")).toHaveText(["Users", "Sources", "Retention", "Audit log", "Redaction", "Erasure"]);
      }
    });
  });
}

test.describe("queue header", () => {
  test.use({ storageState: storageStatePath("REVIEWER") });

  test("shows this ISO week's batch and its progress", async ({ page }) => {
    await page.goto("/queue");
    const batch = page.getByRole("region", { name: "Current batch" });
    await expect(batch).toContainText(`This week's batch ${isoWeekOf(new Date()).label}`);
    await expect(batch.getByRole("progressbar", { name: "Batch progress" })).toBeVisible();
  });
});
