import { account, storageStatePath } from "./accounts";
import { expect, test } from "./fixtures";

test.use({ storageState: storageStatePath("REVIEWER") });

test("a session that ends mid-case keeps the draft: the decision answers 'sign in again', and after signing in the label is back", async ({ page, context }) => {
  await page.goto("/queue");
  const heading = page.getByRole("article", { name: "Case" }).getByRole("heading", { name: /^Case / });
  const caseName = (await heading.textContent())!;
  await page.getByRole("textbox", { name: "Expected output" }).fill("Apologise and refund the second charge.");
  await page.getByRole("radio", { name: /Adversarial/ }).check();
  await page.getByRole("textbox", { name: "Tags" }).fill("billing");

  // The session ends (cookie expired or cleared) while the reviewer is writing.
  await context.clearCookies();
  await page.getByRole("button", { name: "Accept", exact: true }).click();
  const form = page.getByRole("form", { name: "Decision" });
  await expect(form.getByRole("alert")).toContainText("Your session has ended.");
  await expect(page.getByText("This page couldn’t load")).toHaveCount(0);
  await expect(page.getByRole("textbox", { name: "Expected output" })).toHaveValue("Apologise and refund the second charge.");

  await form.getByRole("link", { name: "Sign in again" }).click();
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fqueue$/);
  const { email, password } = account("REVIEWER");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).toHaveURL(/\/queue$/);
  await expect(heading).toHaveText(caseName);
  await expect(page.getByText("Restored your unsaved draft of this case.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Expected output" })).toHaveValue("Apologise and refund the second charge.");
  await expect(page.getByRole("radio", { name: /Adversarial/ })).toBeChecked();
  await expect(page.getByRole("textbox", { name: "Tags" })).toHaveValue("billing");

  // Deciding clears the draft: the case is gone from the tab's storage.
  await page.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(heading).not.toHaveText(caseName);
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith("evalmine:case-draft:")))).toEqual([]);
});
