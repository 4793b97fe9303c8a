import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { migrateDatabase, readMigrations, MigrationError, DEFAULT_MIGRATIONS_DIR } from "./migrate";
import { createFreshDatabase } from "@/lib/testing/db-server";

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

function copyMigrations(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evalmine-migrations-"));
  fs.cpSync(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

describe("migrateDatabase", () => {
  it("applies every migration to an empty database and records it as Prisma Migrate does", async () => {
    const url = await createFreshDatabase(inject("serverUrl"));
    const applied = await migrateDatabase(url);
    const files = readMigrations();
    expect(applied).toEqual(files.map((f) => f.name));

    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number; id: string }>(
      url,
      `SELECT id, migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const [i, row] of rows.entries()) {
      const sql = fs.readFileSync(path.join(DEFAULT_MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(crypto.createHash("sha256").update(sql).digest("hex"));
      expect(row.checksum).toBe(files[i].checksum);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    }
    const tables = await query<{ table_name: string }>(url, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(["User", "Source", "SourceLog", "Case", "EvalItem", "AuditLog"]));
  });

  it("is a no-op the second time", async () => {
    const url = await createFreshDatabase(inject("serverUrl"));
    await migrateDatabase(url);
    const before = await query(url, `SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(await migrateDatabase(url)).toEqual([]);
    expect(await query(url, `SELECT * FROM "_prisma_migrations" ORDER BY migration_name`)).toEqual(before);
  });

  it("refuses to continue when an applied migration's file has changed", async () => {
    const url = await createFreshDatabase(inject("serverUrl"));
    const dir = copyMigrations();
    await migrateDatabase(url, { dir });
    const first = readMigrations(dir)[0];
    fs.appendFileSync(path.join(dir, first.name, "migration.sql"), "\n-- edited after the fact\n");
    fs.mkdirSync(path.join(dir, "29990101000000_later"));
    fs.writeFileSync(path.join(dir, "29990101000000_later", "migration.sql"), `CREATE TABLE "ShouldNotExist" (id int);`);
    await expect(migrateDatabase(url, { dir })).rejects.toThrow(/changed after it was applied/);
    const tables = await query(url, `SELECT 1 FROM information_schema.tables WHERE table_name = 'ShouldNotExist'`);
    expect(tables).toHaveLength(0);
  });

  it("rolls a failing migration back whole and records nothing for it", async () => {
    const url = await createFreshDatabase(inject("serverUrl"));
    const dir = copyMigrations();
    fs.mkdirSync(path.join(dir, "29990101000000_broken"));
    fs.writeFileSync(path.join(dir, "29990101000000_broken", "migration.sql"), `CREATE TABLE "HalfDone" (id int);\nSELECT no_such_function();`);
    await expect(migrateDatabase(url, { dir })).rejects.toBeInstanceOf(MigrationError);
    expect(await query(url, `SELECT 1 FROM information_schema.tables WHERE table_name = 'HalfDone'`)).toHaveLength(0);
    const names = await query<{ migration_name: string }>(url, `SELECT migration_name FROM "_prisma_migrations"`);
    expect(names.map((n) => n.migration_name)).not.toContain("29990101000000_broken");
  });

  it("migrates once when several instances start together (advisory lock)", async () => {
    const url = await createFreshDatabase(inject("serverUrl"));
    const results = await Promise.all([migrateDatabase(url), migrateDatabase(url), migrateDatabase(url)]);
    const total = results.flat();
    expect(total).toEqual(readMigrations().map((f) => f.name));
    const rows = await query(url, `SELECT * FROM "_prisma_migrations"`);
    expect(rows).toHaveLength(readMigrations().length);
  });
});
