// The package as users install it: what `npm pack` puts in the tarball, and that the tarball installs and runs
// with npm, pnpm and yarn, and as a git dependency, offline: everything lockstep runs is bundled in dist/.
import { spawnSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { VERSION } from "../../src/version.js";
import { tempTree } from "../helpers/temp-dir.js";

const ROOT = resolve(import.meta.dirname, "../..");
const BIN = (name: string) => join(ROOT, "node_modules", ".bin", name);

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const ran = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, npm_config_audit: "false", npm_config_fund: "false", ...env },
  });
  if (ran.status !== 0)
    throw new Error(
      `${command} ${args.join(" ")} failed (${ran.status ?? ran.signal}):\n${ran.stderr}${ran.stdout}`,
    );
  return ran.stdout;
}

/** A project that installs lockstep and has one database of migrations to replay. */
function project(): string {
  return tempTree({
    "package.json": `${JSON.stringify({ name: "app", version: "1.0.0", private: true }, null, 2)}\n`,
    "migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n",
    "migrations/0001_users.down.sql": "DROP TABLE users;\n",
  });
}

/** The installed bin runs as a user runs it (npm links it, pnpm and yarn write shims), and replays. */
function expectInstalled(cwd: string): void {
  const bin = join(cwd, "node_modules", ".bin", "lockstep");
  expect(run(bin, ["--version"], cwd).trim()).toBe(VERSION);
  expect(run(bin, ["replay", "migrations"], cwd)).toContain("1 migration");
  // Nothing but lockstep was installed: it has no dependencies of its own.
  const installed = readdirSync(join(cwd, "node_modules")).filter((n) => !n.startsWith("."));
  expect(installed).toEqual(["lockstep"]);
}

let tarball = "";
let packed: string[] = [];

beforeAll(() => {
  const out = tempTree({});
  const [info] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", out], ROOT)) as {
    filename: string;
    files: { path: string }[];
  }[];
  tarball = join(out, info?.filename ?? "");
  packed = (info?.files ?? []).map((f) => f.path).sort();
});

describe("the published package", () => {
  it("holds only what runs, with no dependencies", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(manifest.dependencies ?? {}).toEqual({});
    // A script of one of these names makes npm install every devDependency and run it wherever lockstep is
    // installed from git; dist/ is committed so that nothing runs on install.
    const onInstall = ["build", "preinstall", "install", "postinstall", "prepack", "prepare"];
    expect(Object.keys(manifest.scripts ?? {}).filter((name) => onInstall.includes(name))).toEqual([]);
    const outside = packed.filter(
      (path) =>
        !/^(dist|hooks)\//.test(path) &&
        !["action.yml", "README.md", "LICENSE", "package.json"].includes(path),
    );
    expect(outside).toEqual([]);
    for (const needed of [
      "dist/cli.js",
      "dist/action.js",
      "dist/replay-worker.js",
      "dist/replay-host.js",
      "dist/sqlite3.wasm",
      "hooks/pre-commit",
      "hooks/pre-push",
      "action.yml",
      "LICENSE",
    ])
      expect(packed).toContain(needed);
  });

  it("imports nothing at run time but Node's own modules", () => {
    const bare: string[] = [];
    const seen = new Set<string>();
    const dist = join(ROOT, "dist");
    const scripts = [
      ...readdirSync(dist).filter((n) => n.endsWith(".js")),
      ...readdirSync(join(dist, "chunks")).map((n) => `chunks/${n}`),
    ];
    for (const name of scripts) {
      const code = readFileSync(join(dist, name), "utf8");
      const specs = [
        ...code.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s*["']([^"']+)["']/gm),
        ...code.matchAll(/^\s*import\s*["']([^"']+)["']/gm),
        ...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
        ...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g),
      ].map((m) => m[1] as string);
      for (const spec of specs) {
        seen.add(spec);
        if (spec.startsWith(".")) continue;
        // esbuild is imported only by a replay run from source (the tests), never by the built one.
        if (!spec.startsWith("node:") && spec !== "esbuild" && !isBuiltin(spec))
          bare.push(`${name}: ${spec}`);
      }
    }
    expect(bare).toEqual([]);
    // The scan does see the bundle's imports.
    expect(seen).toContain("node:worker_threads");
  });

  it("installs from the tarball with npm, offline, and runs", () => {
    const cwd = project();
    run("npm", ["install", "--offline", tarball], cwd);
    expectInstalled(cwd);
  });

  it("installs from the tarball with pnpm, offline, and runs", () => {
    const cwd = project();
    const store = tempTree({});
    run(BIN("pnpm"), ["add", "--offline", "--store-dir", store, tarball], cwd);
    expectInstalled(cwd);
  });

  it("installs from the tarball with yarn, offline, and runs", () => {
    const cwd = project();
    const cache = tempTree({});
    run(BIN("yarn"), ["add", "--offline", "--cache-folder", cache, `file:${tarball}`], cwd, {
      YARN_IGNORE_PATH: "1",
    });
    expectInstalled(cwd);
  });

  it("runs init from the tarball with npx in a repository without package.json, vendoring itself", () => {
    const cwd = tempTree({
      "go.mod": "module example.com/app\n",
      "migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
      "migrations/0001_users.down.sql": "DROP TABLE users;\n",
    });
    run("git", ["init", "-q", "-b", "main"], cwd);
    const out = run("npx", ["--yes", "--offline", "--package", tarball, "--", "lockstep", "init"], cwd, {
      npm_config_cache: tempTree({}),
    });
    expect(out).toContain("in .lockstep/ (no package.json, so no package manager provides it)");
    expect(readFileSync(join(cwd, ".lockstep", "cli.js"))).toEqual(
      readFileSync(join(ROOT, "dist", "cli.js")),
    );
    expect(readFileSync(join(cwd, ".git", "hooks", "pre-commit"), "utf8")).toContain("node .lockstep/cli.js");
    expect(readdirSync(cwd).filter((n) => !n.startsWith("."))).toEqual([
      "go.mod",
      "lockstep.config.json",
      "migrations",
    ]);
  });

  it("installs as a git dependency with no build on install: dist/ is committed", () => {
    // A repository holding this checkout's package as committed files (dist/ among them), as npm fetches one.
    const source = tempTree({});
    for (const path of packed) cpSync(join(ROOT, path), join(source, path), { recursive: true });
    run("git", ["init", "-q", "-b", "main"], source);
    run("git", ["add", "-A"], source);
    run(
      "git",
      ["-c", "user.name=dev", "-c", "user.email=dev@example.com", "commit", "-q", "-m", "release"],
      source,
    );
    const cwd = project();
    run("npm", ["install", "--offline", `git+file://${source}`], cwd);
    expectInstalled(cwd);
    // npm kept what `files` names, as it does for the tarball.
    expect(readdirSync(join(cwd, "node_modules", "lockstep")).sort()).toEqual(
      ["LICENSE", "README.md", "action.yml", "dist", "hooks", "package.json"].sort(),
    );
  });
});

function isBuiltin(spec: string): boolean {
  return builtinModules.includes(spec) || builtinModules.includes(spec.split("/")[0] as string);
}
