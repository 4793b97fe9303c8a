import { storageStatePath } from "./accounts";
import { expect, test } from "./fixtures";

// More problems the walkthrough of the three roles found (walkthrough-fixes.spec.ts has the first ones).
test.use({ storageState: storageStatePath("ADMIN") });

test("the sources page lists the sources first, then the form to add one, each under its own heading", async ({ page }) => {
  await page.goto("/admin/sources");
  const list = page.getByRole("region", { name: "All sources" });
  const create = page.getByRole("region", { name: "New source" });
  await expect(list.getByRole("table", { name: "Sources" }).getByRole("link", { name: "support-assistant" })).toBeVisible();
  await expect(create.getByRole("button", { name: "Create source" })).toBeVisible();
  const [listBox, createBox] = [(await list.boundingBox())!, (await create.boundingBox())!];
  expect(listBox.y + listBox.height, "the list ends before the form starts").toBeLessThanOrEqual(createBox.y);
});
