import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSourceFiles } from "../../src/adapters/file-source.js";
import { tempTree } from "../helpers/temp-dir.js";

const TREE = {
  "db/migrations/0001_a.up.sql": "CREATE TABLE a (id INTEGER);\n",
  "db/migrations/0001_a.down.sql": "DROP TABLE a;\n",
  "db/migrations/nested/0002_b.up.sql": "CREATE TABLE b (id INTEGER);\n",
};

const paths = (files: Awaited<ReturnType<typeof readSourceFiles>>) =>
  files.map((f) => [f.rel, f.display, f.text?.length]);

describe("readSourceFiles", () => {
  it("gives each file its path in the directory and as shown from cwd, however the directory is named", async () => {
    const root = tempTree(TREE);
    const expected = [
      ["0001_a.down.sql", "db/migrations/0001_a.down.sql", 14],
      ["0001_a.up.sql", "db/migrations/0001_a.up.sql", 29],
      ["nested/0002_b.up.sql", "db/migrations/nested/0002_b.up.sql", 29],
    ];
    for (const dir of [
      join(root, "db/migrations"),
      `${join(root, "db/migrations")}/`,
      join(root, "db/./x/../migrations"),
    ])
      expect(paths(await readSourceFiles(dir, root)), dir).toEqual(expected);
    // From the directory itself, and from below it (shown paths lead back up).
    expect(paths(await readSourceFiles(join(root, "db/migrations"), join(root, "db/migrations")))[0]).toEqual(
      ["0001_a.down.sql", "0001_a.down.sql", 14],
    );
    expect(
      paths(await readSourceFiles(join(root, "db/migrations"), join(root, "db/migrations/nested"))),
    ).toEqual([
      ["0001_a.down.sql", "../0001_a.down.sql", 14],
      ["0001_a.up.sql", "../0001_a.up.sql", 29],
      ["nested/0002_b.up.sql", "0002_b.up.sql", 29],
    ]);
  });

  it("reads a file through a link inside the directory as the file it names", async () => {
    const root = tempTree(TREE);
    symlinkSync(join(root, "db/migrations/0001_a.up.sql"), join(root, "db/migrations/0003_c.up.sql"));
    const files = await readSourceFiles(join(root, "db/migrations"), root);
    expect(paths(files).find(([rel]) => rel === "0003_c.up.sql")).toEqual([
      "0003_c.up.sql",
      "db/migrations/0003_c.up.sql",
      29,
    ]);
  });
});
