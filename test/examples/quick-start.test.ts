import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");

it("the README's quick start replays the example migrations cleanly with the built CLI", () => {
  const readme = readFileSync(resolve(ROOT, "README.md"), "utf8");
  const quickStart = /## Quick start\s+```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
  const commands = quickStart.trim().split("\n");
  expect(commands).toHaveLength(2);
  expect(commands[0]).toBe("npm ci && node dist/cli.js replay migrations");
  expect(commands[1]).toBe("npm test");
  const run = spawnSync(process.execPath, ["dist/cli.js", "replay", "migrations", "--format", "json"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  expect(run.status).toBe(0);
  const report = JSON.parse(run.stdout);
  expect(report.ok).toBe(true);
  expect(report.databases[0].findings).toEqual([]);
  const steps = report.databases[0].migrations.map((m: { up: string; down: string; redo: string }) =>
    [m.up, m.down, m.redo].join("/"),
  );
  expect(steps.length).toBeGreaterThanOrEqual(10);
  expect(new Set(steps)).toEqual(new Set(["ok/ok/ok"]));
});
