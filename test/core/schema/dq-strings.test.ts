import { describe, expect, it } from "vitest";
import {
  asIdentifier,
  expressionScope,
  isNoSuchColumn,
  loneDoubleQuoted,
  resolveDoubleQuoted,
} from "../../../src/core/schema/dq-strings.js";
import { parseCreateIndex, parseCreateView } from "../../../src/core/schema/parse-objects.js";
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

describe("double-quoted string literals in a view, as SQLite says", () => {
  const sql = `CREATE VIEW v AS SELECT "k", "all" AS scope FROM "t" WHERE "t"."k" <> "none" COLLATE "nocase"`;

  it("only the lone double-quoted words are asked about: not qualified names, nor after AS or COLLATE", () => {
    expect(loneDoubleQuoted(tokenize(sql)).map((t) => t.value)).toEqual(["k", "all", "t", "none"]);
  });

  it("the tokens SQLite called strings are single-quoted; the rest stay names", () => {
    const strings = new Set([sql.indexOf('"all"'), sql.indexOf('"none"')]);
    expect(parseCreateView("v", sql, strings).select).toBe(
      "select k, 'all' as scope from t where t.k <> 'none' collate nocase",
    );
    expect(parseCreateView("v", sql).select).toBe(
      "select k, all as scope from t where t.k <> none collate nocase",
    );
  });

  it("the probe backquotes one token, which SQLite never reads as a string", () => {
    const tokens = tokenize(sql);
    const all = loneDoubleQuoted(tokens)[1] as (typeof tokens)[number];
    const from = sql.indexOf("SELECT");
    expect(asIdentifier(sql, from, all)).toBe(
      'SELECT "k", `all` AS scope FROM "t" WHERE "t"."k" <> "none" COLLATE "nocase"',
    );
    const odd = tokenize('SELECT "a`b"')[1] as (typeof tokens)[number];
    expect(asIdentifier('SELECT "a`b"', 0, odd)).toBe("SELECT `a``b`");
    expect(isNoSuchColumn("no such column: all", "all")).toBe(true);
    expect(isNoSuchColumn("no such column: t.all", "all")).toBe(false);
    expect(isNoSuchColumn(undefined, "all")).toBe(false);
  });
});
