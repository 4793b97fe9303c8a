// npm run key:create -- --source NAME_OR_ID --scope evalset:read [--scope ingest] [--name NAME]
// npm run key:create -- --scope erasure [--name NAME]   (an erasure key: no source, erases everywhere)
// Issues an API key for an existing source, e.g. an "evalset:read" key for the CI job that
// exports the eval set (a key bound to a source exports that source's items). Prints ONE
// JSON object: {"id","name","sourceId","source","apiKey","apiKeyPrefix","scopes"}; the key is
// shown only here, only its hash is stored. Exit codes: 0 created, 1 refused (no such
// source), 2 bad arguments. Errors go to stderr.
import { parseArgs } from "node:util";
import { z } from "zod";
import { runCli, withCliDatabase } from "./lib/cli";
import { db } from "@/lib/db";
import type { ApiScope } from "@/lib/auth/permissions";
import { apiScopeSchema } from "@/lib/sources/schemas";
import { createSourceApiKey } from "@/lib/sources/service";
import { createErasureApiKey } from "@/lib/privacy/erasure-keys";

const USAGE = "usage: npm run key:create -- --source NAME_OR_ID --scope ingest|evalset:read [--scope ...] [--name NAME]\n       npm run key:create -- --scope erasure [--name NAME]";
const ACTOR = { label: "system:key-create-cli" };

async function main(): Promise<number> {
  let values: { source?: string; scope?: string[]; name?: string };
  try {
    ({ values } = parseArgs({ options: { source: { type: "string" }, scope: { type: "string", multiple: true }, name: { type: "string" } }, allowPositionals: false }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.scope?.length === 1 && values.scope[0] === "erasure") return await erasureKey(values);
  if (!values.source || !values.scope?.length) {
    console.error(`missing ${[values.source ? null : "--source", values.scope?.length ? null : "--scope"].filter(Boolean).join(", ")}\n${USAGE}`);
    return 2;
  }
  const scopes: ApiScope[] = [];
  for (const scope of values.scope) {
    const checked = apiScopeSchema.safeParse(scope);
    if (!checked.success) {
      console.error(`--scope: ${checked.error.issues[0].message}`);
      return 2;
    }
    scopes.push(checked.data);
  }
  const name = (values.name ?? `cli ${scopes.join("+")}`).trim();
  if (name === "" || name.length > 80) {
    console.error("--name: Use 1 to 80 characters.");
    return 2;
  }
  const lookup = values.source;
  return await withCliDatabase(async () => {
    const source = await db.source.findFirst({ where: z.uuid().safeParse(lookup).success ? { OR: [{ id: lookup }, { name: lookup }] } : { name: lookup }, select: { id: true, name: true } });
    if (!source) {
      console.error(`--source: no source is named or has the id "${lookup}".`);
      return 1;
    }
    const key = await createSourceApiKey(source.id, name, ACTOR, scopes);
    console.log(JSON.stringify({ id: key.id, name, sourceId: source.id, source: source.name, apiKey: key.key, apiKeyPrefix: key.prefix, scopes: key.scopes }));
    return 0;
  });
}

/** An erasure key belongs to no source: it may not be combined with --source or other scopes. */
async function erasureKey(values: { source?: string; name?: string }): Promise<number> {
  if (values.source) {
    console.error(`--source: an erasure key belongs to no source (it erases an end user everywhere)\n${USAGE}`);
    return 2;
  }
  const name = values.name ?? "cli erasure";
  if (name.trim() === "" || name.trim().length > 80) {
    console.error("--name: Use 1 to 80 characters.");
    return 2;
  }
  return await withCliDatabase(async () => {
    const key = await createErasureApiKey(name, ACTOR);
    console.log(JSON.stringify({ id: key.id, name: key.name, sourceId: null, source: null, apiKey: key.key, apiKeyPrefix: key.prefix, scopes: ["erasure"] }));
    return 0;
  });
}

runCli("key:create", main);
