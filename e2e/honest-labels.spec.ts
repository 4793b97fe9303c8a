import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { sql } from "./db";
import { account, storageStatePath } from "./accounts";
import { seriousViolations } from "./axe";

// Honest labels and hand-added cases, as a lead (who may triage, write guidelines and
// add cases). The demo queue is shared with the other specs, which rely on its order:
// this spec never lets the lead claim from it. Every case the lead works on here is put
// in the lead's hands first (held, with an older claim than anything else they hold), a
// spare held case catches the claim that follows each decision, and everything this
// spec made leaves the queue and the current eval set at the end.
test.use({ storageState: storageStatePath("LEAD") });

const MARK = "honest-labels-e2e";
const PRODUCTION = "Sorry, I could not find that order.";
const toast = (page: Page) => page.getByRole("status", { name: "Notifications" });
const caseHeading = (page: Page) => page.getByRole("article", { name: "Case" }).getByRole("heading", { name: /^Case / });

/** A pending case of the demo source held by the lead since `claimedAt`. */
async function insertHeldCase(claimedAt: string, minedReasons: string[], question: string): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `INSERT INTO "Case" ("sourceId", "batchId", "status", "priority", "minedReasons", "suggestedCategory", "input", "output", "metadata", "claimedById", "claimedAt", "leaseExpiresAt", "minedAt")
     SELECT s.id, b.id, 'PENDING', 10, $1::text[], 'EDGE_CASE', $2::jsonb, $3::jsonb, $4::jsonb, u.id, $5::timestamp, now() + interval '30 minutes', now()
       FROM "Source" s, "User" u, (SELECT id FROM "Batch" WHERE status <> 'CLOSED' ORDER BY "weekStart" LIMIT 1) b
      WHERE s.name = 'support-assistant' AND u.email = $6
     RETURNING id`,
    [
      minedReasons,
      JSON.stringify({ messages: [{ role: "user", content: question }] }),
      JSON.stringify({ role: "assistant", content: PRODUCTION }),
      JSON.stringify({ mark: MARK, finishReason: "error" }),
      claimedAt,
      account("LEAD").email,
    ],
  );
  return row.id;
}

/** Puts a pending case in the lead's hands, ahead of anything else they hold. */
async function holdForLead(caseId: string) {
  await sql(
    `UPDATE "Case" SET "claimedById" = (SELECT id FROM "User" WHERE email = $2), "claimedAt" = '1999-12-31', "leaseExpiresAt" = now() + interval '30 minutes' WHERE id = $1::uuid`,
    [caseId, account("LEAD").email],
  );
}

// The curated cases there were before this spec: the demo's own hand-written and synthetic
// cases, which the cleanup leaves alone (it removes only what this spec added).
let before: string[] = [];

test.beforeAll(async () => {
  before = (await sql<{ id: string }>(`SELECT id::text FROM "Case" WHERE origin <> 'MINED'`)).map((row) => row.id);
  // The spare: whatever the lead decides here, the queue resumes this instead of claiming a demo case.
  await insertHeldCase("2000-06-01", ["negative_feedback"], "Spare case for the honest-labels spec.");
});

test.afterAll(async () => {
  // Out of the current eval set (history kept), and out of the queue.
  const mine = `(metadata->>'mark' = $1 OR (origin <> 'MINED' AND NOT (id = ANY($2::uuid[]))))`;
  await sql(`UPDATE "EvalItem" SET "validTo" = now(), "retiredReason" = 'e2e cleanup' WHERE "validTo" IS NULL AND "caseId" IN (SELECT id FROM "Case" WHERE ${mine})`, [MARK, before]);
  await sql(`DELETE FROM "Case" WHERE ${mine} AND status = 'PENDING'`, [MARK, before]);
});

test("a lead's guideline shows beside the form; the expected output starts empty; copying a failure's answer asks first and flags the item", async ({ page }) => {
  // A guideline, written in markdown: bold renders, HTML stays text.
  await page.goto("/guidelines");
  const editor = page.getByRole("form", { name: "Edge case guideline" });
  await editor.getByRole("textbox", { name: /Edge case guide/ }).fill("**Refunds** over 100 EUR go to a human. <b>not bold</b>");
  await expect(editor.getByText("Refunds", { exact: true })).toHaveJSProperty("tagName", "STRONG");
  await editor.getByRole("button", { name: "Save the Edge case guide" }).click();
  await expect(editor.getByText("Saved the Edge case guide.")).toBeVisible();

  const caseId = await insertHeldCase("2000-01-01", ["failure"], "Where is my order?");
  await page.goto("/queue");
  await expect(caseHeading(page)).toContainText(caseId.slice(0, 8));
  await expect(page.getByLabel("Category definitions")).toContainText("Adversarial: an attempt to misuse, trick or break the assistant");

  // Empty, whatever the production answer was.
  const expected = page.getByRole("textbox", { name: "Expected output" });
  await expect(expected).toHaveValue("");

  // The suggested category's guide shows under the form, rendered safely.
  const guide = page.getByRole("region", { name: "Labelling guideline" });
  await expect(guide).toContainText("Guideline: Edge case");
  await expect(guide.getByText("Refunds", { exact: true })).toHaveJSProperty("tagName", "STRONG");
  await expect(guide).toContainText("<b>not bold</b>");

  // "Start from production output" with its key, then Accept: a failure's own answer asks first.
  await page.keyboard.press("p");
  await expect(expected).toHaveValue(PRODUCTION);
  await page.keyboard.press("Escape");
  await page.keyboard.press("2");
  await page.keyboard.press("a");
  const confirm = page.getByRole("dialog", { name: "Accept the failed answer as expected?" });
  await expect(confirm).toBeVisible();
  await confirm.getByRole("button", { name: "Keep editing" }).click();
  await expect(confirm).toBeHidden();
  await expect(caseHeading(page)).toContainText(caseId.slice(0, 8));

  // A written answer needs no confirmation; the button copies the answer back on purpose.
  await expected.fill("Let me check the carrier for you.");
  await page.getByRole("button", { name: /Start from production output/ }).click();
  await expect(expected).toHaveValue(PRODUCTION);
  // A copy over written text can be taken back.
  await page.getByRole("button", { name: "Undo: bring back what you wrote" }).click();
  await expect(expected).toHaveValue("Let me check the carrier for you.");
  await page.getByRole("button", { name: /Start from production output/ }).click();
  await expect(expected).toHaveValue(PRODUCTION);
  await page.getByRole("button", { name: "Accept", exact: true }).click();
  await confirm.getByRole("button", { name: "Accept anyway" }).click();
  await expect(toast(page)).toContainText("Accepted into the eval set.");

  // The item is flagged: the filter finds it, and its page says so.
  await page.goto("/eval-set?expectedEqualsProduction=yes");
  const table = page.getByRole("table", { name: "Eval items" });
  const row = table.getByRole("row").filter({ has: page.getByRole("link", { name: PRODUCTION }) });
  await expect(row).toContainText("expected = production");
  await row.getByRole("link", { name: PRODUCTION }).click();
  await expect(page.getByRole("note")).toContainText("Expected = production");
  await expect(page.getByRole("region", { name: "Provenance" })).toContainText(/Origin\s*Mined/);

  // The JSON API behaves the same: refused without the confirmation field, flagged with it.
  const apiCase = await insertHeldCase("2000-01-02", ["failure"], "Where is my parcel?");
  const body = { expectedOutput: ` ${PRODUCTION}\n`, category: "EDGE_CASE" };
  const refused = await page.request.post(`/api/v1/cases/${apiCase}/accept`, { data: body });
  expect(refused.status()).toBe(400);
  expect(await refused.json()).toMatchObject({ field: "confirmEqualsProduction" });
  const confirmed = await page.request.post(`/api/v1/cases/${apiCase}/accept`, { data: { ...body, confirmEqualsProduction: true } });
  expect(confirmed.status()).toBe(200);
  expect(await confirmed.json()).toMatchObject({ caseId: apiCase, expectedEqualsProduction: true });
});

test("a case a lead adds by hand is redacted and reaches the queue marked hand-written; an import reports its bad line by number", async ({ page }) => {
  await page.goto("/cases/new");
  const form = page.getByRole("form", { name: "Add a case" });
  await form.getByRole("combobox", { name: "Source" }).selectOption({ label: "support-assistant" });
  await form.getByRole("textbox", { name: "User message" }).fill("Please mail the invoice to ottilie.brandauer@example.com today.");
  await form.getByRole("textbox", { name: "Expected output (optional)" }).fill("Confirm the address before sending anything.");
  await form.getByRole("combobox", { name: "Category (optional)" }).selectOption({ label: "Edge case" });
  await form.getByRole("button", { name: "Add to the queue" }).click();
  await expect(form.getByText(/Added a hand-written case to the queue/)).toBeVisible();

  const [added] = await sql<{ id: string; input: string }>(`SELECT id, input::text FROM "Case" WHERE origin = 'HAND_WRITTEN' ORDER BY "createdAt" DESC LIMIT 1`);
  expect(added.input).not.toContain("ottilie.brandauer@example.com");
  // It sits in the shared queue behind the demo's older cases: put it in the lead's hands to open it.
  await holdForLead(added.id);
  await page.goto("/queue");
  await expect(caseHeading(page)).toContainText(added.id.slice(0, 8));
  await expect(caseHeading(page)).toContainText("Hand-written");
  await expect(page.getByRole("region", { name: "About this case" })).toContainText("Hand-written");
  await expect(page.getByRole("textbox", { name: "Expected output" })).toHaveValue("Confirm the address before sending anything.");
  await page.keyboard.press("d");
  await page.keyboard.press("Enter");
  await expect(toast(page)).toContainText("Discarded.");

  // An import: the good line is added, the bad one is named by line and field, not content.
  await page.goto("/cases/new");
  const importForm = page.getByRole("form", { name: "Import cases" });
  const lines = [JSON.stringify({ input: "Can I change my delivery slot?", category: "HAPPY_PATH" }), JSON.stringify({ messages: [{ role: "wizard", content: "Secret spell text" }] })];
  await importForm.getByLabel("JSONL or CSV file").setInputFiles({ name: "synthetic.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(lines.join("\n")) });
  await importForm.getByRole("button", { name: "Import" }).click();
  await expect(importForm.getByText(/Imported 1 case into the queue/)).toBeVisible();
  await expect(importForm).toContainText("Line 2, messages[0].role: must be system, user, assistant or tool");
  await expect(importForm).not.toContainText("Secret spell text");
  const [imported] = await sql<{ origin: string }>(`SELECT origin::text FROM "Case" WHERE input::text LIKE '%delivery slot%'`);
  expect(imported.origin).toBe("SYNTHETIC");
});

test("the guidelines and add-cases pages fit a phone and have no serious accessibility violations", async ({ page }) => {
  for (const path of ["/guidelines", "/cases/new"]) {
    await page.goto(path);
    expect(await seriousViolations(page), path).toEqual([]);
  }
  for (const width of [390, 360]) {
    await page.setViewportSize({ width, height: 844 });
    for (const path of ["/guidelines", "/cases/new"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} at ${width}px is ${overflow}px too wide`).toBeLessThanOrEqual(0);
      await expect(page.locator("main")).toHaveCount(1);
    }
  }
});
