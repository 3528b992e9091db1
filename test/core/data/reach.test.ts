import { describe, expect, it } from "vitest";
import { SchemaReader } from "../../../src/adapters/schema-reader.js";
import { loadEngine, queryRows } from "../../../src/adapters/sqlite/engine.js";
import { tablesReached } from "../../../src/core/data/reach.js";
import type { MigrationScript } from "../../../src/core/migration.js";
import { fillTables } from "../../../src/engine/replay/data-fill.js";

/** A real database with `ddl` run, its schema as the replay reads it. */
async function open(ddl: string) {
  const db = (await loadEngine()).openMemory();
  db.exec(ddl);
  return { db, schema: new SchemaReader(db).read() };
}

const script = (sql: string): MigrationScript => ({
  file: "m.sql",
  chunks: [{ sql, line: 1, column: 1 }],
  transaction: true,
});

const tables = (reach: Set<string> | "all", schemaTables: string[]) =>
  reach === "all" ? "all" : schemaTables.filter((t) => reach.has(t)).sort();

const SHOP = `
  CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT);
  CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers (id) ON DELETE CASCADE);
  CREATE TABLE lines (id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders (id) ON DELETE CASCADE);
  CREATE TABLE audit (id INTEGER PRIMARY KEY, what TEXT);
  CREATE TABLE archive (id INTEGER PRIMARY KEY, what TEXT);
  CREATE TABLE unrelated (id INTEGER PRIMARY KEY);
  CREATE TRIGGER customers_gone AFTER DELETE ON customers BEGIN INSERT INTO audit (what) VALUES (old.email); END;
  CREATE TRIGGER audit_full AFTER INSERT ON audit BEGIN DELETE FROM archive WHERE id < new.id - 100; END;
`;
const ALL = ["archive", "audit", "customers", "lines", "orders", "unrelated"];

describe("the tables a step can reach", () => {
  it("goes from a named table to the children its foreign keys cascade to and what its triggers name, transitively", async () => {
    const { schema } = await open(SHOP);
    const reach = tablesReached(schema, [script("DELETE FROM customers WHERE id = 1;")]);
    expect(tables(reach, ALL)).toEqual(["archive", "audit", "customers", "lines", "orders"]);
  });

  it("stays with what a step names when nothing leads on from it", async () => {
    const { schema } = await open(SHOP);
    const reach = tablesReached(schema, [script('ALTER TABLE "unrelated" ADD COLUMN note TEXT;'), undefined]);
    expect(tables(reach, ALL)).toEqual(["unrelated"]);
    // A child leads nowhere back to its parent: deleting lines changes no order.
    expect(tables(tablesReached(schema, [script("DELETE FROM lines;")]), ALL)).toEqual(["lines"]);
  });

  it("counts a name in quotes of any kind, in a string, and in the down as well as the up", async () => {
    const { schema } = await open(SHOP);
    const reach = tablesReached(schema, [
      script("INSERT INTO [audit] (what) SELECT 'x' FROM `archive`;"),
      script("UPDATE unrelated SET id = id WHERE 'orders' = 'orders';"),
    ]);
    expect(tables(reach, ALL)).toEqual(["archive", "audit", "orders", "lines", "unrelated"].sort());
  });

  it("is every table where a step edits the schema table itself", async () => {
    const { schema } = await open(SHOP);
    expect(tablesReached(schema, [script("PRAGMA writable_schema = ON;")])).toBe("all");
    expect(tablesReached(schema, [script("UPDATE sqlite_master SET sql = sql;")])).toBe("all");
  });

  it("fills the reached tables and the parents their rows need, and leaves the rest as they are", async () => {
    const { db, schema } = await open(SHOP);
    fillTables(db, schema, 1, tablesReached(schema, [script("DELETE FROM lines;")]));
    const count = (t: string) => queryRows(db, `SELECT count(*) FROM ${t}`)[0]?.[0];
    expect(ALL.map((t) => [t, count(t)])).toEqual([
      ["archive", 0],
      ["audit", 0],
      ["customers", 3],
      ["lines", 3],
      ["orders", 3],
      ["unrelated", 0],
    ]);
  });
});
