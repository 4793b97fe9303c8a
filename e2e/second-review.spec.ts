import crypto from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { storageStatePath } from "./accounts";
import { signIn } from "./helpers";
import { sql } from "./db";
import { hashPassword } from "@/lib/auth/password";

// The journey of assignment and second review, on data of its own: a source nobody else
// uses, one case in it, and a second reviewer created for this run.

const toast = (page: Page) => page.getByRole("status", { name: "Notifications" });
const suffix = crypto.randomBytes(4).toString("hex");
const SOURCE = `journey-${suffix}`;
const MARKER = `Can I move my delivery slot to Friday? (${suffix})`;
// Reviewers of this run only, so the demo reviewer's history (other specs count it) is untouched.
const FIRST = { email: `first-${suffix}@e2e.local`, name: `Finn First ${suffix}`, password: `first-password-${suffix}` };
const SECOND = { email: `second-${suffix}@e2e.local`, name: `Sasha Second ${suffix}`, password: `second-password-${suffix}` };

let caseId = "";

test.beforeAll(async () => {
  const [source] = await sql<{ id: string }>(
    `INSERT INTO "Source" (name, "sampleRate", "maxSampleRate", "retentionDays", "retentionPolicy") VALUES ($1, 0.005, 0.01, 30, 'Deleted after 30 days.') RETURNING id`,
    [SOURCE],
  );
  const [made] = await sql<{ id: string }>(
    `INSERT INTO "Case" ("sourceId", "batchId", priority, "minedReasons", input, output, "minedAt")
     SELECT $1::uuid, b.id, 50, ARRAY['negative_feedback'], $2::jsonb, $3::jsonb, now()
       FROM (SELECT id FROM "Batch" WHERE status <> 'CLOSED' ORDER BY "weekStart" DESC LIMIT 1) b RETURNING id`,
    [source.id, JSON.stringify({ messages: [{ role: "user", content: MARKER }] }), JSON.stringify({ role: "assistant", content: "Slots can't be changed." })],
  );
  caseId = made.id;
  for (const user of [FIRST, SECOND]) await sql(`INSERT INTO "User" (email, name, role, "passwordHash") VALUES ($1, $2, 'REVIEWER', $3)`, [user.email, user.name, await hashPassword(user.password)]);
});

// Leaves the shared database as it found it: other specs count this week's eval items.
test.afterAll(async () => {
  await sql(`DELETE FROM "EvalItem" WHERE "caseId" = $1::uuid`, [caseId]);
  await sql(`DELETE FROM "Source" WHERE name = $1`, [SOURCE]);
  await sql(`DELETE FROM "User" WHERE email = ANY($1::text[])`, [[FIRST.email, SECOND.email]]);
});

test("a lead assigns a source to a reviewer, the reviewer accepts, a second reviewer approves, and only then the eval item exists", async ({ browser }) => {
  const reviewer = FIRST;

  // 1. The lead turns second review on for the source and assigns it to the reviewer.
  const lead = await (await browser.newContext({ storageState: storageStatePath("LEAD") })).newPage();
  await lead.goto("/queue/assignments");
  const setting = lead.getByRole("form", { name: `Second review of ${SOURCE}` });
  await setting.getByRole("combobox", { name: `Second review of ${SOURCE}` }).selectOption("all");
  await setting.getByRole("button", { name: "Save" }).click();
  await expect(toast(lead)).toContainText(`Second review of ${SOURCE}: every accepted case.`);
  const assign = lead.getByRole("form", { name: "Assign cases" });
  await assign.getByRole("combobox", { name: "Assign" }).selectOption("source");
  await assign.getByRole("combobox", { name: "Source" }).selectOption({ label: SOURCE });
  await assign.getByRole("checkbox", { name: reviewer.name }).check();
  await assign.getByRole("button", { name: "Assign" }).click();
  await expect(toast(lead)).toContainText("Assigned 1 case to 1 reviewer.");
  await expect(lead.getByRole("row", { name: new RegExp(reviewer.name) })).toContainText("Active");

  // 2. The reviewer's queue opens on the assigned case; accepting it sends it for approval.
  const first = await (await browser.newContext()).newPage();
  await signIn(first, FIRST.email, FIRST.password);
  await expect(first.getByRole("navigation", { name: "Main" })).toBeVisible();
  await first.goto("/queue");
  await expect(first.getByRole("article", { name: "Case" })).toContainText(MARKER);
  await first.getByRole("textbox", { name: "Expected output" }).fill("Offer the Friday slot if free; otherwise the next free one.");
  await first.getByRole("radio", { name: /Edge case/ }).check();
  await first.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(toast(first)).toContainText("waits for a second reviewer's approval");
  expect(await sql(`SELECT 1 FROM "EvalItem" WHERE "caseId" = $1::uuid`, [caseId])).toHaveLength(0);
  // The first reviewer can't approve their own case.
  await first.goto(`/queue/approvals/${caseId}`);
  await expect(first.getByRole("status").filter({ hasText: "You accepted this case yourself" })).toBeVisible();

  // 3. A second reviewer approves it from the approvals list, with their own category.
  const second = await (await browser.newContext()).newPage();
  await signIn(second, SECOND.email, SECOND.password);
  await expect(second.getByRole("navigation", { name: "Main" })).toBeVisible();
  await second.goto("/queue/approvals");
  await second.getByRole("link", { name: `Review ${SOURCE} case` }).click();
  await expect(second.getByRole("heading", { name: "Second review" })).toBeVisible();
  await expect(second.getByText(MARKER)).toBeVisible();
  const form = second.getByRole("form", { name: "Second review" });
  // Blind until the second reviewer has picked: agreement is measured on their own choice.
  await expect(form).toContainText("The first reviewer's category shows once you pick yours.");
  await expect(second.getByText(/first reviewer chose/)).toHaveCount(0);
  await form.getByRole("button", { name: "Approve" }).click();
  await expect(form.getByRole("combobox", { name: /Your category/ })).toHaveAttribute("aria-invalid", "true");
  await form.getByRole("combobox", { name: /Your category/ }).selectOption({ label: "Edge case" });
  await expect(form).toContainText("The first reviewer chose: Edge case.");
  await form.getByRole("button", { name: "Approve" }).click();
  await expect(toast(second)).toContainText("Approved: the case is in the eval set.");
  await expect(second).toHaveURL(/\/queue\/approvals$/);

  // 4. The eval item exists, labelled by the first reviewer; the review is recorded for agreement.
  const items = await sql<{ reviewer: string; category: string }>(
    `SELECT u.email AS reviewer, e.category::text FROM "EvalItem" e JOIN "User" u ON u.id = e."reviewerId" WHERE e."caseId" = $1::uuid`,
    [caseId],
  );
  expect(items).toEqual([{ reviewer: reviewer.email, category: "EDGE_CASE" }]);
  expect(await sql(`SELECT outcome::text FROM "CaseReview" WHERE "caseId" = $1::uuid`, [caseId])).toEqual([{ outcome: "APPROVED" }]);

  // 5. The lead's dashboard shows the week's agreement.
  await lead.goto("/dashboard");
  await expect(lead.getByRole("region", { name: "Reviewer agreement" })).toContainText(/[1-9]\d* cases? in the period/);
});
