import { expect, test, type APIRequestContext } from "@playwright/test";
import { storageStatePath, type RoleName } from "./accounts";

type Who = RoleName | "ANONYMOUS";

// Every page x role, as the permission map (lib/auth/permissions.ts) says.
// 200 = served, 403 = the friendly forbidden page, "login" = redirected to sign in,
// 307 = redirected inside the app (the admin area opens on its first tab).
const ROUTES: Record<string, Record<Who, 200 | 307 | 403 | "login">> = {
  "/queue": { REVIEWER: 200, LEAD: 200, ADMIN: 200, ANONYMOUS: "login" },
  "/eval-set": { REVIEWER: 200, LEAD: 200, ADMIN: 200, ANONYMOUS: "login" },
  "/dashboard": { REVIEWER: 403, LEAD: 200, ADMIN: 200, ANONYMOUS: "login" },
  "/admin/users": { REVIEWER: 403, LEAD: 403, ADMIN: 200, ANONYMOUS: "login" },
  "/retention": { REVIEWER: 200, LEAD: 200, ADMIN: 200, ANONYMOUS: "login" },
  "/admin": { REVIEWER: 403, LEAD: 403, ADMIN: 307, ANONYMOUS: "login" },
  "/admin/sources": { REVIEWER: 403, LEAD: 403, ADMIN: 200, ANONYMOUS: "login" },
  "/admin/retention": { REVIEWER: 403, LEAD: 403, ADMIN: 200, ANONYMOUS: "login" },
  "/admin/audit": { REVIEWER: 403, LEAD: 403, ADMIN: 200, ANONYMOUS: "login" },
  "/admin/redaction": { REVIEWER: 403, LEAD: 403, ADMIN: 200, ANONYMOUS: "login" },
};

async function statusOf(request: APIRequestContext, path: string): Promise<number | "login"> {
  const response = await request.get(path, { maxRedirects: 0 });
  const status = response.status();
  if (status >= 300 && status < 400 && (response.headers()["location"] ?? "").includes("/login")) return "login";
  return status;
}

for (const who of ["REVIEWER", "LEAD", "ADMIN", "ANONYMOUS"] as Who[]) {
  test.describe(`${who} access`, () => {
    test.use({ storageState: who === "ANONYMOUS" ? { cookies: [], origins: [] } : storageStatePath(who) });

    for (const [path, expected] of Object.entries(ROUTES)) {
      test(`${path} answers ${expected[who]}`, async ({ request }) => {
        expect(await statusOf(request, path)).toBe(expected[who]);
      });
    }
  });
}

test.describe("forbidden page", () => {
  test.use({ storageState: storageStatePath("REVIEWER") });

  test("a direct URL the role may not use shows a friendly 403 page", async ({ page }) => {
    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to your start page" })).toBeVisible();
  });
});
