import { expect, test } from "@playwright/test";
import { account, DISPOSABLE_ACCOUNTS, storageStatePath } from "./accounts";
import { expectSignedInAs, loginError, signIn } from "./helpers";

test("a wrong password and an unknown email get the same message", async ({ page }) => {
  await signIn(page, account("REVIEWER").email, "definitely-wrong");
  await expect(loginError(page)).toHaveText("Email or password is incorrect.");
  await signIn(page, "nobody@nowhere.local", "definitely-wrong");
  await expect(loginError(page)).toHaveText("Email or password is incorrect.");
  await expect(page).toHaveURL(/\/login/);
});

test("sign out ends the session", async ({ page }) => {
  const { email, password, name } = account("LEAD");
  await signIn(page, email, password);
  await expectSignedInAs(page, name);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { name: "Sign in to Evalmine" })).toBeVisible();
});

test("a deactivated user is locked out on their next request", async ({ page, browser }) => {
  const leaver = DISPOSABLE_ACCOUNTS.deactivate;
  await signIn(page, leaver.email, leaver.password);
  await expectSignedInAs(page, leaver.name);

  const admin = await browser.newContext({ storageState: storageStatePath("ADMIN") });
  const adminPage = await admin.newPage();
  await adminPage.goto("/admin/users");
  await adminPage.getByRole("button", { name: `Deactivate ${leaver.email}` }).click();
  await adminPage.getByRole("dialog", { name: `Deactivate ${leaver.name}?` }).getByRole("button", { name: `Deactivate ${leaver.name}` }).click();
  await expect(adminPage.getByRole("status", { name: "Notifications" })).toContainText("User deactivated.");
  await admin.close();

  // Same browser, same (still unexpired) session cookie: the next request is refused.
  await page.goto("/queue");
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, leaver.email, leaver.password);
  await expect(loginError(page)).toHaveText("Email or password is incorrect.");
});

test("a role change applies on the user's next request", async ({ page, browser }) => {
  const user = DISPOSABLE_ACCOUNTS.promote;
  await signIn(page, user.email, user.password);
  await expectSignedInAs(page, user.name);
  expect((await page.goto("/dashboard"))?.status()).toBe(403);

  const admin = await browser.newContext({ storageState: storageStatePath("ADMIN") });
  const adminPage = await admin.newPage();
  await adminPage.goto("/admin/users");
  await adminPage.getByRole("combobox", { name: `Role for ${user.email}` }).selectOption("LEAD");
  await adminPage.getByRole("button", { name: `Save role for ${user.email}` }).click();
  await expect(adminPage.getByRole("status", { name: "Notifications" })).toContainText("Role updated.");
  await admin.close();

  expect((await page.goto("/dashboard"))?.status()).toBe(200);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" })).toBeVisible();
});

test("an admin creates a user who can then sign in", async ({ page, browser }) => {
  const admin = await browser.newContext({ storageState: storageStatePath("ADMIN") });
  const adminPage = await admin.newPage();
  await adminPage.goto("/admin/users");
  const form = adminPage.getByRole("form", { name: "Create user" });
  // A too-short password is refused with a field error, and nothing typed is lost.
  await form.getByLabel("Email").fill("fresh.hire@e2e.local");
  await form.getByLabel("Name").fill("Fresh Hire");
  await form.getByLabel("Initial password").fill("short");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByText("Use at least 12 characters.")).toBeVisible();
  await expect(form.getByLabel("Email")).toHaveValue("fresh.hire@e2e.local");
  await form.getByLabel("Email").fill("fresh.hire@e2e.local");
  await form.getByLabel("Name").fill("Fresh Hire");
  await form.getByLabel("Role").selectOption("REVIEWER");
  await form.getByLabel("Initial password").fill("fresh-hire-password");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByRole("status")).toHaveText("Created fresh.hire@e2e.local.");
  await expect(form.getByLabel("Email")).toHaveValue("");
  await admin.close();

  await signIn(page, "fresh.hire@e2e.local", "fresh-hire-password");
  await expectSignedInAs(page, "Fresh Hire");
});
