import { existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  compileOptions,
  type EngineName,
  loadEngine,
  NATIVE_NODE,
  nativeAvailable,
} from "../../src/adapters/sqlite/engine.js";
import { statementSpans } from "../../src/adapters/sqlite/statements.js";
import { LockstepError } from "../../src/core/errors.js";

const native = await nativeAvailable();
const engines: EngineName[] = native ? ["native", "wasm"] : ["wasm"];

function value(engineDb: { prepare(sql: string): { rows(): unknown[][]; finalize(): void } }, sql: string) {
  const stmt = engineDb.prepare(sql);
  const [row] = stmt.rows();
  stmt.finalize();
  return row?.[0];
}

for (const name of engines) {
  describe(`the ${name} engine`, () => {
    it("names itself and its SQLite, and has FTS5 and R*Tree", async () => {
      const engine = await loadEngine(name);
      const db = engine.openMemory();
      expect(engine.info).toEqual({ name, sqlite: value(db, "SELECT sqlite_version()") });
      db.close();
      const options = compileOptions(engine);
      expect(options).toContain("ENABLE_FTS5");
      expect(options).toContain("ENABLE_RTREE");
    });

    it("takes double-quoted string literals and enforces foreign keys, as real tools' SQLite does", async () => {
      const db = (await loadEngine(name)).openMemory();
      db.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, kind TEXT DEFAULT "manual");
               CREATE INDEX t_kind ON t("kind");
               CREATE TABLE c (t_id INTEGER REFERENCES t(id));
               INSERT INTO t (id) VALUES (1);`);
      expect(value(db, "SELECT kind FROM t")).toBe("manual");
      expect(value(db, "PRAGMA foreign_keys")).toBe(1);
      expect(() => db.exec("INSERT INTO c VALUES (2)")).toThrow("FOREIGN KEY constraint failed");
      db.close();
    });

    it("keeps ATTACH and VACUUM INTO in memory and refuses load_extension and file: URIs", async () => {
      const db = (await loadEngine(name)).openMemory();
      const attached = join(tmpdir(), `lockstep-engine-${name}-${process.pid}.db`);
      const vacuumed = join(tmpdir(), `lockstep-vacuum-${name}-${process.pid}.db`);
      const uri = join(tmpdir(), `lockstep-uri-${name}-${process.pid}.db`);
      try {
        db.exec(`ATTACH DATABASE '${attached}' AS host; CREATE TABLE host.stolen (id INTEGER);`);
        db.exec(`VACUUM INTO '${vacuumed}'`);
        expect(() => db.exec(`ATTACH 'file:${uri}?vfs=unix' AS u`)).toThrow(/not authorized.*file: URI/);
        expect(() => db.exec(`ATTACH '${tmpdir()}/' || 'x.db' AS c`)).toThrow(/not authorized/);
        expect(() => db.exec("SELECT load_extension('/usr/lib/x86_64-linux-gnu/libc.so.6')")).toThrow();
        expect([attached, vacuumed, uri].filter((f) => existsSync(f))).toEqual([]);
      } finally {
        db.close();
        for (const f of [attached, vacuumed, uri]) rmSync(f, { force: true });
      }
    });

    it("opens a copy of a database's bytes, and gives its own back", async () => {
      const engine = await loadEngine(name);
      const db = engine.openMemory();
      db.exec("CREATE TABLE kept (id INTEGER); INSERT INTO kept VALUES (7);");
      const bytes = db.export();
      db.close();
      expect(Buffer.from(bytes.subarray(0, 15)).toString("latin1")).toBe("SQLite format 3");
      const copy = engine.openBytes(bytes);
      expect(value(copy, "SELECT id FROM kept")).toBe(7);
      copy.close();
    });

    it("calls user functions with their arity and passes on what they throw", async () => {
      const db = (await loadEngine(name)).openMemory();
      db.defineFunction("twice", (x: number) => x * 2);
      db.defineFunction("yes", () => true);
      db.defineFunction("no_result", () => undefined);
      db.defineFunction("fails", () => {
        throw "SQL function fails() threw";
      });
      expect(value(db, "SELECT twice(21)")).toBe(42);
      expect(value(db, "SELECT yes()")).toBe(1);
      expect(value(db, "SELECT no_result()")).toBe(null);
      expect(() => db.exec("SELECT twice(1, 2)")).toThrow();
      expect(() => db.exec("SELECT fails()")).toThrow("SQL function fails() threw");
      db.close();
    });

    it("reads integers past 2^53 as bigints, and smaller ones as numbers", async () => {
      const db = (await loadEngine(name)).openMemory();
      const stmt = db.prepare("SELECT 9223372036854775807 UNION ALL SELECT 2");
      stmt.drain();
      expect(stmt.rows()).toEqual([[9223372036854775807n], [2]]);
      stmt.finalize();
      db.close();
    });
  });
}

describe("the native engine where the runtime lacks it", () => {
  it.runIf(!native)("is a usage error naming the Node that has it", async () => {
    const error = await loadEngine("native").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockstepError);
    expect((error as LockstepError).kind).toBe("usage");
    expect((error as Error).message).toContain(NATIVE_NODE);
  });
  it.runIf(native)("is chosen by auto", async () => {
    expect((await loadEngine("auto")).info.name).toBe("native");
  });
});

describe("statements are split as SQLite's own sqlite3_complete splits them", () => {
  const split = (sql: string) => [...statementSpans(sql)].map(([o, n]) => sql.slice(o, o + n));
  it("keeps a trigger body, strings, quoted names and comments whole", () => {
    const sql = `CREATE TABLE "a;b" (x TEXT DEFAULT ';');
-- a comment; with a semicolon
CREATE TRIGGER t AFTER INSERT ON "a;b" BEGIN
  UPDATE "a;b" SET x = CASE WHEN 1 THEN 'x;' END;
  SELECT [c;d] FROM "a;b";
END;
/* block; comment */ INSERT INTO "a;b" VALUES ('it''s;');`;
    const parts = split(sql);
    expect(parts).toHaveLength(3);
    expect(parts.join("")).toBe(sql);
    expect(parts[1]?.trim().endsWith("END;")).toBe(true);
    expect(parts[1]).toContain("CREATE TRIGGER");
    expect(parts[2]?.trim().startsWith("/* block; comment */ INSERT")).toBe(true);
  });
  it("gives empty statements and leading trivia to the next statement, and trailing trivia to none", () => {
    expect(split(";; SELECT 1; ;\n-- done\n")).toEqual([";; SELECT 1;"]);
    expect(split("SELECT 1")).toEqual(["SELECT 1"]);
    expect(split("  -- only a comment\n")).toEqual([]);
  });
});
