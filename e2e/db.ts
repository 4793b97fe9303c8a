import pg from "pg";

// The e2e runner (scripts/e2e.ts) passes the app's database to Playwright: a spec that
// needs a case the demo data doesn't have (a very long conversation) writes it here, and
// specs that set up or check rows of their own use `sql`.

async function withClient<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Runs one parameterised statement against the app's database and returns its rows. */
export async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  return await withClient(async (client) => (await client.query<T>(text, values)).rows);
}

/**
 * A pending case with a long conversation, already claimed by `email` with the oldest
 * claim (so their queue opens on it, whatever else they hold). Returns its id.
 */
export async function insertHeldLongCase(email: string, turns = 24): Promise<string> {
  const messages = [{ role: "system", content: "You are Acme's support assistant. Be brief and accurate." }];
  for (let i = 1; i <= turns; i++) {
    messages.push({ role: "user", content: `Question ${i}: my order <ORDER_${i}> still shows "processing" after the carrier said it was delivered. ${"Could you check again? ".repeat(6)}` });
    messages.push({ role: "assistant", content: `Answer ${i}: I checked the carrier's record for that order; it says delivered to the front desk. ${"I can open an investigation if it is not there. ".repeat(4)}` });
  }
  return await withClient(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "Case" ("sourceId", "batchId", "status", "priority", "minedReasons", "input", "output", "metadata", "claimedById", "claimedAt", "leaseExpiresAt", "minedAt")
       SELECT s.id, b.id, 'PENDING', 50, ARRAY['negative_feedback'], $1::jsonb, $2::jsonb, $3::jsonb, u.id, '2000-01-01', now() + interval '30 minutes', now()
         FROM "Source" s, "User" u, (SELECT id FROM "Batch" WHERE status <> 'CLOSED' ORDER BY "weekStart" LIMIT 1) b
        WHERE s.name = 'support-assistant' AND u.email = $4
       RETURNING id`,
      [JSON.stringify({ messages }), JSON.stringify({ role: "assistant", content: "It was delivered; please check with your neighbours." }), JSON.stringify({ feedback: { score: -1, comment: "Not delivered, and the bot keeps saying it was." }, latencyMs: 2140 }), email],
    );
    if (!rows[0]) throw new Error("insertHeldLongCase: no source, user or open batch to attach the case to");
    return rows[0].id;
  });
}
