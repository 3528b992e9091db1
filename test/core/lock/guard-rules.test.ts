import { describe, expect, it } from "vitest";
import type { Finding } from "../../../src/core/finding.js";
import { checkFrozen, type GuardInput } from "../../../src/core/lock/guard-rules.js";
import { hashText, type LockEntry } from "../../../src/core/lock/lock-file.js";
import type { LayoutId, Migration, MigrationSet } from "../../../src/core/migration.js";
import { TOOLS, type ToolDescriptor, toolOf } from "../../../src/core/tools/index.js";

/** One migration of `version` as the guard sees it: one file, `<version>_<name>.sql`, in `migrations/`. */
function migration(version: string, name: string, stamp?: Migration["stamp"]): Migration {
  return { version, name, files: [`migrations/${version}_${name}.sql`], ...(stamp ? { stamp } : {}) };
}

/**
 * The guard's rules on a set whose applied migrations are `applied` and whose staged files are `staged`
 * (path in the directory -> text); the set is made of the staged files, in version order.
 */
function guard(
  layout: LayoutId,
  applied: Record<string, string>,
  staged: Record<string, string>,
  extra: Partial<GuardInput> = {},
): Finding[] {
  const frozen: LockEntry[] = Object.entries(applied).map(([path, text]) => ({
    version: path.split("_")[0] as string,
    path,
    hash: hashText(text),
  }));
  const set: MigrationSet = {
    layout,
    migrations: Object.keys(staged)
      .sort()
      .map((path) => {
        const [version, ...rest] = path.replace(/\.sql$/, "").split("_");
        return migration(version as string, rest.join("_"));
      }),
    hasDowns: false,
    reason: "test",
    findings: [],
  };
  return checkFrozen({
    dir: "migrations",
    lockFile: "migrations/lockstep.sum",
    frozen,
    known: new Set(Object.keys(applied)),
    frozenText: (path) => applied[path],
    staged: new Map(Object.entries(staged)),
    set,
    ...extra,
  });
}

const APPLIED = {
  "0001_users.sql": "CREATE TABLE users (id INTEGER);\n",
  "0003_posts.sql": "CREATE TABLE posts (id INTEGER);\n",
};

const tools = TOOLS as readonly ToolDescriptor[];

describe("what the guard says a tool does with a changed applied migration", () => {
  for (const tool of tools) {
    const layout = tool.id as LayoutId;
    const facts = tool.applied;
    const says = (fact: { does: string } | undefined) => fact && `${tool.name} ${fact.does}`;

    it(`${tool.id}: a new migration before an applied one`, () => {
      const [found] = guard(layout, APPLIED, { ...APPLIED, "0002_tags.sql": "SELECT 1;\n" });
      // A tool ordered by a graph (Alembic, Django) does not compare versions: its graph is checked instead.
      if (tool.graph) {
        expect(found).toBeUndefined();
        return;
      }
      expect(found?.rule).toBe("out-of-order");
      expect(found?.message).toContain(
        "migrations/0002_tags.sql is new but its version 0002 sorts before 0003",
      );
      if (facts.outOfOrder) expect(found?.message).toContain(says(facts.outOfOrder));
      else expect(found?.message).toContain("a runner that keeps only the newest applied version");
      if (tool.authoring.refuse) {
        expect(found?.message).toContain(tool.authoring.refuse.early);
        expect(found?.message).not.toContain("lockstep renumber");
      } else expect(found?.message).toContain("`lockstep renumber` moves it after 0003");
      // Only the tools that keep just the newest version (golang-migrate, goose v1) never run it.
      expect(found?.message.includes("never applied")).toBe(["golang-migrate", "goose-v1"].includes(tool.id));
    });

    it(`${tool.id}: an applied migration edited, renamed, deleted; a new one on an applied version`, () => {
      const found = guard(layout, APPLIED, {
        "0001_accounts.sql": APPLIED["0001_users.sql"],
        "0003_posts.sql": "CREATE TABLE posts (id INTEGER, title TEXT);\n",
      });
      const byRule = new Map(found.map((f) => [f.rule, f.message]));
      expect([...byRule.keys()].sort()).toEqual(["locked-modified", "locked-renamed"]);
      const renamed = byRule.get("locked-renamed") ?? "";
      const edited = byRule.get("locked-modified") ?? "";
      expect(renamed).toContain(
        "migrations/0001_users.sql is applied and was renamed to migrations/0001_accounts.sql",
      );
      expect(renamed).toContain("rename it back");
      if (facts.renamed) expect(renamed).toContain(says(facts.renamed));
      if (facts.edited) expect(edited).toContain(says(facts.edited));
      const deleted = guard(layout, APPLIED, { "0001_users.sql": APPLIED["0001_users.sql"] });
      expect(deleted.map((f) => f.rule)).toEqual(["locked-deleted"]);
      if (facts.deleted) expect(deleted[0]?.message).toContain(says(facts.deleted));
      const taken = guard(
        layout,
        { "0001_users.sql": APPLIED["0001_users.sql"] },
        { "0001_tags.sql": "SELECT 1;\n" },
        { known: new Set() },
      );
      expect(taken.map((f) => f.rule)).toEqual(["duplicate-version"]);
      if (facts.duplicate) expect(taken[0]?.message).toContain(says(facts.duplicate));
      // A tool that writes its own migrations is never sent to a lockstep command it refuses.
      const refuse = tool.authoring.refuse;
      for (const message of [renamed, edited, taken[0]?.message ?? ""]) {
        if (refuse) expect(message).not.toMatch(/lockstep (new|renumber)/);
        else expect(message).toMatch(/lockstep (new NAME|renumber)/);
      }
      if (refuse) {
        expect(edited).toContain(refuse.change);
        expect(taken[0]?.message).toContain(refuse.clash);
      }
    });
  }

  it("names the first applied file of a version taken however its digits are written", () => {
    const taken = guard(
      "golang-migrate",
      { "42_users.sql": "CREATE TABLE users (id INTEGER);\n", "0042_users_b.sql": "SELECT 1;\n" },
      { "0042_tags.sql": "SELECT 1;\n" },
      { known: new Set() },
    );
    expect(taken.map((f) => f.rule)).toEqual(["duplicate-version"]);
    expect(taken[0]?.message).toContain("version 0042 is already taken by migrations/42_users.sql");
  });

  it("Drizzle: points at drizzle-kit, never at lockstep new or renumber", () => {
    const drizzle = toolOf("drizzle");
    const [edited] = guard("drizzle", APPLIED, { ...APPLIED, "0003_posts.sql": "SELECT 2;\n" });
    expect(edited?.message).toContain("generate a new migration with drizzle-kit (`npx drizzle-kit generate");
    const [taken] = guard(
      "drizzle",
      { "0001_users.sql": APPLIED["0001_users.sql"] },
      { "0001_tags.sql": "SELECT 1;\n" },
      { known: new Set() },
    );
    expect(taken?.message).toContain(
      "regenerate yours after merging the base: delete your migration's .sql file, its entry in meta/_journal.json and its meta/*_snapshot.json, merge the base, and run `npx drizzle-kit generate` again",
    );
    expect(drizzle.authoring.refuse?.renumber).toContain("generate it again after merging the base");
  });
});

describe("a tool that compares times (Drizzle's journal `when`)", () => {
  const at = (line: number) => `drizzle/meta/_journal.json:${line}`;
  const set = (migrations: Migration[]): MigrationSet => ({
    layout: "drizzle",
    migrations,
    hasDowns: false,
    reason: "test",
    findings: [],
  });
  const run = (newWhen: number) =>
    checkFrozen({
      dir: "migrations",
      lockFile: "migrations/lockstep.sum",
      frozen: [{ version: "0001", path: "0001_users.sql", hash: hashText("a") }],
      known: new Set(["0001_users.sql"]),
      frozenText: () => "a",
      staged: new Map([
        ["0001_users.sql", "a"],
        ["0002_tags.sql", "b"],
      ]),
      set: set([
        migration("0001", "users", { millis: 1_700_000_200_000, at: at(5) }),
        migration("0002", "tags", { millis: newWhen, at: at(6) }),
      ]),
    });

  it("reports a new entry whose `when` is not after the newest applied one's, with both times", () => {
    const [found] = run(1_700_000_100_000);
    expect(found?.rule).toBe("out-of-order");
    expect(found?.message).toContain(
      "migrations/0002_tags.sql is new, but the time Drizzle compares, 2023-11-14T22:15:00.000Z = 1700000100000 (drizzle/meta/_journal.json:6), is not after 2023-11-14T22:16:40.000Z = 1700000200000 (drizzle/meta/_journal.json:5) of migrations/0001_users.sql, which is already applied",
    );
    expect(found?.message).toContain(`Drizzle ${toolOf("drizzle").applied.outOfOrder?.does}`);
    expect(found?.message).toContain("or set its `when` in meta/_journal.json later than the applied one's");
    expect(run(1_700_000_200_000).map((f) => f.rule)).toEqual(["out-of-order"]);
  });

  it("passes one whose `when` is later, whatever its number", () => {
    expect(run(1_700_000_300_000)).toEqual([]);
  });
});
