import { test as base, expect, type Page } from "@playwright/test";

/**
 * Collects a page's console errors and uncaught exceptions. `allowed` patterns are
 * expected ones (the browser logs a 403 or 404 document status as an error on the
 * pages that answer with one on purpose).
 */
export function watchConsole(page: Page, allowed: RegExp[] = []): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !allowed.some((pattern) => pattern.test(message.text()))) errors.push(`${page.url()}: ${message.text().slice(0, 500)}`);
  });
  page.on("pageerror", (error) => errors.push(`${page.url()}: uncaught ${error.message.slice(0, 500)}`));
  return errors;
}

/** The 403/404 status of a page that answers with one on purpose, as the browser logs it. */
export const EXPECTED_STATUS = /Failed to load resource: the server responded with a status of 40[34]/;

/**
 * The specs' `test`: every test fails when its page logged a console error or threw,
 * whatever it asserted. A test that visits a 403/404 page on purpose adds
 * EXPECTED_STATUS to `allowConsole` (test.use).
 */
export const test = base.extend<{ allowConsole: RegExp[]; consoleErrors: string[] }>({
  allowConsole: [[], { option: true }],
  consoleErrors: [
    async ({ page, allowConsole }, use) => {
      const errors = watchConsole(page, allowConsole);
      await use(errors);
      expect(errors, "console errors and uncaught exceptions").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
