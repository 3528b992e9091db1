import { describe, expect, it } from "vitest";
import { sqlInCode } from "../../src/core/code-sql.js";

describe("the SQL a code migration holds in its string literals", () => {
  it("finds it in Python, Ruby and JavaScript literals at its place in the file, past comments and other strings", () => {
    const py = `# don't run this twice\nop.execute("DELETE FROM \\"posts\\" WHERE id = 1")\nname = 'posts'\nop.execute("""\n  DROP TABLE authors\n""")\n`;
    expect(sqlInCode(py, "versions/r1_x.py")).toEqual([
      // An escaped quote stays two characters wide (a blank and the quote), so positions hold.
      { sql: 'DELETE FROM  "posts " WHERE id = 1', line: 2, column: 13 },
      { sql: "\n  DROP TABLE authors\n", line: 4, column: 15 },
    ]);
    const rb =
      "class X < ActiveRecord::Migration[7.1]\n  def up\n    execute <<~SQL\n      UPDATE users SET name = ''\n    SQL\n  end\nend\n";
    expect(sqlInCode(rb, "db/migrate/1_x.rb").map((c) => [c.sql.trim(), c.line])).toEqual([
      ["UPDATE users SET name = ''", 4],
    ]);
    const js =
      "// it's the users' table\nexports.up = (knex) => knex.raw(`INSERT INTO t\n  SELECT * FROM u`);\n/* 'DROP TABLE no' */\n";
    expect(sqlInCode(js, "migrations/1_x.js").map((c) => [c.sql, c.line, c.column])).toEqual([
      ["INSERT INTO t\n  SELECT * FROM u", 2, 34],
    ]);
  });
});
