import { describe, expect, it } from "vitest";
import { nativeAvailable } from "../../src/adapters/sqlite/engine.js";
import { expectOneCleanLine, lockstep } from "../helpers/cli.js";
import { tempTree } from "../helpers/temp-dir.js";

const native = await nativeAvailable();

const migrations = {
  "migrations/0001_users.up.sql":
    'CREATE TABLE users (id INTEGER PRIMARY KEY, kind TEXT DEFAULT "manual");\n',
  "migrations/0001_users.down.sql": "DROP TABLE users;\n",
};

type Report = { ok: boolean; engine: { name: string; sqlite: string } };

describe("--engine and the config's engine", () => {
  it("wasm runs on every runtime, and every format says which SQLite replayed", () => {
    const cwd = tempTree(migrations);
    const json = lockstep(cwd, ["replay", "migrations", "--engine", "wasm", "--format", "json"]);
    expect(json.code).toBe(0);
    expect(json.stderr).toBe("");
    const report = JSON.parse(json.stdout) as Report;
    expect(report.engine.name).toBe("wasm");
    expect(report.engine.sqlite).toMatch(/^3\.\d+\.\d+$/);
    const text = lockstep(cwd, ["replay", "migrations", "--engine", "wasm"]);
    expect(text.stdout.split("\n")[0]).toBe(
      `replayed on SQLite ${report.engine.sqlite} (wasm: SQLite's WebAssembly build)`,
    );
    const markdown = lockstep(cwd, ["replay", "migrations", "--engine", "wasm", "--format", "markdown"]);
    expect(markdown.stdout.trimEnd().split("\n").at(-1)).toBe(
      `<sub>replayed on SQLite ${report.engine.sqlite} (wasm: SQLite's WebAssembly build)</sub>`,
    );
  });

  it("the config's engine is used unless --engine names another", () => {
    const cwd = tempTree({
      ...migrations,
      "lockstep.config.json": JSON.stringify({
        engine: "wasm",
        databases: [{ name: "main", dir: "migrations" }],
      }),
    });
    const fromConfig = JSON.parse(lockstep(cwd, ["replay", "--format", "json"]).stdout) as Report;
    expect(fromConfig.engine.name).toBe("wasm");
    if (!native) return;
    const given = JSON.parse(
      lockstep(cwd, ["replay", "--engine", "native", "--format", "json"]).stdout,
    ) as Report;
    expect(given.engine.name).toBe("native");
  });

  it.runIf(!native)(
    "native on a runtime without node:sqlite exits 2 in one line naming the Node that has it",
    () => {
      const r = lockstep(tempTree(migrations), ["replay", "migrations", "--engine", "native"]);
      expect(r.code).toBe(2);
      expectOneCleanLine(r.stderr, "Node 24", "--engine wasm");
      expect(r.stdout).toBe("");
    },
  );

  it.runIf(native)("native is the default where the runtime has it, and prints nothing on stderr", () => {
    const r = lockstep(tempTree(migrations), ["replay", "migrations", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect((JSON.parse(r.stdout) as Report).engine.name).toBe("native");
  });

  it.runIf(native)("a native statement past its budget is stopped, with its process, as on wasm", () => {
    const cwd = tempTree({
      ...migrations,
      "migrations/0002_loop.up.sql":
        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)\nSELECT count(*) FROM r;\n",
      "migrations/0002_loop.down.sql": "",
    });
    const started = performance.now();
    const onNative = lockstep(cwd, ["replay", "migrations", "--timeout", "0.5", "--format", "json"]);
    expect(performance.now() - started).toBeLessThan(20_000);
    const onWasm = lockstep(cwd, [
      "replay",
      "migrations",
      "--timeout",
      "0.5",
      "--format",
      "json",
      "--engine",
      "wasm",
    ]);
    expect(onNative.code).toBe(1);
    expect(onNative.stderr).toBe("");
    type Full = Report & { databases: { findings: { rule: string; message: string }[] }[] };
    const findings = (r: typeof onNative) => (JSON.parse(r.stdout) as Full).databases[0]?.findings;
    expect(findings(onNative)?.map((f) => f.rule)).toEqual(["timeout"]);
    expect(findings(onNative)).toEqual(findings(onWasm));
  });

  it("diff takes --engine too", () => {
    const cwd = tempTree(migrations);
    const r = lockstep(cwd, ["diff", "migrations", "migrations", "--engine", "wasm"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("no schema changes");
  });
});
