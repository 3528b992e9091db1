import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

import { pullRequestEvent, repository, useFakeGitHub } from "./harness.js";

const applied = {
  "migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n",
  "migrations/0001_users.down.sql": "DROP TABLE users;\n",
};

const config = (functions?: string) =>
  JSON.stringify({ databases: [{ name: "app", dir: "migrations", ...(functions ? { functions } : {}) }] });

const { act } = useFakeGitHub();

describe("the Action's functions module", () => {
  it("is not imported when only the pull request's config names it, even though the file is on the base", async () => {
    const r = repository({ ...applied, "lockstep.config.json": config() });
    const marker = `${r.cwd}/release-ran`;
    // A script committed on the base whose import has a side effect, as a release script's does.
    r.write({
      "scripts/release.mjs": `import { writeFileSync } from "node:fs";\nwriteFileSync(${JSON.stringify(marker)}, "ran");\nexport default {};\n`,
    });
    await runCli(r.cwd, ["lock", "migrations"]);
    const base = r.commit({}, "applied");
    r.git("checkout", "-q", "-b", "feature");
    r.write({
      "lockstep.config.json": config("scripts/release.mjs"),
      "migrations/0002_tags.up.sql": "CREATE TABLE tags (id INTEGER PRIMARY KEY);\n",
      "migrations/0002_tags.down.sql": "DROP TABLE tags;\n",
    });
    await runCli(r.cwd, ["lock", "migrations"]);
    const head = r.commit({}, "feature");
    const merge = r.mergeCheckout("main", "feature");
    const out = await act("pull_request", r.cwd, pullRequestEvent(base, head).payload, merge);
    expect(existsSync(marker)).toBe(false);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(
      'database "app": the "functions" module scripts/release.mjs was not loaded: the config on',
    );
    expect(out.stdout).toContain("does not name it for this database");
  });

  it("is not imported when the base's config names another module for the database", async () => {
    const r = repository({ ...applied, "lockstep.config.json": config("sql-functions.mjs") });
    const marker = `${r.cwd}/release-ran`;
    r.write({
      "sql-functions.mjs": "export default { slug: (s) => String(s).toLowerCase() };\n",
      "scripts/release.mjs": `import { writeFileSync } from "node:fs";\nwriteFileSync(${JSON.stringify(marker)}, "ran");\nexport default {};\n`,
    });
    await runCli(r.cwd, ["lock", "migrations"]);
    const base = r.commit({}, "applied");
    r.git("checkout", "-q", "-b", "feature");
    r.write({ "lockstep.config.json": config("scripts/release.mjs") });
    const head = r.commit({}, "feature");
    const merge = r.mergeCheckout("main", "feature");
    const out = await act("pull_request", r.cwd, pullRequestEvent(base, head).payload, merge);
    expect(existsSync(marker)).toBe(false);
    expect(out.stdout).toContain("(it names sql-functions.mjs)");
  });
});
