import { expect, test } from "@playwright/test";
import pg from "pg";
import { account } from "./accounts";
import { expectSignedInAs, loginError, signIn } from "./helpers";

test.use({ storageState: { cookies: [], origins: [] } });

test("without JavaScript the form cannot send the password in a URL", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/login");
  const form = page.getByRole("form", { name: "Sign in" });
  await expect(form).toHaveAttribute("method", "post");
  await expect(form.getByRole("button", { name: "Sign in" })).toBeDisabled();
  const { email } = account("REVIEWER");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Password").fill("typed-secret-123");
  await form.getByLabel("Password").press("Enter");
  await page.waitForLoadState();
  expect(page.url()).not.toContain("typed-secret-123");
  expect(page.url()).not.toContain("password");
  await context.close();
});

test("the button comes alive once the form has hydrated", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
});

// As they appear in the query string: a backslash, a tab the browser strips, protocol-relative, a dot segment.
for (const callbackUrl of ["/%5Cevil.example/", "/%09/evil.example/", "//evil.example/", "/.//evil.example/"]) {
  test(`callbackUrl=${callbackUrl} cannot send the user off-site`, async ({ page }) => {
    // Anything off-site would fail to load here; stop it before it leaves, and record where it went.
    const offSite: string[] = [];
    await page.route((url) => url.hostname.endsWith("evil.example"), (route) => {
      offSite.push(route.request().url());
      return route.abort();
    });
    const { email, password, name } = account("REVIEWER");
    await page.goto(`/login?callbackUrl=${callbackUrl}`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expectSignedInAs(page, name);
    expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
    expect(offSite).toEqual([]);
  });
}

test("a same-site callbackUrl is honoured", async ({ page }) => {
  const { email, password, name } = account("REVIEWER");
  await page.goto(`/login?callbackUrl=${encodeURIComponent("/eval-set?category=DRIFT")}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expectSignedInAs(page, name);
  await expect(page).toHaveURL(/\/eval-set\?category=DRIFT$/);
});

test("a forged X-Forwarded-For does not change the address sign-in attempts are counted under", async ({ browser }) => {
  const context = await browser.newContext({
    storageState: { cookies: [], origins: [] },
    extraHTTPHeaders: { "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.9", "x-evalmine-peer": "203.0.113.9" },
  });
  const page = await context.newPage();
  const email = `forger-${Date.now()}@e2e.local`;
  await signIn(page, email, "not-a-real-password");
  await expect(loginError(page)).toHaveText("Email or password is incorrect.");
  await context.close();

  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ ip: string | null }>(`SELECT "ip" FROM "LoginAttempt" WHERE "email" = $1`, [email]);
    expect(rows).toEqual([{ ip: "127.0.0.1" }]);
  } finally {
    await client.end();
  }
});
