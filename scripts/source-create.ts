// npm run source:create -- --name NAME --retention-days D [--sample-rate R] [--max-sample-rate M]
//   [--retention-policy TEXT] [--pull-folder /abs/path] [--inactive] [--scope ingest|evalset:read ...]
// The rates default to a 0.5% sample under a 1% cap (lib/sources/schemas.ts).
// Creates a source with the default mining rules and an API key with the given scopes
// (default "ingest"; repeat --scope for several), then prints ONE JSON object:
// {"id","name","apiKey","apiKeyPrefix","scopes","sampleRate","maxSampleRate","retentionDays"}.
// That line is a stable contract for deploy scripts and tests; errors go to stderr.
import { parseArgs } from "node:util";
import { runCli, withCliDatabase } from "./lib/cli";
import type { ApiScope } from "@/lib/auth/permissions";
import { apiScopeSchema, createSourceSchema } from "@/lib/sources/schemas";
import { createSource, createSourceApiKey, SourceRuleError } from "@/lib/sources/service";

const USAGE =
  "usage: npm run source:create -- --name NAME --retention-days D [--sample-rate R (default 0.005)] [--max-sample-rate M (default 0.01)] [--retention-policy TEXT] [--pull-folder DIR] [--inactive] [--scope ingest|evalset:read ...]";
const ACTOR = { label: "system:source-create-cli" };

async function main(): Promise<number> {
  let values: Record<string, string | boolean | string[] | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        name: { type: "string" },
        "sample-rate": { type: "string" },
        "max-sample-rate": { type: "string" },
        "retention-days": { type: "string" },
        "retention-policy": { type: "string" },
        "pull-folder": { type: "string" },
        inactive: { type: "boolean" },
        scope: { type: "string", multiple: true },
      },
      allowPositionals: false,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const missing = ["name", "retention-days"].filter((k) => values[k] === undefined);
  if (missing.length) {
    console.error(`missing ${missing.map((m) => `--${m}`).join(", ")}\n${USAGE}`);
    return 2;
  }
  const flagOf: Record<string, string> = { sampleRate: "--sample-rate", maxSampleRate: "--max-sample-rate", retentionDays: "--retention-days", retentionPolicy: "--retention-policy", pullFolder: "--pull-folder", name: "--name" };
  const scopes: ApiScope[] = [];
  for (const scope of (values.scope as string[] | undefined) ?? ["ingest"]) {
    const checked = apiScopeSchema.safeParse(scope);
    if (!checked.success) {
      console.error(`--scope: ${checked.error.issues[0].message}`);
      return 2;
    }
    scopes.push(checked.data);
  }
  const parsed = createSourceSchema.safeParse({
    name: values.name,
    sampleRate: values["sample-rate"],
    maxSampleRate: values["max-sample-rate"],
    retentionDays: values["retention-days"],
    retentionPolicy: values["retention-policy"] ?? `Source logs are deleted ${values["retention-days"]} days after they are received.`,
    pullFolder: values["pull-folder"],
    active: !values.inactive,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${flagOf[String(issue.path[0])] ?? issue.path.join(".")}: ${issue.message}`);
    return 2;
  }
  try {
    return await withCliDatabase(async () => {
      const source = await createSource(parsed.data, ACTOR);
      const key = await createSourceApiKey(source.id, "source:create", ACTOR, scopes);
      console.log(
        JSON.stringify({
          id: source.id,
          name: source.name,
          apiKey: key.key,
          apiKeyPrefix: key.prefix,
          scopes: key.scopes,
          sampleRate: source.sampleRate,
          maxSampleRate: source.maxSampleRate,
          retentionDays: source.retentionDays,
        }),
      );
      return 0;
    });
  } catch (error) {
    if (error instanceof SourceRuleError) {
      console.error(`${flagOf[error.field ?? ""] ?? "source"}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

runCli("source:create", main);
