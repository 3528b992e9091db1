import { describe, expect, it } from "vitest";
import { replayFiles } from "../helpers/replay.js";

// A Go service's own migrator: one folder per release, files numbered within it (`0.22/01__tags.sql`).
const pattern = "^(?<version>\\d+\\.\\d+/\\d+)__(?<name>.+)\\.sql$";

describe("a `pattern` matched against the path inside the directory", () => {
  it("takes a folder level into the version and orders releases and files as numbers", async () => {
    const db = await replayFiles(
      {
        "0.23/00__pins.sql": "ALTER TABLE memo ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;\n",
        "0.22/01__tags.sql":
          "CREATE TABLE tag (name TEXT PRIMARY KEY, memo_id INTEGER REFERENCES memo (id));\n",
        "0.9/00__init.sql": "CREATE TABLE memo (id INTEGER PRIMARY KEY, content TEXT NOT NULL);\n",
        "0.22/00__visibility.sql":
          "ALTER TABLE memo ADD COLUMN visibility TEXT NOT NULL DEFAULT 'PRIVATE';\n",
        "0.10/00__resource.sql": "CREATE TABLE resource (id INTEGER PRIMARY KEY, memo_id INTEGER);\n",
        "0.22/README.md": "release notes\n",
      },
      {},
      { pattern },
    );
    expect(db.migrations.map((m) => [m.version, m.name, m.up])).toEqual([
      ["0.9/00", "init", "ok"],
      ["0.10/00", "resource", "ok"],
      ["0.22/00", "visibility", "ok"],
      ["0.22/01", "tags", "ok"],
      ["0.23/00", "pins", "ok"],
    ]);
    expect(db.findings.filter((f) => f.rule !== "order-ambiguous")).toEqual([]);
  });
});
