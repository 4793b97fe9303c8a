import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { migrateDatabase } from "./migrate";
import { withDatabase } from "./admin";
import { db } from "@/lib/db";

const OWNER_SQL = fs.readFileSync(path.resolve("prisma/production/audit-log-owner.sql"), "utf8");

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

describe("audit log is append-only", () => {
  it("refuses TRUNCATE, even in raw SQL", async () => {
    const entry = await db.auditLog.create({ data: { actorLabel: "system:test", action: "test.truncate", targetType: "Test" } });
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only \(TRUNCATE refused\)/);
    expect(await db.auditLog.findUnique({ where: { id: entry.id } })).not.toBeNull();
  });
});

describe("prisma/production/audit-log-owner.sql: the app's role does not own the audit log", () => {
  const suffix = crypto.randomBytes(5).toString("hex");
  const role = `evalmine_app_${suffix}`;
  const password = crypto.randomBytes(12).toString("hex");
  const database = `evalmine_owner_${suffix}`;
  const superUrl = withDatabase(inject("serverUrl"), database);
  const appUrl = (() => {
    const url = new URL(superUrl);
    url.username = role;
    url.password = password;
    return url.toString();
  })();

  afterAll(async () => {
    const admin = await connect(inject("serverUrl"));
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.query(`DROP ROLE IF EXISTS "${role}"`);
    } finally {
      await admin.end();
    }
  });

  it("leaves the app reading and appending, and nothing else, not even disabling the triggers", async () => {
    const admin = await connect(inject("serverUrl"));
    try {
      await admin.query(`CREATE ROLE "${role}" LOGIN PASSWORD '${password}'`);
      await admin.query(`CREATE DATABASE "${database}" OWNER "${role}"`);
    } finally {
      await admin.end();
    }
    await migrateDatabase(appUrl);

    const superuser = await connect(superUrl);
    try {
      await superuser.query(OWNER_SQL);
      await superuser.query(OWNER_SQL); // a second run changes nothing and does not fail
      const [{ owner }] = (await superuser.query(`SELECT tableowner AS owner FROM pg_tables WHERE tablename = 'AuditLog'`)).rows;
      expect(owner).toBe("evalmine_owner");
      // Not even a superuser truncates it without first dropping the trigger.
      await expect(superuser.query(`TRUNCATE "AuditLog"`)).rejects.toThrow(/TRUNCATE refused/);
    } finally {
      await superuser.end();
    }

    const app = await connect(appUrl);
    try {
      const user = (await app.query(`INSERT INTO "User" ("email", "name", "passwordHash", "updatedAt") VALUES ('leaver@test.local', 'Leaver', 'x', now()) RETURNING "id"`)).rows[0];
      const entry = (
        await app.query(`INSERT INTO "AuditLog" ("actorId", "actorLabel", "action", "targetType") VALUES ($1, 'user:leaver@test.local', 'test.append', 'Test') RETURNING "id"`, [user.id])
      ).rows[0];
      expect((await app.query(`SELECT count(*)::int AS n FROM "AuditLog"`)).rows[0].n).toBe(1);

      const refusals = [
        `UPDATE "AuditLog" SET "action" = 'tampered'`,
        `DELETE FROM "AuditLog"`,
        `TRUNCATE "AuditLog"`,
        `ALTER TABLE "AuditLog" DISABLE TRIGGER ALL`,
        `DROP TRIGGER "AuditLog_append_only" ON "AuditLog"`,
        `ALTER TABLE "AuditLog" OWNER TO "${role}"`,
        `CREATE OR REPLACE FUNCTION "audit_log_append_only"() RETURNS trigger AS $$ BEGIN RETURN OLD; END; $$ LANGUAGE plpgsql`,
        `DROP TABLE "AuditLog"`,
        `ALTER SCHEMA public OWNER TO "${role}"`,
      ];
      for (const sql of refusals) await expect(app.query(sql), sql).rejects.toThrow(/permission denied|must be owner/);

      // Deleting a user still clears their id from the entries (the one permitted change).
      await app.query(`DELETE FROM "LoginAttempt"`);
      await app.query(`DELETE FROM "User" WHERE "id" = $1`, [user.id]);
      const after = (await app.query(`SELECT "actorId", "actorLabel", "action" FROM "AuditLog" WHERE "id" = $1`, [entry.id])).rows[0];
      expect(after).toEqual({ actorId: null, actorLabel: "user:leaver@test.local", action: "test.append" });
    } finally {
      await app.end();
    }
    // Later migrations still run as the app's role.
    expect(await migrateDatabase(appUrl)).toEqual([]);
  });
});
