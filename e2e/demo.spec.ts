import { expect, test } from "./fixtures";
import { storageStatePath } from "./accounts";
import { sql } from "./db";

// What a fresh install's demo data shows (lib/demo, seeded by scripts/e2e.ts as by `npm run dev`):
// read-only checks, so they hold whatever the other specs triage.

test("the six near-identical refund records are one case of groupSize 6, as ingest would group them", async () => {
  const refund = await sql<{ groupSize: number; logs: string; twins: string }>(
    `SELECT c."groupSize",
            (SELECT count(*) FROM "CaseLog" l WHERE l."caseId" = c.id)::text AS logs,
            (SELECT count(*) FROM "Case" o WHERE o."groupKey" = c."groupKey" AND o.id <> c.id)::text AS twins
       FROM "Case" c JOIN "Source" s ON s.id = c."sourceId"
      WHERE s.name = 'support-assistant' AND c.input::text LIKE '%Refund please%' AND c."batchId" IN (SELECT id FROM "Batch" WHERE status <> 'CLOSED')`,
  );
  expect(refund).toEqual([{ groupSize: 6, logs: "6", twins: "0" }]);
});

test.describe("as a reviewer", () => {
  test.use({ storageState: storageStatePath("REVIEWER") });

  test("the guidelines page holds a guide for each of the four categories", async ({ page }) => {
    await page.goto("/guidelines");
    for (const [category, phrase] of [
      ["Happy path", "ordinary question"],
      ["Edge case", "Failures (timeouts, tool errors)"],
      ["Adversarial", "declines briefly"],
      ["Drift", "Acme Loft"],
    ]) {
      await expect(page.getByRole("region", { name: new RegExp(`^${category}`) }), category).toContainText(phrase);
    }
  });

  test("two colleagues' accepts wait for a second reviewer", async ({ page }) => {
    await page.goto("/queue/approvals");
    const table = page.getByRole("table", { name: "Cases awaiting approval" });
    const links = table.getByRole("link", { name: /^Review billing-assistant case [0-9a-f]{8}$/ });
    await expect(links).toHaveCount(2);
    // Two cases of one source are told apart by their links.
    expect(new Set(await links.allTextContents()).size).toBe(2);
    await expect(table).toContainText("Sam Second");
    await expect(table).toContainText("Kai Keller");
  });
});

test.describe("as a lead", () => {
  test.use({ storageState: storageStatePath("LEAD") });

  test("the eval set is not all mined: hand-written and imported items bring the mined share below 100%", async ({ page }) => {
    await page.goto("/dashboard");
    const widget = page.getByRole("region", { name: "Mined share" });
    await expect(widget).toContainText(/Now: \d+%/);
    const now = Number((await widget.textContent())!.match(/Now: (\d+)%/)![1]);
    expect(now).toBeGreaterThan(50);
    expect(now).toBeLessThan(100);
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: storageStatePath("ADMIN") });

  test("the audit log holds the seeded history: decisions by name, their cases linked to the eval items", async ({ page }) => {
    await page.goto("/admin/audit?action=case.accepted&to=2099-01-01");
    const rows = page.getByRole("table", { name: "Audit log entries" }).getByRole("row");
    const seeded = rows.filter({ hasText: /Sam Second|Kai Keller/ }).first();
    await expect(seeded).toContainText(/@evalmine\.local/);
    await expect(seeded.getByRole("link", { name: /^case [0-9a-f]{8}$/ })).toHaveAttribute("href", /^\/eval-set\/[0-9a-f-]{36}$/);
    for (const action of ["batch.close", "guideline.update", "case.approved", "cases.imported", "case.awaiting_approval"]) {
      const found = await sql<{ n: string }>(`SELECT count(*)::text AS n FROM "AuditLog" WHERE action = $1`, [action]);
      expect(Number(found[0].n), action).toBeGreaterThan(0);
    }
  });
});
