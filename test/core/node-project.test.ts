import { describe, expect, it } from "vitest";
import { installPlan, type ProjectFiles } from "../../src/core/node-project.js";

const files = (names: string[], more: Partial<ProjectFiles> = {}): ProjectFiles => ({
  names: new Set(["package.json", ...names]),
  ...more,
});
const runs = (f: ProjectFiles) =>
  installPlan(f).steps.map((s) => ("run" in s ? s.run : `${s.uses} ${JSON.stringify(s.with ?? {})}`));

describe("how a Node project installs in CI", () => {
  it("npm: ci with its lock file, install without one (npm ci refuses to run without)", () => {
    expect(runs(files(["package-lock.json"]))).toEqual([
      'actions/setup-node@v4 {"node-version":"lts/*"}',
      "npm ci",
    ]);
    expect(installPlan(files([])).reason).toBe("no lock file (npm ci needs one)");
    expect(runs(files([])).at(-1)).toBe("npm install --no-audit --no-fund");
  });

  it("pnpm: the version its lock file was written by, unless packageManager pins one", () => {
    const lock = files(["pnpm-lock.yaml"], { pnpmLockHead: "lockfileVersion: '9.0'\n" });
    expect(installPlan(lock)).toMatchObject({ manager: "pnpm", reason: "pnpm-lock.yaml" });
    expect(runs(lock)).toEqual([
      'pnpm/action-setup@v4 {"version":"10"}',
      'actions/setup-node@v4 {"node-version":"lts/*"}',
      "pnpm install --frozen-lockfile",
    ]);
    expect(runs(files(["pnpm-lock.yaml"], { pnpmLockHead: "lockfileVersion: '6.0'\n" }))[0]).toBe(
      'pnpm/action-setup@v4 {"version":"8"}',
    );
    const pinned = files(["pnpm-lock.yaml"], { packageManager: "pnpm@9.15.0" });
    expect(runs(pinned)[0]).toBe("pnpm/action-setup@v4 {}");
    expect(installPlan(pinned).reason).toBe("package.json's packageManager is pnpm@9.15.0");
  });

  it("yarn 1 and Yarn Berry, told apart by their lock file's header; bun", () => {
    expect(runs(files(["yarn.lock"], { yarnLockHead: "# yarn lockfile v1\n" })).at(-1)).toBe(
      "yarn install --frozen-lockfile",
    );
    expect(runs(files(["yarn.lock"], { yarnLockHead: "__metadata:\n  version: 8\n" })).slice(1)).toEqual([
      "corepack enable",
      "yarn install --immutable",
    ]);
    expect(runs(files(["bun.lock"]))).toEqual(["oven-sh/setup-bun@v2 {}", "bun install --frozen-lockfile"]);
  });

  it("Node as the project names it: .nvmrc, .node-version, then engines, else the current LTS", () => {
    const node = (f: ProjectFiles) => runs(f)[0];
    expect(node(files(["package-lock.json", ".nvmrc", ".node-version"]))).toBe(
      'actions/setup-node@v4 {"node-version-file":".nvmrc"}',
    );
    expect(node(files([".node-version"]))).toBe(
      'actions/setup-node@v4 {"node-version-file":".node-version"}',
    );
    expect(node(files([], { enginesNode: ">=24" }))).toBe(
      'actions/setup-node@v4 {"node-version-file":"package.json"}',
    );
  });
});
