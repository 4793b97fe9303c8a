import { expect, type Page } from "@playwright/test";

/** Signs in through the login form, as a person would. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function expectSignedInAs(page: Page, name: string) {
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page.getByRole("banner").getByText(name)).toBeVisible();
}

/** The login form's error line (Next's route announcer is an alert too, so scope to the form). */
export function loginError(page: Page) {
  return page.getByRole("form", { name: "Sign in" }).getByRole("alert");
}
