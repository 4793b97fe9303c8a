import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

/**
 * The drift test: the database the hand-written migrations build must match
 * prisma/schema.prisma, which is what the generated client believes. Every model,
 * field, type, nullability, default, unique, index and foreign key is checked.
 */

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object";
  type: string;
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  isUpdatedAt: boolean;
  hasDefaultValue: boolean;
  nativeType?: [string, string[]] | null;
  default?: unknown;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
  primaryKey: { fields: string[] } | null;
}
interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string | null;
  fields: { name: string }[];
}

const schema = fs.readFileSync(path.resolve("prisma/schema.prisma"), "utf8");
const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schema]] }))) as {
  datamodel: { models: DmmfModel[]; enums: { name: string; values: { name: string }[] }[]; indexes: DmmfIndex[] };
};

const SCALAR_TO_UDT: Record<string, string> = {
  String: "text",
  Int: "int4",
  BigInt: "int8",
  Float: "float8",
  Boolean: "bool",
  DateTime: "timestamp",
  Json: "jsonb",
  Decimal: "numeric",
  Bytes: "bytea",
};
const NATIVE_TO_UDT: Record<string, string> = { Uuid: "uuid", Date: "date", Timestamptz: "timestamptz", Text: "text", VarChar: "varchar" };

function expectedUdt(field: DmmfField): string {
  const base = field.kind === "enum" ? field.type : field.nativeType ? NATIVE_TO_UDT[field.nativeType[0]] : SCALAR_TO_UDT[field.type];
  return field.isList ? `_${base}` : base;
}

interface Column {
  table_name: string;
  column_name: string;
  udt_name: string;
  is_nullable: "YES" | "NO";
  column_default: string | null;
}

let client: pg.Client;
let columns: Map<string, Column>;
let indexes: { table: string; name: string; unique: boolean; columns: string[] }[];

beforeAll(async () => {
  client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  const cols = await client.query<Column>(
    `SELECT table_name, column_name, udt_name, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public'`,
  );
  columns = new Map(cols.rows.map((c) => [`${c.table_name}.${c.column_name}`, c]));
  const idx = await client.query<{ table: string; name: string; unique: boolean; columns: string[] }>(`
    SELECT t.relname AS table, i.relname AS name, ix.indisunique AS unique,
           array_agg(a.attname::text ORDER BY k.ord) AS columns
      FROM pg_index ix
      JOIN pg_class i ON i.oid = ix.indexrelid
      JOIN pg_class t ON t.oid = ix.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
      CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
     GROUP BY t.relname, i.relname, ix.indisunique`);
  indexes = idx.rows;
});

afterAll(async () => {
  await client.end();
});

const models = dmmf.datamodel.models;

describe("drift: migrations match schema.prisma", () => {
  it("every enum exists with exactly the schema's values", async () => {
    for (const e of dmmf.datamodel.enums) {
      const { rows } = await client.query<{ label: string }>(
        `SELECT e.enumlabel AS label FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = $1 ORDER BY e.enumsortorder`,
        [e.name],
      );
      expect(rows.map((r) => r.label), `enum ${e.name}`).toEqual(e.values.map((v) => v.name));
    }
  });

  it.each(models.map((m) => [m.name, m] as const))("model %s: every field has its column, type, nullability and default", (_name, model) => {
    const table = model.dbName ?? model.name;
    for (const field of model.fields.filter((f) => f.kind !== "object")) {
      const column = columns.get(`${table}.${field.dbName ?? field.name}`);
      expect(column, `${table}.${field.name} exists`).toBeDefined();
      expect(column!.udt_name, `${table}.${field.name} type`).toBe(expectedUdt(field));
      // Prisma lists are NOT NULL in the client's eyes but nullable in SQL (Prisma Migrate does the same).
      if (!field.isList) expect(column!.is_nullable, `${table}.${field.name} nullability`).toBe(field.isRequired ? "NO" : "YES");
      const dbDefault = column!.column_default;
      const def = field.default as { name?: string; args?: unknown[] } | string | number | boolean | unknown[] | undefined;
      if (!field.hasDefaultValue) {
        // @updatedAt columns also get CURRENT_TIMESTAMP so raw SQL inserts stay valid.
        if (!field.isUpdatedAt) expect(dbDefault, `${table}.${field.name} has no default`).toBeNull();
      } else if (def && typeof def === "object" && !Array.isArray(def)) {
        const expected: Record<string, RegExp> = {
          now: /^CURRENT_TIMESTAMP$/,
          autoincrement: /^nextval\(/,
          dbgenerated: new RegExp(`^${String(def.args?.[0] ?? "").replace(/[()]/g, "\\$&")}$`),
        };
        expect(dbDefault, `${table}.${field.name} default ${def.name}`).toMatch(expected[def.name ?? ""] ?? /^$/);
      } else if (Array.isArray(def)) {
        expect(dbDefault, `${table}.${field.name} list default`).toMatch(/^ARRAY\[\]/);
      } else if (typeof def === "string" && field.kind === "enum") {
        expect(dbDefault).toBe(`'${def}'::"${field.type}"`);
      } else if (typeof def === "string" && (field.type === "BigInt" || field.type === "Decimal")) {
        expect(dbDefault, `${table}.${field.name} default`).toBe(def);
      } else if (typeof def === "string") {
        expect(dbDefault).toMatch(new RegExp(`^'${def.replace(/[{}]/g, "\\$&")}'::`));
      } else {
        expect(String(dbDefault), `${table}.${field.name} default`).toBe(String(def));
      }
    }
  });

  it("every table in the database is a model (no orphans besides _prisma_migrations)", () => {
    const tables = new Set([...columns.values()].map((c) => c.table_name));
    tables.delete("_prisma_migrations");
    expect([...tables].sort()).toEqual(models.map((m) => m.dbName ?? m.name).sort());
  });

  it("every id, unique and index the client knows exists with the same columns", () => {
    for (const index of dmmf.datamodel.indexes) {
      const model = models.find((m) => m.name === index.model)!;
      const table = model.dbName ?? model.name;
      const cols = index.fields.map((f) => model.fields.find((x) => x.name === f.name)?.dbName ?? f.name);
      const match = indexes.find(
        (i) => i.table === table && JSON.stringify(i.columns) === JSON.stringify(cols) && (index.type === "normal" ? !i.unique : i.unique),
      );
      expect(match, `${index.type} index on ${table}(${cols.join(", ")})`).toBeDefined();
    }
  });

  it("every relation has its foreign key with the schema's delete rule", async () => {
    const { rows } = await client.query<{ table: string; column: string; ref: string; delete_rule: string }>(`
      SELECT tc.table_name AS table, kcu.column_name AS column, ccu.table_name AS ref, rc.delete_rule
        FROM information_schema.table_constraints tc
        JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name
        JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name
        JOIN information_schema.referential_constraints rc ON rc.constraint_name = tc.constraint_name
       WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'`);
    const ruleOf: Record<string, string> = { Cascade: "CASCADE", SetNull: "SET NULL", Restrict: "RESTRICT", NoAction: "NO ACTION" };
    for (const model of models) {
      for (const field of model.fields.filter((f) => f.kind === "object" && f.relationFromFields?.length)) {
        const table = model.dbName ?? model.name;
        const fk = rows.find((r) => r.table === table && r.column === field.relationFromFields![0]);
        expect(fk, `foreign key ${table}.${field.relationFromFields![0]}`).toBeDefined();
        expect(fk!.ref).toBe(models.find((m) => m.name === field.type)!.dbName ?? field.type);
        // Prisma's defaults: SetNull for optional relations, Restrict for required ones.
        const optional = !field.isRequired;
        const expectedRule = ruleOf[field.relationOnDelete ?? (optional ? "SetNull" : "Restrict")];
        expect(fk!.delete_rule, `${table}.${field.name} onDelete`).toBe(expectedRule);
      }
    }
  });
});
