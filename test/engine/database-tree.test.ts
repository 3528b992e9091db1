import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GitRepo } from "../../src/adapters/git.js";
import { runReplay } from "../../src/engine/replay/replay.js";
import { DISK, loadBaseline, readDatabase } from "../../src/engine/workspace/database-tree.js";
import { resolveDatabases } from "../../src/engine/workspace/databases.js";
import { gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

const config = (db: Record<string, unknown>) =>
  JSON.stringify({ databases: [{ name: "main", dir: "db", ...db }] });

describe("one database, read from one tree", () => {
  it("gives the reason of the layout it read, detected after `exclude`", async () => {
    const root = tempTree({
      "lockstep.config.json": config({ exclude: ["legacy/**"] }),
      "db/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
      "db/0001_users.down.sql": "DROP TABLE users;\n",
      "db/legacy/V1__old.sql": "CREATE TABLE old (id INTEGER);\n",
    });
    const { report } = await runReplay({ cwd: root });
    const [db] = report.databases;
    expect(db?.format).toBe("golang-migrate");
    expect(db?.formatReason).toContain("<digits>_<name>.up.sql");
    expect(db?.formatReason).not.toContain("Flyway");
  });

  it("reads the order file and the baseline from the commit it replays, not from the working tree", async () => {
    const root = tempTree({
      "lockstep.config.json": config({ layout: "plain", order: "order.txt", baseline: "baseline.sql" }),
      "db/1_a.sql": "CREATE TABLE a (id INTEGER);\n",
      "db/2_b.sql": "CREATE TABLE b (id INTEGER);\n",
      "order.txt": "2_b.sql\n1_a.sql\n",
      "baseline.sql": "CREATE TABLE committed (id INTEGER);\n",
    });
    const git = gitIn(root);
    git("init", "-q");
    git("add", ".");
    git("commit", "-qm", "base");
    writeFileSync(join(root, "order.txt"), "1_a.sql\n2_b.sql\n");
    writeFileSync(join(root, "baseline.sql"), "CREATE TABLE edited (id INTEGER);\n");

    const [spec] = (await resolveDatabases({ cwd: root })).specs;
    if (!spec) throw new Error("no database resolved");
    const repo = await GitRepo.open(root);
    const committed = await readDatabase(spec, root, { at: "git", repo, ref: "HEAD" });
    const onDisk = await readDatabase(spec, root, DISK);
    expect(committed.set.migrations.map((m) => m.version)).toEqual(["2", "1"]);
    expect(onDisk.set.migrations.map((m) => m.version)).toEqual(["1", "2"]);
    expect((await loadBaseline(committed, root))?.chunks[0]?.sql).toContain("committed");
    expect((await loadBaseline(onDisk, root))?.chunks[0]?.sql).toContain("edited");

    // The index is a tree too: what is staged is what the guard reads.
    git("add", "order.txt");
    const staged = await readDatabase(spec, root, { at: "git", repo, ref: "" });
    expect(staged.set.migrations.map((m) => m.version)).toEqual(["1", "2"]);
  });

  it("takes the working tree's copy when the commit does not have the file yet", async () => {
    const root = tempTree({
      "lockstep.config.json": config({ layout: "plain" }),
      "db/1_a.sql": "CREATE TABLE a (id INTEGER);\n",
      "db/2_b.sql": "CREATE TABLE b (id INTEGER);\n",
    });
    const git = gitIn(root);
    git("init", "-q");
    git("add", ".");
    git("commit", "-qm", "base");
    writeFileSync(join(root, "lockstep.config.json"), config({ layout: "plain", order: "order.txt" }));
    writeFileSync(join(root, "order.txt"), "2_b.sql\n1_a.sql\n");
    const [spec] = (await resolveDatabases({ cwd: root })).specs;
    if (!spec) throw new Error("no database resolved");
    const repo = await GitRepo.open(root);
    const committed = await readDatabase(spec, root, { at: "git", repo, ref: "HEAD" });
    expect(committed.set.migrations.map((m) => m.version)).toEqual(["2", "1"]);
    expect(committed.set.findings).toEqual([]);
  });
});
