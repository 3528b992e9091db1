import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { linkDependencies, projectEnv } from "../helpers/project-deps.js";

const FIXTURE = resolve(import.meta.dirname, "../fixtures/decant");

const dir = "src/db/migrations";
/** Through the application's own runner: `npm run migrate up` / `down`, on the file DATABASE_PATH names. */
const NPM_SCRIPT = {
  up: "npm run --silent migrate -- up",
  down: "npm run --silent migrate -- down",
  env: { DATABASE_PATH: "{db}" },
  tables: ["_migrations"],
};
/** In-process: lockstep imports each module and calls its up(db) / down(db) itself. */
const IN_PROCESS = { preset: "modules" };

/** The fixture application in a directory of its own, with better-sqlite3 and tsx installed beside it. */
function app(runner: object, edit?: (root: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), "lockstep-decant-"));
  cpSync(FIXTURE, root, { recursive: true });
  linkDependencies(root, { tsx: "tsx/dist/cli.mjs" });
  writeFileSync(
    join(root, "lockstep.config.json"),
    JSON.stringify({ databases: [{ name: "app", dir, layout: "plain", runner }] }),
  );
  edit?.(root);
  return root;
}

/** A down that leaves the column its up added. */
function breakDown(root: string): void {
  const file = join(root, dir, "0002_add_email.ts");
  writeFileSync(
    file,
    readFileSync(file, "utf8").replace('  db.exec("ALTER TABLE users DROP COLUMN email");\n', ""),
  );
}

async function replay(root: string) {
  const run = await runCli(root, ["replay", "--no-cache", "--format", "json"], projectEnv());
  expect(run.stderr).toBe("");
  const db = JSON.parse(run.stdout).databases[0];
  return {
    code: run.code,
    steps: db.migrations.map((m: Record<string, string>) => [m.version, m.up, m.down, m.redo].join(" ")),
    findings: db.findings.map((f: Record<string, string>) => ({
      rule: f.rule,
      version: f.version,
      file: f.file,
    })),
    messages: db.findings.map((f: Record<string, string>) => f.message),
    schema: db.schema,
    runner: db.runner,
  };
}

describe("a TypeScript runner of modules exporting up(db) and down(db), tracked in _migrations", () => {
  it("replays clean through its npm script and in-process, with the same report", async () => {
    const script = await replay(app(NPM_SCRIPT));
    const here = await replay(app(IN_PROCESS));
    expect(script.code).toBe(0);
    expect(script.steps).toEqual(["0001 ok ok ok", "0002 ok ok ok", "0003 ok ok ok"]);
    expect(script.findings).toEqual([]);
    expect(here).toMatchObject({ code: 0, steps: script.steps, findings: [], schema: script.schema });
    expect(JSON.stringify(script.schema)).toContain("posts_user");
    expect(JSON.stringify(script.schema)).not.toContain("_migrations");
    expect(script.runner).toContain("npm run --silent migrate -- up");
    expect(here.runner).toBe("the modules' own up(db) and down(db)");
  });

  it("catches the down that leaves a column behind, both ways", async () => {
    const script = await replay(app(NPM_SCRIPT, breakDown));
    const here = await replay(app(IN_PROCESS, breakDown));
    const expected = [{ rule: "down-mismatch", version: "0002", file: `${dir}/0002_add_email.ts` }];
    expect(script.findings).toEqual(expected);
    expect(here.findings).toEqual(expected);
    expect(script.messages[0]).toContain("email");
    expect(here.messages).toEqual(script.messages);
    // The bad down was undone before the next step: 0003 replays clean after it.
    expect(script.steps).toEqual(["0001 ok ok ok", "0002 ok mismatch not-run", "0003 ok ok ok"]);
    expect(here.steps).toEqual(script.steps);
  });

  it("in-process, a module that throws is up-failed at the module's line", async () => {
    const root = app(IN_PROCESS, (r) =>
      writeFileSync(
        join(r, dir, "0003_create_posts.ts"),
        'export function up(db: { exec(sql: string): void }): void {\n  db.exec("CREATE TABLE posts (id INTEGER PRIMARY KEY)");\n  db.exec("CREATE INDEX posts_user ON posts (user_id)");\n}\n',
      ),
    );
    const result = await replay(root);
    expect(result.code).toBe(1);
    expect(result.findings).toEqual([
      { rule: "up-failed", version: "0003", file: `${dir}/0003_create_posts.ts` },
    ]);
    expect(result.messages[0]).toContain("up(db) threw");
    expect(result.messages[0]).toContain("no such column: user_id");
  });
});
