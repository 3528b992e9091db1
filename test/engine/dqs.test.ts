import { describe, expect, it } from "vitest";
import { only, replayFiles, rulesOf } from "../helpers/replay.js";

const init = {
  "0001_init.up.sql": "CREATE TABLE orders (id INTEGER PRIMARY KEY, status TEXT NOT NULL, total INTEGER);\n",
  "0001_init.down.sql": "DROP TABLE orders;\n",
};

describe("dqs", () => {
  it("a CHECK whose double-quoted strings are no columns, at the token's line, naming single quotes", async () => {
    const db = await replayFiles({
      ...init,
      "0002_shipments.up.sql":
        "CREATE TABLE shipments (\n  id INTEGER PRIMARY KEY,\n  state TEXT CHECK (state IN (\"new\", 'sent'))\n);\n",
      "0002_shipments.down.sql": "DROP TABLE shipments;\n",
    });
    const f = only(db, "dqs");
    expect(f).toMatchObject({
      file: "migrations/0002_shipments.up.sql",
      line: 3,
      column: 31,
      severity: "warning",
    });
    expect(f.message).toContain('migrations/0002_shipments.up.sql:3: `"new"` in `CREATE TABLE shipments (');
    expect(f.message).toContain("write `'new'` if a string is meant");
  });

  it("a misspelt column in an index expression, a view and a trigger, with the column it probably meant", async () => {
    const db = await replayFiles({
      ...init,
      "0002_more.up.sql":
        'CREATE INDEX orders_state ON orders (lower("statuss"));\nCREATE VIEW open_orders AS SELECT id, "totl" AS amount FROM orders;\nCREATE TRIGGER orders_touch AFTER UPDATE OF total ON orders BEGIN UPDATE orders SET status = "changed" WHERE id = new.id; END;\n',
      "0002_more.down.sql": "DROP TRIGGER orders_touch;\nDROP VIEW open_orders;\nDROP INDEX orders_state;\n",
    });
    // One finding per file, at the first, naming the lines of the others.
    const f = only(db, "dqs");
    expect(f.line).toBe(1);
    expect(f.message).toContain("or `status` if that column was meant");
    expect(f.message).toContain("(the file has 2 more, at lines 2, 3)");
  });

  it("a view and a trigger are checked where they are used, with the column meant", async () => {
    const db = await replayFiles({
      ...init,
      "0002_view.up.sql": 'CREATE VIEW open_orders AS SELECT id, "totl" AS amount FROM orders;\n',
      "0002_view.down.sql": "DROP VIEW open_orders;\n",
      "0003_trigger.up.sql":
        'CREATE TRIGGER orders_touch AFTER UPDATE OF total ON orders BEGIN UPDATE orders SET status = "changed" WHERE id = new.id; END;\n',
      "0003_trigger.down.sql": "DROP TRIGGER orders_touch;\n",
    });
    const found = db.findings.filter((f) => f.rule === "dqs");
    expect(found.map((f) => [f.file, f.line])).toEqual([
      ["migrations/0002_view.up.sql", 1],
      ["migrations/0003_trigger.up.sql", 1],
    ]);
    expect(found[0]?.message).toContain("or `total` if that column was meant");
    expect(found[1]?.message).toContain('`"changed"`');
  });

  it("an INSERT of double-quoted values", async () => {
    const db = await replayFiles({
      ...init,
      "0002_seed.up.sql": 'INSERT INTO orders (status, total) VALUES ("paid", 3);\n',
      "0002_seed.down.sql": "DELETE FROM orders;\n",
    });
    expect(only(db, "dqs").message).toContain('`"paid"`');
  });

  it("near misses: double-quoted names of real tables and columns, single-quoted strings, DEFAULT", async () => {
    const db = await replayFiles({
      ...init,
      "0002_quoted.up.sql":
        'CREATE TABLE "Items" ("id" INTEGER PRIMARY KEY, "name" TEXT DEFAULT \'x\', "kind" TEXT CHECK ("kind" IN (\'a\', \'b\')));\nCREATE INDEX "items_name" ON "Items" (lower("name"));\nCREATE VIEW "named" AS SELECT "id", "name" FROM "Items";\nCREATE TRIGGER "t" AFTER INSERT ON "Items" BEGIN UPDATE "Items" SET "name" = \'y\' WHERE "id" = new."id"; END;\nINSERT INTO "Items" ("name", "kind") VALUES (\'n\', \'a\');\nUPDATE "orders" SET "status" = \'x\' WHERE "total" > 1;\n',
      "0002_quoted.down.sql": 'DROP TABLE "Items";\nDROP VIEW "named";\n',
    });
    expect(rulesOf(db)).toEqual([]);
  });
});
