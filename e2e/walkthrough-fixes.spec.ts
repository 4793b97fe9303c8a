import { account, storageStatePath } from "./accounts";
import { insertHeldLongCase, sql } from "./db";
import { EXPECTED_STATUS, expect, test } from "./fixtures";

// Problems a walkthrough of the three roles found on pages the layout checks do not visit
// (they are reached from links, not from the navigation).
test.use({ storageState: storageStatePath("LEAD") });

test("the add-cases page fits a 360px screen: the import card does not push the page sideways", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/cases/new");
  const importForm = page.getByRole("form", { name: "Import cases" });
  await expect(importForm.getByLabel("JSONL or CSV file")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `/cases/new at 360px is ${overflow}px too wide`).toBeLessThanOrEqual(0);
  for (const form of [importForm, page.getByRole("form", { name: "Add a case" })]) {
    const box = (await form.boundingBox())!;
    expect(box.x + box.width, "the card ends inside the screen").toBeLessThanOrEqual(360);
  }
});

test("the funnel's bar labels write counts with thousands separators, as its numbers table counts them", async ({ page }) => {
  await page.goto("/dashboard");
  const funnel = page.getByRole("region", { name: "Funnel" });
  await funnel.getByText("Show numbers").click();
  const sampledCell = funnel.getByRole("table").getByRole("row", { name: /^Sampled/ }).getByRole("cell").last();
  const sampledText = (await sampledCell.textContent())!;
  const sampled = Number(sampledText.replace(/,/g, ""));
  // The demo history samples well over a thousand records, so a separator is due, in the table too.
  expect(sampled).toBeGreaterThanOrEqual(1000);
  expect(sampledText).toBe(sampled.toLocaleString("en"));
  const chart = funnel.getByRole("img", { name: /^Funnel/ });
  await expect(chart.locator(".recharts-label-list")).toContainText(sampled.toLocaleString("en"));
  for (const tick of await chart.locator(".recharts-xAxis .recharts-cartesian-axis-tick-value").allTextContents()) {
    expect(tick, "an axis tick of 1,000 or more has its separator").not.toMatch(/^\d{4,}$/);
  }
});

test("a closed week in the dashboard's week list says 'closed' once", async ({ page }) => {
  await page.goto("/dashboard");
  const weeks = page.getByRole("heading", { name: "Weeks", level: 3 }).locator("xpath=..").getByRole("listitem");
  const closed = weeks.filter({ hasText: "(closed)" }).first();
  await expect(closed).toBeVisible();
  await expect(closed).toHaveText(/^\d{4}-W\d{2} \(closed\)$/);
});

test("representativeness: the category chart's legend says production is sampled records, as its description does", async ({ page }) => {
  await page.goto("/dashboard");
  const widget = page.getByRole("region", { name: "Representativeness" });
  await expect(widget.getByText(/Categories: every sampled record of the period/)).toBeVisible();
  await expect(widget.getByRole("img", { name: "Category mix: production vs eval set" }).locator(".recharts-legend-wrapper")).toContainText("Production (sampled)");
  await expect(widget.getByRole("img", { name: "Mining-reason mix: production vs eval set" }).locator(".recharts-legend-wrapper")).toContainText("Production (mined)");
});

test("the weekly target band: a negative count gets the app's message under the field, not the browser's bubble", async ({ page }) => {
  await page.goto("/dashboard");
  const form = page.getByRole("form", { name: "Weekly target" });
  const min = form.getByLabel("Minimum per week");
  await min.fill("-1");
  await form.getByRole("button", { name: "Save target" }).click();
  await expect(form.getByText("At least 0.")).toBeVisible();
  await expect(min).toHaveAttribute("aria-invalid", "true");
  await expect(min).toBeFocused();
  await expect(min).toHaveValue("-1");
});

test("the eval set past its last page shows the last page, not an empty table under 'Page 9999 of 4'", async ({ page }) => {
  await page.goto("/eval-set?page=9999");
  const pages = page.getByRole("navigation", { name: "Pages" });
  const [, current, count] = (await pages.textContent())!.match(/Page (\d+) of (\d+)/)!;
  expect(Number(count)).toBeGreaterThan(1);
  expect(current).toBe(count);
  await expect(pages.getByRole("link", { name: "Next page" })).toHaveCount(0);
  await expect(page.getByRole("table", { name: "Eval items" }).getByRole("link").first()).toBeVisible();
});

test("the add-cases page (reached from the queue) marks Queue as the current page in the navigation", async ({ page }) => {
  await page.goto("/cases/new");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Queue" })).toHaveAttribute("aria-current", "page");
  await expect(nav.locator("[aria-current]")).toHaveCount(1);
});

test("an edited eval item credits the accept to its first reviewer and the new version to its editor", async ({ page }) => {
  await page.goto("/eval-set");
  // An item still at version 1, accepted by Kai: the lead's edit makes version 2.
  await page.getByRole("table", { name: "Eval items" }).getByRole("row").filter({ hasText: "Kai Keller" }).filter({ hasNotText: /version \d/ }).first().getByRole("link").click();
  const provenance = page.getByRole("region", { name: "Provenance" });
  await expect(provenance).toContainText(/Accepted by\s*Kai Keller/);
  const acceptedAt = (await provenance.getByText(/ UTC$/).first().textContent())!;
  await page.getByRole("textbox", { name: "Expected output" }).fill("Check the order, then answer in two sentences.");
  await page.getByRole("button", { name: "Save new version" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Eval item · version 2");
  await expect(provenance).toContainText(/Accepted by\s*Kai Keller/);
  await expect(provenance).toContainText(acceptedAt);
  await expect(provenance).toContainText(/Version 2 by\s*Lee Lead, /);
});

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("sign-in with an empty field names the field instead of 'Email or password is incorrect'", async ({ page }) => {
    await page.goto("/login");
    const form = page.getByRole("form", { name: "Sign in" });
    await form.getByRole("button", { name: "Sign in" }).click();
    await expect(form.getByText("Enter your email.")).toBeVisible();
    await expect(form.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByLabel("Email")).toBeFocused();
    await form.getByLabel("Email").fill("reviewer@evalmine.local");
    await form.getByRole("button", { name: "Sign in" }).click();
    await expect(form.getByText("Enter your password.")).toBeVisible();
    await expect(form.getByText("Enter your email.")).toHaveCount(0);
    await expect(form.getByLabel("Password")).toBeFocused();
    await expect(form.getByText("Email or password is incorrect.")).toHaveCount(0);
  });
});

test.describe("admin", () => {
  test.use({ storageState: storageStatePath("ADMIN") });

  test("source health: the 24-hour table's heading sits above its column headers, not on them", async ({ page }) => {
    await page.goto("/admin/sources");
    await page.getByRole("link", { name: "support-assistant" }).click();
    const heading = page.getByRole("heading", { name: /^Last \d+ hours, by format and convention$/ });
    const header = page.getByRole("table", { name: /^Records in the last \d+ hours$/ }).getByRole("row").first();
    const [h, t] = [(await heading.boundingBox())!, (await header.boundingBox())!];
    expect(h.y + h.height, "the heading ends before the header row starts").toBeLessThanOrEqual(t.y);
  });

  test("retention: cancelling the shorter-period confirmation gives the focus back to Save", async ({ page }) => {
    await page.goto("/admin/retention");
    const form = page.getByRole("form", { name: "Retention for support-assistant" });
    const save = form.getByRole("button", { name: "Save retention" });
    await form.getByLabel("Retention (days)").fill("7");
    await save.click();
    const dialog = page.getByRole("dialog", { name: "Shorten support-assistant's retention to 7 days?" });
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(save).toBeFocused();
    await save.press("Enter");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await expect(save).toBeFocused();
    await expect(form.getByLabel("Retention (days)")).toHaveValue("7");
  });

  test("an admin's own row offers no Deactivate (the server refuses it) and says why", async ({ page }) => {
    await page.goto("/admin/users");
    const own = page.getByRole("row", { name: /admin@evalmine\.local/ });
    await expect(own.getByText("This is you: another admin can deactivate your account.")).toBeVisible();
    await expect(own.getByRole("button", { name: /Deactivate/ })).toHaveCount(0);
    await expect(page.getByRole("row", { name: /kai@evalmine\.local/ }).getByRole("button", { name: "Deactivate kai@evalmine.local" })).toBeVisible();
  });

  test("retention: a period out of range gets the app's message under the field, not the browser's bubble", async ({ page }) => {
    await page.goto("/admin/retention");
    const form = page.getByRole("form", { name: "Retention for support-assistant" });
    const days = form.getByLabel("Retention (days)");
    await days.fill("0");
    await form.getByRole("button", { name: "Save retention" }).click();
    await expect(form.getByText("At least 1 day.")).toBeVisible();
    await expect(days).toHaveAttribute("aria-invalid", "true");
    await expect(days).toBeFocused();
    await expect(days).toHaveValue("0");
    await expect(page.getByRole("dialog")).toHaveCount(0);
  });

  test("the redact-selection picker names entity types as people read them ('US Social Security number', not 'Us ssn')", async ({ page }) => {
    // The same picker as the queue's, on an eval item's page (an admin scrubs items there).
    await page.goto("/eval-set");
    await page.getByRole("table", { name: "Eval items" }).getByRole("link").first().click();
    const picker = page.getByRole("form", { name: "Redact selection" }).getByLabel("Entity type");
    await expect(picker).toBeVisible();
    const labels = await picker.locator("option").allTextContents();
    expect(labels).toContain("Person");
    expect(labels).toContain("US Social Security number");
    expect(labels).toContain("IP address");
    for (const label of labels) expect(label, "an entity type's label").not.toMatch(/^(Us|Uk|In|Iban|Ip|Url|Aba|Mac) /);
  });
});

test("reviewer throughput: the acceptance rate is accepted / (accepted + discarded); a case awaiting its second review counts in neither", async ({ page }) => {
  // The demo seeds this week's accepts that wait for a second review: they made the week read 0%.
  await page.goto("/dashboard");
  const widget = page.getByRole("region", { name: "Reviewer throughput" });
  await widget.getByText("Show numbers").click();
  const rows = widget.getByRole("table", { name: "Decisions per week" }).getByRole("row");
  const count = await rows.count();
  expect(count).toBeGreaterThan(2);
  for (let i = 1; i < count; i++) {
    const [week, accepted, discarded, rate] = (await rows.nth(i).getByRole("cell").allTextContents()).map((text) => text.trim().replace(/,/g, ""));
    const decided = Number(accepted) + Number(discarded);
    expect(rate, `the rate of the week of ${week}`).toBe(decided === 0 ? "—" : `${Math.round((Number(accepted) / decided) * 100)}%`);
  }
});

test.describe("admin audit", () => {
  test.use({ storageState: storageStatePath("ADMIN") });

  test("the audit log's target-type filter offers each type once, and 'Source' finds the entries of both spellings", async ({ page }) => {
    // Entries about sources are written as "Source" (created, edited) and "source" (second review).
    const targetId = `walk-${Date.now()}`;
    for (const targetType of ["Source", "source"]) {
      await sql(`INSERT INTO "AuditLog" ("actorLabel", "action", "targetType", "targetId") VALUES ('system:walkthrough', 'source.update', $1, $2)`, [targetType, targetId]);
    }
    await page.goto("/admin/audit");
    const filters = page.getByRole("form", { name: "Audit filters" });
    const labels = (await filters.getByLabel("Target type").locator("option").allTextContents()).map((label) => label.trim());
    expect(labels, "each target type once").toEqual([...new Set(labels)]);
    await filters.getByLabel("Target type").selectOption({ label: "Source" });
    await filters.getByLabel("Target id").fill(targetId);
    await filters.getByRole("button", { name: "Filter" }).click();
    await expect(page.getByRole("table", { name: "Audit log entries" }).getByRole("row")).toHaveCount(3);
  });

  test("revoking a key asks once: the dialog's text says what stops instead of asking 'Revoke …?' again", async ({ page }) => {
    await page.goto("/admin/sources");
    await page.getByRole("link", { name: "billing-assistant" }).click();
    const create = page.getByRole("form", { name: "Create API key" });
    await create.getByLabel("Key name").fill("walk-ci");
    await create.getByRole("button", { name: /Create/ }).click();
    await page.getByRole("button", { name: "Revoke key walk-ci" }).click();
    const dialog = page.getByRole("dialog", { name: 'Revoke the key "walk-ci"?' });
    await expect(dialog).toContainText(/The key walk-ci \(em_\S+…\) stops working: from now on/);
    await expect(dialog).not.toContainText("Revoke walk-ci");
    await dialog.getByRole("button", { name: "Cancel" }).click();
  });
});

test("deciding case after case keeps one outcome toast, naming the case it is about", async ({ page }) => {
  // Two cases the lead holds, so the queue offers them first whatever other specs left pending.
  const held = [await insertHeldLongCase(account("LEAD").email, 1), await insertHeldLongCase(account("LEAD").email, 1)];
  await page.goto("/queue");
  const heading = page.getByRole("article", { name: "Case" }).getByRole("heading", { name: /^Case / });
  const decided: string[] = [];
  for (let i = 0; i < 2; i++) {
    const onScreen = (await heading.textContent())!;
    const current = held.find((id) => !decided.includes(id) && onScreen.includes(id.slice(0, 8)));
    expect(current, "one of the held cases is on screen").toBeDefined();
    await page.getByRole("textbox", { name: "Expected output" }).fill("Open a delivery investigation.");
    await page.getByRole("radio", { name: /Edge case/ }).check();
    await page.getByRole("button", { name: "Accept", exact: true }).click();
    await expect(heading).not.toContainText(current!.slice(0, 8));
    decided.push(current!);
  }
  const toasts = page.getByRole("status", { name: "Notifications" }).locator(":scope > div");
  await expect(toasts).toHaveCount(1);
  await expect(toasts).toHaveText(new RegExp(`^Case ${decided[1].slice(0, 8)}: Accepted into the eval set\\.`));
});

test.describe("a missing page", () => {
  test.use({ allowConsole: [EXPECTED_STATUS] });

  test("the 404 page's title names it, as its heading does", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page).toHaveTitle("Page not found · Evalmine");
  });
});

test("on a long case at 1440x900 the whole guideline beside the decision can be read without leaving the case", async ({ page }) => {
  await insertHeldLongCase(account("LEAD").email);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/queue");
  await page.getByRole("radio", { name: /Edge case/ }).check();
  const guideline = page.getByRole("region", { name: "Labelling guideline" });
  await expect(guideline).toContainText("Guideline: Edge case");
  // Halfway down the case, the panel's last line is reachable (scrolling the panel), and Accept is still on screen.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await guideline.locator(":scope > *").last().scrollIntoViewIfNeeded();
  const end = (await guideline.boundingBox())!;
  expect(end.y + end.height, "the guideline ends inside the screen").toBeLessThanOrEqual(900);
  const accept = (await page.getByRole("button", { name: "Accept", exact: true }).boundingBox())!;
  expect(accept.y, "Accept still on screen").toBeGreaterThanOrEqual(0);
  expect(accept.y + accept.height).toBeLessThanOrEqual(900);
});

test("reviewer throughput counts this week's decisions live, as 'Accepted per week' does", async ({ page }) => {
  // A decision made a moment ago: the 5-minute rollup can't have it yet.
  await insertHeldLongCase(account("LEAD").email, 1);
  await page.goto("/queue");
  await page.getByRole("textbox", { name: "Expected output" }).fill("Open a delivery investigation.");
  await page.getByRole("radio", { name: /Edge case/ }).check();
  await page.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(page.getByRole("status", { name: "Notifications" })).toContainText("Accepted into the eval set.");
  await page.goto("/dashboard");
  const lastRow = async (widget: string, table: string) => {
    const region = page.getByRole("region", { name: widget });
    await region.getByText("Show numbers").click();
    return await region.getByRole("table", { name: table }).getByRole("row").last().getByRole("cell").allTextContents();
  };
  const [week, accepted] = await lastRow("Accepted per week", "Accepted per week");
  const [throughputWeek, throughputAccepted] = await lastRow("Reviewer throughput", "Decisions per week");
  expect(throughputWeek).toBe(week);
  expect(Number(accepted)).toBeGreaterThan(0);
  expect(throughputAccepted, "this week's accepts in both widgets").toBe(accepted);
});
