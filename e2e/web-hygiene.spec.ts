import { expect, test, type Page } from "@playwright/test";
import { storageStatePath, type RoleName } from "./accounts";

/** Collects Content-Security-Policy violations (the event, and Chromium's console report) from the first byte of every page. */
async function watchViolations(page: Page): Promise<string[]> {
  const found: string[] = [];
  await page.exposeFunction("__reportCspViolation", (text: string) => found.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} on ${location.pathname}`);
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) found.push(message.text());
  });
  return found;
}

/** Opens a page under its policy and waits until React has hydrated it (Next's runtime announces itself on window). */
async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(500);
  expect(response?.headers()["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  await page.waitForFunction(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version), undefined, { timeout: 15_000 });
}

/** The hrefs of the current page's links, in order. */
async function linksOn(page: Page, scope = "a[href]"): Promise<string[]> {
  return await page.locator(scope).evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
}

/** Detail pages reached from a list: a source, an eval item, a decision to revise. */
const DETAIL_PAGES = [/^\/admin\/sources\/[0-9a-f-]{36}$/, /^\/eval-set\/[0-9a-f-]{36}/, /^\/queue\/[0-9a-f-]{36}$/];

/** Pages beyond the navigation: a 404, and a filtered dashboard. */
const EXTRA_PAGES: Record<RoleName, string[]> = {
  REVIEWER: ["/no-such-page"],
  LEAD: ["/dashboard?from=2026-01-05&to=2026-03-01"],
  ADMIN: [],
};

test.describe("Content-Security-Policy", () => {
  test("the sign-in page runs under the policy with no violations", async ({ page }) => {
    const violations = await watchViolations(page);
    await visit(page, "/login");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    expect(violations).toEqual([]);
  });

  for (const role of Object.keys(EXTRA_PAGES) as RoleName[]) {
    test.describe(role, () => {
      test.use({ storageState: storageStatePath(role) });

      test(`every ${role.toLowerCase()} page runs under the policy with no violations`, async ({ page, baseURL }) => {
        if (role === "REVIEWER") {
          // A decision of one's own, so the eval item page and the revise page exist.
          const headers = { "content-type": "application/json", origin: baseURL! };
          const claim = await page.request.post("/api/v1/cases/claim", { headers });
          expect(claim.status()).toBe(200);
          const { case: held } = await claim.json();
          const accepted = await page.request.post(`/api/v1/cases/${held.id}/accept`, { headers, data: { expectedOutput: "Checked under the policy.", category: "HAPPY_PATH" } });
          expect(accepted.status()).toBe(200);
        }
        const violations = await watchViolations(page);
        // Every page the role's navigation (and the admin area's tabs) leads to, then what those pages link to.
        await visit(page, "/");
        const paths = [...new Set([...(await linksOn(page, "nav a[href]")), ...EXTRA_PAGES[role]])].filter((href) => href.startsWith("/"));
        for (let i = 0; i < paths.length; i++) {
          await visit(page, paths[i]);
          for (const href of [...(await linksOn(page, "nav a[href]")), ...(await linksOn(page))]) {
            const wanted = href.startsWith("/admin/") ? !href.includes("?") : DETAIL_PAGES.some((pattern) => pattern.test(href));
            if (wanted && !paths.includes(href) && !DETAIL_PAGES.some((pattern) => pattern.test(href) && paths.some((p) => pattern.test(p)))) paths.push(href);
          }
        }
        if (role === "ADMIN") expect(paths).toEqual(expect.arrayContaining(["/admin/users", "/admin/sources", "/admin/audit", expect.stringMatching(/^\/admin\/sources\/./)]));
        if (role === "REVIEWER") expect(paths).toEqual(expect.arrayContaining([expect.stringMatching(/^\/eval-set\/./), expect.stringMatching(/^\/queue\/./)]));
        expect(violations).toEqual([]);
      });
    });
  }

  test("each page gets its own nonce, and inline scripts run only with it", async ({ request }) => {
    const policies = await Promise.all([1, 2].map(async () => (await request.get("/login")).headers()["content-security-policy"]));
    const nonces = policies.map((policy) => /'nonce-([^']+)'/.exec(policy)?.[1]);
    expect(nonces[0]).toBeTruthy();
    expect(nonces[0]).not.toBe(nonces[1]);
    expect(policies[0]).toContain("frame-ancestors 'none'");
    expect(policies[0]).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policies[0]).not.toMatch(/script-src[^;]*'unsafe-eval'/);
  });
});

test.describe("security headers", () => {
  test("on pages, redirects, API answers and static files", async ({ request }) => {
    const login = await request.get("/login");
    const redirect = await request.get("/queue", { maxRedirects: 0 });
    const health = await request.get("/api/health");
    const html = await login.text();
    const script = /<script[^>]+src="([^"]*\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    const asset = await request.get(script!);
    for (const [what, response] of Object.entries({ login, redirect, health, asset })) {
      const headers = response.headers();
      expect(headers["x-content-type-options"], what).toBe("nosniff");
      expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
      expect(headers["x-frame-options"], what).toBe("DENY");
      expect(headers["strict-transport-security"], what).toMatch(/^max-age=\d{8,}/);
      expect(headers["content-security-policy"], what).toContain("frame-ancestors 'none'");
    }
    expect(redirect.status()).toBe(307);
    expect(health.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});

test.describe("cookie-authenticated JSON routes", () => {
  test.use({ storageState: storageStatePath("REVIEWER") });

  test("refuse another site's origin, a non-JSON body and an oversized one", async ({ page, baseURL }) => {
    const json = { "content-type": "application/json" };
    const crossSite = await page.request.post("/api/v1/cases/claim", { headers: { ...json, origin: "https://evil.example" } });
    expect(crossSite.status()).toBe(403);
    const formPost = await page.request.post("/api/v1/cases/claim", { headers: { "content-type": "application/x-www-form-urlencoded", origin: baseURL! }, data: "a=1" });
    expect(formPost.status()).toBe(415);
    const textPost = await page.request.post("/api/v1/cases/claim", { headers: { "content-type": "text/plain" } });
    expect(textPost.status()).toBe(415);

    const claim = await page.request.post("/api/v1/cases/claim", { headers: { ...json, origin: baseURL! } });
    expect([200, 204]).toContain(claim.status());
    const caseId = claim.status() === 200 ? (await claim.json()).case.id : "00000000-0000-4000-8000-000000000000";
    const huge = await page.request.post(`/api/v1/cases/${caseId}/accept`, {
      headers: { ...json, origin: baseURL! },
      data: JSON.stringify({ expectedOutput: "x".repeat(2 * 1024 * 1024), category: "HAPPY_PATH" }),
    });
    expect(huge.status()).toBe(413);
    expect((await huge.json()).error).toMatch(/larger than/);
  });
});

test.describe("dashboard date range", () => {
  test.use({ storageState: storageStatePath("LEAD") });

  test("a range over 3 years is cut on the page with a message, and refused by the CSV API naming the parameter", async ({ page }) => {
    await page.goto("/dashboard?from=1900-01-01&to=2026-11-26");
    await expect(page.getByRole("status").filter({ hasText: "from: the date range may span at most 3 years" })).toBeVisible();
    await expect(page.getByRole("form", { name: "Dashboard filters" }).getByLabel("From")).toHaveValue("2023-11-27");
    const csv = await page.request.get("/api/v1/metrics/funnel?from=1900-01-01&to=2026-11-26");
    expect(csv.status()).toBe(400);
    expect(await csv.json()).toEqual({ error: "from: the date range may span at most 3 years (1,096 days).", field: "from" });
  });
});
