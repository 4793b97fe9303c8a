import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { storageStatePath } from "./accounts";
import { seriousViolations } from "./axe";
import { isoWeekOf } from "@/lib/batches/iso-week";

test.use({ storageState: storageStatePath("REVIEWER") });

const LEAK = "Margarethe Vollmer";
// The demo seed holds twelve closed weeks of eval items; this run's decisions are this week's.
const THIS_WEEK = isoWeekOf(new Date()).label;


/** Selects `text` inside the case transcript the way a mouse drag would. */
async function selectInTranscript(page: Page, text: string) {
  await page.evaluate((wanted) => {
    const root = document.querySelector("article[aria-label='Case']")!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return;
    }
    throw new Error("text not in the transcript");
  }, text);
}

const caseHeading = (page: Page) => page.getByRole("article", { name: "Case" }).getByRole("heading", { name: /^Case / });

/** Waits until the queue shows a different case than `previous`. */
async function nextCase(page: Page, previous: string) {
  await expect(caseHeading(page)).not.toHaveText(previous);
  return (await caseHeading(page).textContent())!;
}

test("a reviewer triages with the keyboard alone, redacts a leaked name, and the eval set and JSONL export hold exactly the accepted items", async ({ page }) => {
  await page.goto("/queue");
  const workbench = page.getByRole("article", { name: "Case" });
  let current = (await caseHeading(page).textContent())!;

  // 1. The redactor missed a colleague's name: redact it by selection, then accept (category 2 = Edge case).
  await expect(workbench).toContainText(LEAK);
  await selectInTranscript(page, LEAK);
  await page.getByRole("button", { name: "Redact selection" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText(/Redacted as <PERSON_2>/)).toBeVisible();
  await expect(workbench.getByRole("heading", { name: "Conversation" }).locator("..")).not.toContainText("Vollmer");
  await page.keyboard.press("e");
  await expect(page.getByRole("textbox", { name: "Expected output" })).toBeFocused();
  await page.keyboard.type("Apologise, confirm the refund to <PERSON_1> within 5 days.");
  await page.keyboard.press("Escape");
  await page.keyboard.press("2");
  await expect(page.getByRole("radio", { name: /Edge case/ })).toBeChecked();
  await page.keyboard.press("a");
  await expect(page.getByText("Accepted into the eval set.")).toBeVisible();
  current = await nextCase(page, current);

  // 2. Accept a second case as Happy path.
  await page.keyboard.press("e");
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("Offer a refund and open a delivery investigation.");
  await page.keyboard.press("Escape");
  await page.keyboard.press("1");
  await page.keyboard.press("a");
  current = await nextCase(page, current);

  // 3. Discard one as a duplicate: d opens the reason dialog, arrows pick, Enter confirms.
  await page.keyboard.press("d");
  const dialog = page.getByRole("dialog", { name: "Discard this case" });
  await expect(dialog.getByRole("radio", { name: "Not useful" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(dialog.getByRole("radio", { name: "Duplicate" })).toBeChecked();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Discarded.")).toBeVisible();
  current = await nextCase(page, current);

  // 4. Skip one.
  await page.keyboard.press("s");
  await expect(page.getByText(/Skipped/)).toBeVisible();
  await nextCase(page, current);

  // ? shows the shortcuts.
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.keyboard.press("Escape");

  // 5. Revise the second acceptance from "Recently triaged": new label, category Drift.
  const recent = page.getByRole("complementary").filter({ has: page.getByRole("heading", { name: "Recently triaged" }) });
  await expect(recent.getByRole("link", { name: /^Revise decision/ })).toHaveCount(3);
  await recent.getByRole("link", { name: "Revise decision 2: Accepted · Happy path" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Revise decision" })).toBeVisible();
  await page.keyboard.press("e");
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("Refund now; the parcel is lost in transit.");
  await page.keyboard.press("Escape");
  await page.keyboard.press("4");
  await page.keyboard.press("a");
  await expect(page).toHaveURL(/\/queue$/);

  // This week's eval set shows exactly the two accepted items, with their (revised) labels.
  await page.goto(`/eval-set?week=${THIS_WEEK}`);
  const rows = page.getByRole("table", { name: "Eval items" }).getByRole("row");
  await expect(rows).toHaveCount(3); // header + 2
  await expect(page.getByRole("table", { name: "Eval items" })).toContainText("Refund now; the parcel is lost in transit.");
  await expect(page.getByRole("table", { name: "Eval items" })).toContainText("Apologise, confirm the refund to <PERSON_1> within 5 days.");
  await expect(page.getByRole("table", { name: "Eval items" })).toContainText("Drift");
  await expect(page.getByRole("table", { name: "Eval items" })).not.toContainText("Offer a refund and open a delivery investigation.");
  await expect(page.getByRole("link", { name: "Download JSONL" })).toBeVisible();

  // The JSONL export (same session) holds the same two items, and no leaked name in the redacted one.
  const response = await page.request.get(`/api/v1/eval-set/export?format=jsonl&week=${THIS_WEEK}`);
  expect(response.status()).toBe(200);
  const lines = (await response.text()).trim().split("\n").map((line) => JSON.parse(line));
  expect(lines.map((l) => [l.expectedOutput, l.category]).sort()).toEqual([
    ["Apologise, confirm the refund to <PERSON_1> within 5 days.", "EDGE_CASE"],
    ["Refund now; the parcel is lost in transit.", "DRIFT"],
  ]);
  const redacted = lines.find((l) => l.category === "EDGE_CASE");
  expect(JSON.stringify(redacted)).not.toContain("Vollmer");
  expect(JSON.stringify(redacted.input)).toContain("<PERSON_2>");
  expect(lines.find((l) => l.category === "DRIFT").version).toBe(2);
});

test("the queue page has no serious or critical accessibility violations", async ({ page }) => {
  await page.goto("/queue");
  await expect(page.getByRole("heading", { name: "Triage queue" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("deciding a case the reviewer no longer holds answers 409 over HTTP and overwrites nothing", async ({ page }) => {
  const claim = await page.request.post("/api/v1/cases/claim", { headers: { "content-type": "application/json" } });
  expect(claim.status()).toBe(200);
  const { case: held } = await claim.json();
  const first = await page.request.post(`/api/v1/cases/${held.id}/accept`, { data: { expectedOutput: "First decision wins.", category: "HAPPY_PATH" } });
  expect(first.status()).toBe(200);
  const again = await page.request.post(`/api/v1/cases/${held.id}/discard`, { data: { reason: "BAD_DATA" } });
  expect(again.status()).toBe(409);
  expect((await again.json()).error).toMatch(/no longer hold/);
  const invalid = await page.request.post(`/api/v1/cases/${held.id}/accept`, { data: { expectedOutput: "x", category: "NOPE" } });
  expect(invalid.status()).toBe(400);
  const lines = (await (await page.request.get("/api/v1/eval-set/export?format=openai-evals")).text()).trim().split("\n").map((l) => JSON.parse(l));
  expect(lines.filter((l) => l.ideal === "First decision wins.")).toHaveLength(1);
});

test("an editor relabels an item (new version, history kept) and retires it; as-of still shows it", async ({ page }) => {
  await page.goto("/eval-set");
  const table = page.getByRole("table", { name: "Eval items" });
  await table.getByRole("link", { name: "First decision wins." }).click();
  await expect(page.getByRole("heading", { name: /^Eval item · version 1/ })).toBeVisible();
  const editor = page.getByRole("form", { name: "Edit label" });
  await editor.getByLabel("Expected output").fill("Relabelled answer.");
  await editor.getByRole("radio", { name: "Adversarial" }).check();
  await editor.getByRole("button", { name: "Save new version" }).click();
  await expect(page.getByRole("heading", { name: /^Eval item · version 2/ })).toBeVisible();
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByText(/^Version \d · /)).toHaveText(["Version 2 · Adversarial", "Version 1 · Happy path"]);
  const beforeRetire = new Date().toISOString();

  // Retiring asks for the reason in a confirmation.
  await page.getByRole("button", { name: "Retire item" }).click();
  const retire = page.getByRole("dialog", { name: /^Retire version 2/ });
  await retire.getByLabel("Reason for retiring").fill("Policy changed");
  await retire.getByRole("button", { name: "Retire item" }).click();
  await expect(page.getByRole("heading", { name: /\(retired\)$/ })).toBeVisible();
  await expect(history).toContainText("Retired: Policy changed");

  await page.goto("/eval-set");
  await expect(page.getByRole("table", { name: "Eval items" })).not.toContainText("Relabelled answer.");
  await page.goto(`/eval-set?asOf=${encodeURIComponent(beforeRetire)}`);
  await expect(page.getByRole("table", { name: "Eval items" })).toContainText("Relabelled answer.");
});

// Always runs; QUEUE_SCREENSHOT=docs/images/queue.png refreshes the README's picture.
test("the queue renders a claimed case (and the README screenshot)", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 1100 });
  await page.goto("/queue");
  await expect(page.getByRole("article", { name: "Case" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Current batch" })).toBeVisible();
  await page.screenshot({ path: process.env.QUEUE_SCREENSHOT ?? testInfo.outputPath("queue.png"), fullPage: false });
});
