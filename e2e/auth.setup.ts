import { test as setup } from "@playwright/test";
import { account, storageStatePath, type RoleName } from "./accounts";
import { expectSignedInAs, signIn } from "./helpers";

// Log in once per role and save the session for the specs (Playwright's storageState).
for (const role of ["REVIEWER", "LEAD", "ADMIN"] as RoleName[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    const { email, password, name } = account(role);
    await signIn(page, email, password);
    await expectSignedInAs(page, name);
    await page.context().storageState({ path: storageStatePath(role) });
  });
}
