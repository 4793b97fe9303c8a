import { describe, expect, it } from "vitest";
import pg from "pg";
import { changeUserRole, setUserActive } from "./service";
import { makeUser } from "@/lib/testing/factories";
import { db } from "@/lib/db";

/** Sessions of this database waiting for a lock right now. */
async function waitingOnLocks(): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
     WHERE NOT l.granted AND a.datname = current_database()`;
  return row.n;
}

describe("at least one active admin, also under concurrent changes", () => {
  it("of two admins demoted and deactivated at the same moment, exactly one change wins", async () => {
    const [first, second] = await Promise.all([makeUser("ADMIN"), makeUser("ADMIN")]);
    await db.user.updateMany({ where: { role: "ADMIN", id: { notIn: [first.id, second.id] } }, data: { active: false } });

    // Hold both rows so the two changes start together and then race: each reads "two
    // active admins" before either writes, which is exactly the window a check in the
    // application cannot close.
    const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query(`SELECT 1 FROM "User" WHERE "id" = ANY($1::uuid[]) FOR UPDATE`, [[first.id, second.id]]);
      const demote = changeUserRole(first.id, "REVIEWER", { label: "system:test" });
      const deactivate = setUserActive(second.id, false, { label: "system:test" });
      const settled = Promise.allSettled([demote, deactivate]);
      while ((await waitingOnLocks()) < 2) await new Promise((resolve) => setTimeout(resolve, 20));
      await holder.query("COMMIT");
      const results = await settled;
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(String(refused.reason.message)).toMatch(/last active admin/);
    } finally {
      await holder.end();
    }
    expect(await db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
  });
});
