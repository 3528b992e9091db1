// How a Node project installs its dependencies in CI, as its own files say: the package manager from its
// lock file, the Node version from .nvmrc, .node-version or package.json's engines. The workflow `init`
// writes uses exactly these, so that its install step runs as the project's own CI would.

export type PackageManager = "npm" | "pnpm" | "yarn" | "yarn-berry" | "bun";

/** What a project's top directory holds, as far as installing goes. */
export interface ProjectFiles {
  /** Names of the files at the top (package-lock.json, pnpm-lock.yaml, yarn.lock, bun.lock, .nvmrc, …). */
  names: ReadonlySet<string>;
  /** The first bytes of yarn.lock, where there is one (v1 and Berry lock files differ in their header). */
  yarnLockHead?: string;
  /** The first bytes of pnpm-lock.yaml, where there is one (its lockfileVersion says which pnpm wrote it). */
  pnpmLockHead?: string;
  /** package.json's `packageManager` ("pnpm@9.15.0") and `engines.node`, where given. */
  packageManager?: string;
  enginesNode?: string;
}

/** A step of the job, in GitHub Actions' terms. */
export type Step = { uses: string; with?: Record<string, string> } | { run: string };

export interface InstallPlan {
  manager: PackageManager;
  /** Why: the file that says so. */
  reason: string;
  steps: Step[];
}

/** The package manager and the steps that install the project's dependencies. */
export function installPlan(files: ProjectFiles): InstallPlan {
  const node = setupNode(files);
  const has = (name: string) => files.names.has(name);
  if (has("pnpm-lock.yaml") || files.packageManager?.startsWith("pnpm@")) {
    const pinned = files.packageManager?.startsWith("pnpm@");
    const version = pinned ? undefined : pnpmMajor(files.pnpmLockHead);
    return {
      manager: "pnpm",
      reason: pinned ? `package.json's packageManager is ${files.packageManager}` : "pnpm-lock.yaml",
      steps: [
        // Without a version it takes package.json's packageManager field.
        { uses: "pnpm/action-setup@v4", ...(version ? { with: { version } } : {}) },
        node,
        { run: has("pnpm-lock.yaml") ? "pnpm install --frozen-lockfile" : "pnpm install" },
      ],
    };
  }
  if (has("bun.lock") || has("bun.lockb"))
    return {
      manager: "bun",
      reason: has("bun.lock") ? "bun.lock" : "bun.lockb",
      steps: [{ uses: "oven-sh/setup-bun@v2" }, { run: "bun install --frozen-lockfile" }],
    };
  if (has("yarn.lock")) {
    const berry =
      /__metadata:/.test(files.yarnLockHead ?? "") || !/yarn lockfile v1/.test(files.yarnLockHead ?? "");
    return berry
      ? {
          manager: "yarn-berry",
          reason: "yarn.lock (Yarn 2 or later)",
          steps: [node, { run: "corepack enable" }, { run: "yarn install --immutable" }],
        }
      : {
          manager: "yarn",
          reason: "yarn.lock (Yarn 1)",
          steps: [node, { run: "yarn install --frozen-lockfile" }],
        };
  }
  return has("package-lock.json") || has("npm-shrinkwrap.json")
    ? { manager: "npm", reason: "package-lock.json", steps: [node, { run: "npm ci" }] }
    : {
        manager: "npm",
        reason: "no lock file (npm ci needs one)",
        steps: [node, { run: "npm install --no-audit --no-fund" }],
      };
}

/** actions/setup-node with the version the project names, else the current LTS. */
function setupNode(files: ProjectFiles): Step {
  for (const file of [".nvmrc", ".node-version"])
    if (files.names.has(file)) return { uses: "actions/setup-node@v4", with: { "node-version-file": file } };
  // setup-node reads engines.node from package.json itself.
  if (files.enginesNode)
    return { uses: "actions/setup-node@v4", with: { "node-version-file": "package.json" } };
  return { uses: "actions/setup-node@v4", with: { "node-version": "lts/*" } };
}

/** The pnpm major that writes a lock file of this version: 9.0 is pnpm 9 and 10 (10 is taken). */
function pnpmMajor(head: string | undefined): string {
  const version = /lockfileVersion:\s*['"]?(\d+)(?:\.(\d+))?/.exec(head ?? "");
  const major = Number(version?.[1] ?? 9);
  if (major >= 9) return "10";
  if (major >= 6) return "8";
  return "7";
}
