import { describe, expect, it } from "vitest";
import { SchemaReader } from "../../src/adapters/schema-reader.js";
import { loadEngine, queryRows } from "../../src/adapters/sqlite/engine.js";
import { fillOrder, rowCandidates, uniqueColumns, uniqueIndexes } from "../../src/core/data/row-generator.js";
import type { Schema, TableObject } from "../../src/core/schema/index.js";
import { LayeredMap } from "../../src/core/schema/layered-map.js";
import { fillTables } from "../../src/engine/replay/data-fill.js";

/** A real database with `ddl` run, its schema as the replay reads it. */
async function open(ddl: string) {
  const db = (await loadEngine()).openMemory();
  db.exec(ddl);
  return { db, schema: new SchemaReader(db).read() };
}

async function filled(ddl: string, seed = 1) {
  const { db, schema } = await open(ddl);
  fillTables(db, schema, seed);
  return { db, schema };
}

const rows = (db: Awaited<ReturnType<typeof open>>["db"], sql: string) => queryRows(db, sql);

describe("the row generator", () => {
  const SHOP = `
    CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT, created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP);
    CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers (id), status TEXT NOT NULL CHECK (status IN ('open', 'paid')), total REAL NOT NULL CHECK (total >= 0));
    CREATE TABLE categories (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES categories (id), slug TEXT NOT NULL);
    CREATE TABLE tags (name TEXT PRIMARY KEY, uses INTEGER NOT NULL) WITHOUT ROWID;
    CREATE TABLE prices (id INTEGER PRIMARY KEY, cents INTEGER NOT NULL, euros REAL GENERATED ALWAYS AS (cents / 100.0) VIRTUAL) STRICT;
  `;

  it("puts three rows in every table, honouring NOT NULL, UNIQUE, CHECK, foreign keys, WITHOUT ROWID and STRICT", async () => {
    const { db } = await filled(SHOP);
    for (const table of ["customers", "orders", "categories", "tags", "prices"])
      expect(rows(db, `SELECT count(*) FROM ${table}`)[0]?.[0], table).toBe(3);
    expect(rows(db, "SELECT count(DISTINCT email) FROM customers")[0]?.[0]).toBe(3);
    // Every order references a customer that exists; its status is one the CHECK allows.
    expect(rows(db, "PRAGMA foreign_key_check")).toEqual([]);
    expect(rows(db, "SELECT DISTINCT status FROM orders ORDER BY 1").map((r) => r[0])).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(open|paid)$/)]),
    );
    expect(rows(db, "PRAGMA integrity_check")).toEqual([["ok"]]);
  });

  it("shapes rows like real data: duplicates where nothing is unique, NULLs where allowed", async () => {
    const { db } = await filled(
      "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, nickname TEXT);",
    );
    expect(rows(db, "SELECT count(DISTINCT email) FROM users")[0]?.[0]).toBe(2);
    expect(rows(db, "SELECT count(*) FROM users WHERE nickname IS NULL")[0]?.[0]).toBe(1);
  });

  it("is deterministic from its seed", async () => {
    const dump = async (seed: number) => {
      const { db } = await filled(SHOP, seed);
      return ["customers", "orders", "categories", "tags", "prices"].map((t) =>
        rows(db, `SELECT * FROM ${t}`),
      );
    };
    expect(await dump(7)).toEqual(await dump(7));
    expect(await dump(7)).not.toEqual(await dump(8));
  });

  it("tops tables up to three rows and never beyond", async () => {
    const { db, schema } = await open("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);");
    db.exec("INSERT INTO notes (body) VALUES ('mine')");
    fillTables(db, schema, 1);
    fillTables(db, schema, 1);
    const bodies = rows(db, "SELECT body FROM notes ORDER BY id").map((r) => r[0]);
    expect(bodies).toHaveLength(3);
    expect(bodies[0]).toBe("mine");
  });

  it("orders parents first and leaves a self-reference NULL where it may", async () => {
    const { schema } = await open(
      "CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a (id));CREATE TABLE a (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a (id));",
    );
    expect(fillOrder(schema).map((t) => t.name)).toEqual(["a", "b"]);
    const a = fillOrder(schema)[0] as TableObject;
    const [first] = rowCandidates(a, 0, uniqueColumns(a, []), () => [], 1);
    expect(first).toEqual({ columns: ["a_id"], values: ["NULL"] });
  });

  it("orders the wanted tables as the whole schema does, also where a table outside them leads to one", async () => {
    // `a` sorts first and references `z`, so z is ordered before q; `n` leads to nothing wanted; `Q2`'s
    // reference names `Q` as written, which no table is folded to; r and s reference each other.
    const { schema } = await open(`
      CREATE TABLE q (id INTEGER PRIMARY KEY);
      CREATE TABLE z (id INTEGER PRIMARY KEY, email TEXT);
      CREATE UNIQUE INDEX z_email ON z (email);
      CREATE TABLE a (id INTEGER PRIMARY KEY, z_id INTEGER REFERENCES z (id));
      CREATE TABLE n (id INTEGER PRIMARY KEY, m_id INTEGER REFERENCES m (id));
      CREATE TABLE m (id INTEGER PRIMARY KEY);
      CREATE TABLE q2 (id INTEGER PRIMARY KEY, q_id INTEGER REFERENCES Q (id));
      CREATE TABLE r (id INTEGER PRIMARY KEY, s_id INTEGER REFERENCES s (id), q_id INTEGER REFERENCES q (id));
      CREATE TABLE s (id INTEGER PRIMARY KEY, r_id INTEGER REFERENCES r (id));
      CREATE VIRTUAL TABLE docs USING fts5(body);
      CREATE TABLE docs_extra (id INTEGER PRIMARY KEY, z_id INTEGER REFERENCES z (id));
    `);
    // A replay's snapshot: a shared base with a layer on top.
    const [first, ...rest] = [...schema.objects];
    const layered: Schema = {
      objects: LayeredMap.of(rest).with(new Map([first as [string, (typeof rest)[number][1]]])),
    };
    const names = (tables: TableObject[], wanted: Set<string>) =>
      tables.map((t) => t.name).filter((n) => wanted.has(n));
    for (const wanted of [new Set(["q", "z"]), new Set(["s", "r", "q"]), new Set(["m", "q2"])])
      for (const snapshot of [schema, layered]) {
        expect(names(fillOrder(snapshot, wanted), wanted)).toEqual(names(fillOrder(snapshot), wanted));
        expect(uniqueIndexes(snapshot, wanted).get("z")).toEqual(
          wanted.has("z") ? uniqueIndexes(snapshot).get("z") : undefined,
        );
      }
    expect(names(fillOrder(layered, new Set(["q", "z"])), new Set(["q", "z"]))).toEqual(["z", "q"]);
    expect(fillOrder(layered).map((t) => t.name)).not.toContain("docs_extra");
  });

  it("leaves a full-text index's shadow tables to its module", async () => {
    const { db } = await filled(
      "CREATE TABLE docs (id INTEGER PRIMARY KEY, body TEXT NOT NULL);CREATE VIRTUAL TABLE docs_fts USING fts5(body);",
    );
    expect(rows(db, "SELECT count(*) FROM docs")[0]?.[0]).toBe(3);
    expect(rows(db, "SELECT count(*) FROM docs_fts_config")[0]?.[0]).toBe(1);
    expect(rows(db, "PRAGMA integrity_check")).toEqual([["ok"]]);
  });

  it("tries nothing for a NOT NULL reference to a parent that has no rows", async () => {
    const { schema } = await open(
      "CREATE TABLE p (id INTEGER PRIMARY KEY);CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER NOT NULL REFERENCES p (id));",
    );
    const c = schema.objects.get("table:c") as TableObject;
    expect(rowCandidates(c, 0, new Set(), () => [], 1)).toEqual([]);
  });
});
