import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

test.use({ storageState: storageStatePath("ADMIN") });

test("an admin previews redaction: entities highlighted and labelled, redacted result shown", async ({ page }) => {
  await page.goto("/admin/redaction");
  await page.getByLabel("Text to redact").fill("Hi, I'm Maria Garcia, mail maria.garcia@example.org or call +44 20 7946 0958.");
  await page.getByRole("button", { name: "Redact" }).click();

  const entities = page.getByRole("region", { name: /Detected entities/ });
  await expect(entities.locator("mark").filter({ hasText: "maria.garcia@example.org" })).toContainText("EMAIL_ADDRESS");
  await expect(entities.locator("mark").filter({ hasText: "Maria Garcia" })).toContainText("PERSON");
  await expect(entities.locator("mark").filter({ hasText: "+44 20 7946 0958" })).toContainText("PHONE_NUMBER");

  const redacted = page.getByRole("region", { name: "Redacted result" });
  await expect(redacted).toContainText("<EMAIL_ADDRESS_1>");
  await expect(redacted).toContainText("<PERSON_1>");
  await expect(redacted).not.toContainText("maria.garcia@example.org");
  await expect(redacted).not.toContainText("Garcia");
});
