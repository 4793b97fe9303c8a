// npm run user:create -- --email a@b.c --role ADMIN [--name "Ada"]
// Creates a user (the first admin of a production install). The password is asked
// for on the terminal without echo, or read from stdin when stdin is not a terminal.
import { parseArgs } from "node:util";
import { createUserSchema } from "@/lib/users/schemas";
import { createUser, UserRuleError } from "@/lib/users/service";
import { readPassword } from "./lib/read-password";
import { runCli, withCliDatabase } from "./lib/cli";

const USAGE = "usage: npm run user:create -- --email EMAIL --role REVIEWER|LEAD|ADMIN [--name NAME]";

async function main(): Promise<number> {
  let values: { email?: string; role?: string; name?: string };
  try {
    ({ values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } }, allowPositionals: false }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!values.email || !values.role) {
    console.error(USAGE);
    return 2;
  }
  const password = await readPassword(`Password for ${values.email}: `);
  const parsed = createUserSchema.safeParse({
    email: values.email,
    role: values.role.toUpperCase(),
    name: values.name ?? values.email.split("@")[0],
    password,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${issue.path.join(".") || "input"}: ${issue.message}`);
    return 2;
  }
  return await withCliDatabase(async () => {
    try {
      const user = await createUser(parsed.data, { label: "system:user-create-cli" });
      console.log(JSON.stringify({ id: user.id, email: user.email, role: user.role }));
      return 0;
    } catch (error) {
      if (error instanceof UserRuleError) {
        console.error(`email: ${error.message}`);
        return 1;
      }
      throw error;
    }
  });
}

runCli("user:create", main);
