import { account, storageStatePath } from "./accounts";
import { countOf } from "@/lib/core/format";
import { sql } from "./db";
import { expect, test } from "./fixtures";

test.use({ storageState: storageStatePath("ADMIN") });

test("deactivating a user asks first and spells out what happens; Cancel changes nothing", async ({ page }) => {
  const reviewer = account("REVIEWER");
  await page.goto("/admin/users");
  await page.getByRole("button", { name: `Deactivate ${reviewer.email}` }).click();
  const dialog = page.getByRole("dialog", { name: `Deactivate ${reviewer.name}?` });
  await expect(dialog).toContainText("is signed out on their next request and can't sign in again");
  // What the dialog says depends on whether other specs have made this reviewer decide yet.
  const [{ decided }] = await sql<{ decided: number }>(
    `SELECT count(*)::int AS decided FROM "Case" c JOIN "User" u ON u.id = c."decidedById" WHERE u.email = $1 AND c.status IN ('ACCEPTED', 'DISCARDED')`,
    [reviewer.email],
  );
  await expect(dialog).toContainText(decided > 0 ? `Their ${countOf(decided, "decision")} and the eval items they labelled stay.` : "Nothing they labelled is affected.");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("row", { name: new RegExp(reviewer.name) })).toContainText("Active");
});

test("the create-user form keeps what was typed after a refusal and marks the field", async ({ page }) => {
  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "Create user" });
  await form.getByLabel("Email").fill("not-an-email");
  await form.getByLabel("Name").fill("Casey Typed");
  await form.getByLabel("Role").selectOption("LEAD");
  await form.getByLabel("Initial password").fill("long-enough-password");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Email")).toBeFocused();
  await expect(form.getByLabel("Email")).toHaveValue("not-an-email");
  await expect(form.getByLabel("Name")).toHaveValue("Casey Typed");
  await expect(form.getByLabel("Role")).toHaveValue("LEAD");
});

test("shortening a retention period shows what the next purge deletes before saving; a failed save keeps the fields", async ({ page }) => {
  await page.goto("/admin/retention");
  const form = page.getByRole("form", { name: "Retention for support-assistant" });
  const days = form.getByLabel("Retention (days)");
  const policy = form.getByLabel("Policy");
  const savedDays = Number(await days.inputValue());
  const savedPolicy = await policy.inputValue();

  await days.fill(String(savedDays + 5));
  await policy.fill("short");
  await form.getByRole("button", { name: "Save retention" }).click();
  await expect(policy).toHaveAttribute("aria-invalid", "true");
  await expect(policy).toBeFocused();
  await expect(days).toHaveValue(String(savedDays + 5));
  await expect(policy).toHaveValue("short");

  await days.fill(String(savedDays - 1));
  await policy.fill(savedPolicy);
  await form.getByRole("button", { name: "Save retention" }).click();
  const dialog = page.getByRole("dialog", { name: `Shorten support-assistant's retention to ${savedDays - 1} days?` });
  await expect(dialog).toContainText(/(logs? older than \d+ days .* will be deleted at the next purge, .* UTC|nothing is deleted now)/);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(days).toHaveValue(String(savedDays - 1));

  await form.getByRole("button", { name: "Save retention" }).click();
  await dialog.getByRole("button", { name: `Shorten to ${savedDays - 1} days` }).click();
  await expect(form.getByRole("status")).toHaveText(`Saved support-assistant: ${savedDays - 1} days.`);

  // A longer period deletes nothing: it saves without asking (and puts the period back).
  await days.fill(String(savedDays));
  await form.getByRole("button", { name: "Save retention" }).click();
  await expect(form.getByRole("status")).toHaveText(`Saved support-assistant: ${savedDays} days.`);
  await expect(page.getByRole("dialog")).toHaveCount(0);
});

test("audit rows read as a line with field changes, name their target with a link, and keep the raw JSON behind a toggle", async ({ page }) => {
  await page.goto("/admin/audit?action=source.retention_change");
  const row = page.getByRole("table", { name: "Audit log entries" }).getByRole("row").nth(1);
  await expect(row).toContainText("Retention changed");
  await expect(row).toContainText(/Retention: \d+ days → \d+ days/);
  await expect(row.getByRole("link", { name: "support-assistant" })).toHaveAttribute("href", /^\/admin\/sources\/[0-9a-f-]{36}$/);
  await expect(row).toContainText("Source");
  const raw = row.getByText("Raw details");
  await expect(row.locator("pre")).toBeHidden();
  await raw.click();
  await expect(row.locator("pre")).toContainText('"retentionDays"');

  const filters = page.getByRole("form", { name: "Audit filters" });
  await expect(filters.getByLabel("Action").locator("option", { hasText: "Retention changed" })).toHaveCount(1);
  await expect(filters.getByLabel("Target type").locator("option", { hasText: /^Case$/ })).toHaveCount(1);

  await page.goto("/admin/audit?from=2026-12-10&to=2026-12-01");
  await expect(page.getByRole("form", { name: "Audit filters" }).getByLabel("To", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("can't be applied");
});
