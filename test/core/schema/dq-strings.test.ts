import { describe, expect, it } from "vitest";
import { expressionScope, resolveDoubleQuoted } from "../../../src/core/schema/dq-strings.js";
import { parseCreateIndex } from "../../../src/core/schema/parse-objects.js";
import { indexScopes, parseCreateTable } from "../../../src/core/schema/parse-table.js";
import { canonical } from "../../../src/core/sql/canonical.js";
import { tokenize } from "../../../src/core/sql/tokenize.js";

const checks = (sql: string) => parseCreateTable(sql).checks.map((c) => c.expr);
const generated = (sql: string) => [...parseCreateTable(sql).generated.values()];

describe("double-quoted string literals in a table's expressions", () => {
  it("a double-quoted word naming no column is the single-quoted string SQLite reads", () => {
    expect(checks(`CREATE TABLE t (k TEXT CHECK (k IN ("a", "b")))`)).toEqual(
      checks(`CREATE TABLE t (k TEXT CHECK (k IN ('a', 'b')))`),
    );
    expect(checks(`CREATE TABLE t (k TEXT CHECK (k IN ("a", "b")))`)).toEqual(["k in('a', 'b')"]);
  });

  it("a double-quoted column name stays an identifier: `\"k\"` and `'k'` differ there", () => {
    const quoted = checks(`CREATE TABLE t (k INTEGER, CHECK ("k" > 0))`);
    expect(quoted).toEqual(["k > 0"]);
    expect(quoted).toEqual(checks("CREATE TABLE t (k INTEGER, CHECK (k > 0))"));
    expect(quoted).not.toEqual(checks(`CREATE TABLE t (k INTEGER, CHECK ('k' > 0))`));
  });

  it("columns are matched without ASCII case, and a CHECK may name a column declared after it", () => {
    expect(checks(`CREATE TABLE t (K INTEGER, CHECK ("k" > 0))`)).toEqual(["k > 0"]);
    expect(checks(`CREATE TABLE t (a CHECK ("b" > 0), b)`)).toEqual(["b > 0"]);
  });

  it("the rowid's names are identifiers in a CHECK of a rowid table, strings in a WITHOUT ROWID one", () => {
    expect(checks(`CREATE TABLE t (k, CHECK ("rowid" > 0 AND "OID" > 0 AND "_rowid_" > 0))`)).toEqual([
      "rowid > 0 and oid > 0 and _rowid_ > 0",
    ]);
    expect(checks(`CREATE TABLE t (k PRIMARY KEY, CHECK ("rowid" <> 'x')) WITHOUT ROWID`)).toEqual([
      "'rowid' <> 'x'",
    ]);
  });

  it("a generated column names columns but not the rowid", () => {
    expect(generated(`CREATE TABLE t (k, g AS ("k" || "x"), r AS ("rowid"))`)).toEqual([
      "k || 'x'",
      "'rowid'",
    ]);
  });

  it("qualified names, function names and the names after AS and COLLATE are never strings", () => {
    expect(checks(`CREATE TABLE t (k, CHECK ("t"."k" > 0 AND "lower"(k) = k))`)).toEqual([
      "t.k > 0 and lower(k) = k",
    ]);
    expect(checks(`CREATE TABLE t (k, CHECK (CAST(k AS "text") <> "q" COLLATE "nocase"))`)).toEqual([
      "cast(k as text) <> 'q' collate nocase",
    ]);
  });

  it('quotes inside are written as SQLite writes them: `""` undone, `\'` doubled', () => {
    expect(checks(`CREATE TABLE t (k, CHECK (k <> "it's ""x"""))`)).toEqual([`k <> 'it''s "x"'`]);
  });

  it("backquoted and bracketed names are always identifiers", () => {
    const scope = expressionScope([], true);
    const tokens = resolveDoubleQuoted(tokenize("`a` = [b]"), scope);
    expect(canonical(tokens)).toBe("a = b");
  });
});

describe("double-quoted string literals in an index", () => {
  const table = "CREATE TABLE t (k TEXT, j TEXT)";

  it("expression terms and WHERE name the table's columns; other double-quoted words are strings", () => {
    const parsed = parseCreateIndex(`CREATE INDEX i ON t (k || "x") WHERE "j" <> "y"`, indexScopes(table));
    expect(parsed.terms[0]?.expr).toBe("k || 'x'");
    expect(parsed.where).toBe("j <> 'y'");
    expect(parsed).toEqual(
      parseCreateIndex(`CREATE INDEX i ON t (k || 'x') WHERE j <> 'y'`, indexScopes(table)),
    );
  });

  it('a WHERE on a WITHOUT ROWID table reads `"rowid"` as a string', () => {
    const scope = indexScopes("CREATE TABLE t (k PRIMARY KEY, j) WITHOUT ROWID");
    expect(parseCreateIndex(`CREATE INDEX i ON t (j) WHERE "rowid" <> 1`, scope).where).toBe("'rowid' <> 1");
    expect(parseCreateIndex(`CREATE INDEX i ON t (j) WHERE "rowid" <> 1`, indexScopes(table)).where).toBe(
      "rowid <> 1",
    );
  });

  it('an expression term cannot use the rowid, its WHERE can: `"rowid"` is a string in the one, a name in the other', () => {
    const parsed = parseCreateIndex(
      `CREATE INDEX i ON t (k || "rowid") WHERE "rowid" > 0`,
      indexScopes(table),
    );
    expect(parsed.terms[0]?.expr).toBe("k || 'rowid'");
    expect(parsed.where).toBe("rowid > 0");
  });

  it("without its table's SQL, nothing is taken for a string", () => {
    expect(parseCreateIndex(`CREATE INDEX i ON t (k) WHERE "j" <> "y"`).where).toBe("j <> y");
  });
});
