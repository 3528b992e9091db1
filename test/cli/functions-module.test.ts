import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCheck } from "../../src/engine/applied/check.js";
import { expectOneCleanLine, runCli } from "../helpers/cli.js";
import { gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

/** A plain set whose first migration calls the module's boom(). */
function project(module: string, timeout = 1): string {
  return tempTree({
    "migrations/0001_call.sql": "CREATE TABLE t (x);\nINSERT INTO t VALUES (boom(1));\n",
    "migrations/0002_next.sql": "CREATE TABLE u (x);\n",
    "sql-functions.mjs": module,
    "lockstep.config.json": JSON.stringify({
      timeout,
      databases: [{ name: "main", dir: "migrations", layout: "plain", functions: "sql-functions.mjs" }],
    }),
  });
}

interface Report {
  databases: { migrations: { up: string }[]; findings: { rule: string; file?: string; message: string }[] }[];
}

async function replayJson(cwd: string) {
  const run = await runCli(cwd, ["replay", "--format", "json"]);
  return { ...run, report: run.code === 2 ? undefined : (JSON.parse(run.stdout) as Report) };
}

describe("a functions module that does not load", () => {
  it("a top-level await that never settles is one line naming the module", async () => {
    const run = await runCli(
      project("await new Promise(() => {});\nexport default { boom: (x) => x };\n", 0.5),
      ["replay"],
    );
    expect(run.code).toBe(2);
    expectOneCleanLine(
      run.stderr,
      '"functions" module sql-functions.mjs',
      "did not finish loading within 0.5 s",
    );
  });

  it("a module that keeps a timer running and never resolves is stopped the same way", async () => {
    const module =
      "await new Promise(() => { setInterval(() => {}, 50); });\nexport default { boom: (x) => x };\n";
    const run = await runCli(project(module, 0.5), ["replay"]);
    expect(run.code).toBe(2);
    expectOneCleanLine(run.stderr, "sql-functions.mjs", "did not finish loading");
  });

  it("a module that throws at import keeps its message", async () => {
    const run = await runCli(project('throw new Error("no database url");\nexport default {};\n'), [
      "replay",
    ]);
    expect(run.code).toBe(2);
    expectOneCleanLine(run.stderr, "sql-functions.mjs", "cannot be loaded", "no database url");
  });
});

describe("a functions module that fails on its own", () => {
  it("an error thrown from a timer it started is one line naming the module and the message", async () => {
    const module =
      'setTimeout(() => { throw new Error("late failure"); }, 0);\nexport default { boom: (x) => x };\n';
    const run = await runCli(project(module, 60), ["replay"]);
    expect(run.code).toBe(2);
    expectOneCleanLine(run.stderr, "sql-functions.mjs", "threw outside a SQL call", "late failure");
  });
});

describe("a function that fails when SQL calls it", () => {
  const cases: [string, string, string[]][] = [
    [
      "throws an Error",
      'export default { boom(x) { throw new TypeError("bad input " + x); } };',
      ['"TypeError: bad input 1"'],
    ],
    [
      "throws a string",
      'export default { boom(x) { throw "nope"; } };',
      ['"nope"', "a string, not an Error"],
    ],
    ["returns an object", "export default { boom: (x) => ({ x }) };", ["returned an object"]],
    ["is async", "export default { boom: async (x) => x };", ["returned a Promise"]],
  ];
  for (const [what, module, parts] of cases) {
    it(`${what}: up-failed names the function, the module and what happened`, async () => {
      const { code, report } = await replayJson(project(module));
      expect(code).toBe(1);
      const db = report?.databases[0];
      const failed = db?.findings.find((f) => f.rule === "up-failed");
      expect(failed?.file).toBe("migrations/0001_call.sql");
      for (const part of ["boom()", "sql-functions.mjs", ...parts]) expect(failed?.message).toContain(part);
      expect(db?.migrations.map((m) => m.up)).toEqual(["failed", "not-run"]);
    });
  }

  it("loops for ever: a timeout at the calling statement", async () => {
    const { code, report } = await replayJson(project("export default { boom(x) { for (;;) {} } };", 0.5));
    expect(code).toBe(1);
    const timeout = report?.databases[0]?.findings.find((f) => f.rule === "timeout");
    expect(timeout?.message).toContain("migrations/0001_call.sql:2:1 (`INSERT INTO t VALUES (boom(1));`)");
  });

  it("near miss: a module that leaves a timer running but returns values replays cleanly", async () => {
    const { code, report } = await replayJson(
      project("setInterval(() => {}, 50);\nexport default { boom: (x) => x + 1 };\n"),
    );
    expect(code).toBe(0);
    expect(report?.databases[0]?.findings).toEqual([]);
  });
});

describe("the base's copy of the module (as the Action loads it)", () => {
  let tmp: string;
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.TMPDIR;
    tmp = mkdtempSync(join(tmpdir(), "lockstep-tmpdir-"));
    process.env.TMPDIR = tmp;
  });
  afterEach(() => {
    process.env.TMPDIR = saved;
    if (saved === undefined) delete process.env.TMPDIR;
    rmSync(tmp, { recursive: true, force: true });
  });

  function committed(module: string): string {
    const cwd = project(module);
    const git = gitIn(cwd);
    git("init", "-q", "-b", "main");
    git("add", ".");
    git("commit", "-q", "-m", "base");
    return cwd;
  }

  const copies = () => readdirSync(tmp).filter((name) => name.startsWith("lockstep-functions-"));
  const check = (cwd: string) => runCheck({ cwd, base: "main", functionsFrom: "base" });

  it("is removed after a check that passes, one that times out and one that fails", async () => {
    const ok = await check(committed("export default { boom: (x) => x };"));
    expect(ok.report.databases[0]?.migrations.map((m) => m.up)).toEqual(["ok", "ok"]);
    expect(copies()).toEqual([]);
    const stuck = await check(committed("export default { boom(x) { for (;;) {} } };"));
    expect(stuck.report.databases[0]?.findings.map((f) => f.rule)).toContain("timeout");
    expect(copies()).toEqual([]);
    await expect(check(committed('throw new Error("broken");'))).rejects.toThrow("broken");
    expect(copies()).toEqual([]);
  });
});
