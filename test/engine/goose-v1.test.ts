import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { replayFiles } from "../helpers/replay.js";
import { tempTree } from "../helpers/temp-dir.js";

// An old history written for liamstask/goose: the last statement of a section has no `;`.
const old = {
  "20130106093224_users.sql":
    "-- +goose Up\n-- SQL in section 'Up' is executed when this migration is applied\nCREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);\nCREATE INDEX users_name ON users (name)\n\n-- +goose Down\n-- SQL section 'Down' is executed when this migration is rolled back\nDROP TABLE users;\n",
  "20130107120000_posts.sql":
    "-- +goose Up\nCREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id));\n\n-- +goose Down\nDROP TABLE posts;\n",
};

describe('"layout": "goose-v1" replays old goose files the way liamstask/goose ran them', () => {
  it("leaves out a last statement with no `;`, runs the rest, and says what was dropped where", async () => {
    const cwd = tempTree({
      ...Object.fromEntries(Object.entries(old).map(([k, v]) => [`db/migrations/${k}`, v])),
      "lockstep.config.json": JSON.stringify({
        databases: [{ name: "main", dir: "db/migrations", layout: "goose-v1" }],
      }),
    });
    const r = await runCli(cwd, ["replay", "--format", "json"]);
    expect(r.code).toBe(0);
    const db = JSON.parse(r.stdout).databases[0];
    expect(db.findings).toEqual([]);
    expect(db.migrations.map((m: { up: string; down: string }) => [m.up, m.down])).toEqual([
      ["ok", "ok"],
      ["ok", "ok"],
    ]);
    // The index was never created, as goose v1 never created it.
    expect(JSON.stringify(db.schema)).not.toContain("users_name");
    expect(r.stderr).toBe(
      "lockstep: db/migrations/20130106093224_users.sql:4: the last up statement has no closing `;`: goose v1 leaves it out without a word and applies the rest, and so does lockstep; end it with `;` (pressly's goose refuses such a file)\n",
    );
  });

  it("near miss: read as today's goose, the same file is refused", async () => {
    const db = await replayFiles(old, {}, { layout: "goose" });
    expect(db.findings.map((f) => [f.rule, f.file])).toEqual([
      ["parse-error", "migrations/20130106093224_users.sql"],
    ]);
  });

  it("runs a StatementBegin/End block as one statement, and ignores annotations it did not know", async () => {
    const db = await replayFiles(
      {
        "1_log.sql":
          "-- +goose Up\n-- +goose NO TRANSACTION\nCREATE TABLE log (msg TEXT);\n-- +goose StatementBegin\nCREATE TRIGGER log_once AFTER INSERT ON log BEGIN\n  DELETE FROM log WHERE rowid < new.rowid;\nEND;\n-- +goose StatementEnd\n-- +goose Down\nDROP TABLE log;\n",
      },
      {},
      { layout: "goose-v1" },
    );
    expect(db.findings).toEqual([]);
    expect(db.migrations.map((m) => [m.up, m.down, m.redo])).toEqual([["ok", "ok", "ok"]]);
  });
});
