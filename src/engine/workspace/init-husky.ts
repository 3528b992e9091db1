import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { readRegularText } from "../../adapters/repo-files.js";
import { LockstepError } from "../../core/errors.js";
import type { HookLines } from "../../core/hook-lines.js";
import { ensureLine, writeIn } from "./hook-files.js";

const HUSKY_VERSION = "^9.1.7";

export interface PackageJson {
  path: string;
  text: string;
  json: {
    devDependencies?: Record<string, string>;
    dependencies?: Record<string, string>;
    scripts?: Record<string, string>;
    packageManager?: unknown;
    engines?: unknown;
  };
}

export function readPackageJson(path: string): PackageJson {
  const text = readRegularText(path, "the project's manifest", "package.json", 4 * 1024 * 1024);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new LockstepError(
      "config",
      `package.json is not valid JSON (${(cause as Error).message}), so npm cannot read it either; fix it, then run lockstep init again (nothing was written)`,
      { cause },
    );
  }
  if (!json || typeof json !== "object" || Array.isArray(json)) {
    throw new LockstepError(
      "config",
      "package.json does not hold a JSON object; fix it, then run lockstep init again (nothing was written)",
    );
  }
  return { path, text, json: json as PackageJson["json"] };
}

/** husky as a devDependency with its prepare script, `.husky/pre-commit` and `.husky/pre-push`, installed. */
export function huskyHooks(
  root: string,
  pkg: PackageJson,
  lines: HookLines,
): { done: string[]; next: string[] } {
  const done: string[] = [];
  const next: string[] = [];
  if (addHusky(pkg)) done.push('added husky to devDependencies and "prepare": "husky" to package.json');
  for (const [hook, line] of [
    ["pre-commit", lines.preCommit],
    ["pre-push", lines.prePush],
  ] as const) {
    const change = ensureLine(root, join(root, ".husky", hook), line);
    if (change) done.push(`${change} .husky/${hook}`);
  }
  const hooksPath = spawnSync("git", ["config", "core.hooksPath"], {
    cwd: root,
    encoding: "utf8",
  }).stdout.trim();
  const huskyBin = join(root, "node_modules", "husky", "bin.js");
  if (hooksPath !== ".husky/_") {
    if (existsSync(huskyBin)) {
      const run = spawnSync(process.execPath, [huskyBin], { cwd: root, encoding: "utf8" });
      if (run.status === 0) done.push("installed the git hooks with husky (core.hooksPath .husky/_)");
      else
        next.push(
          `husky could not install the hooks (${run.stderr.trim() || run.stdout.trim()}); run npx husky`,
        );
    } else next.push("run npm install: husky's prepare script installs the git hooks");
  }
  return { done, next };
}

/** Adds husky and its prepare script; returns whether package.json changed. Keeps the file's indentation. */
function addHusky({ path, text, json }: PackageJson): boolean {
  let changed = false;
  if (!json.devDependencies?.husky && !json.dependencies?.husky) {
    json.devDependencies = { ...json.devDependencies, husky: HUSKY_VERSION };
    changed = true;
  }
  const prepare = json.scripts?.prepare;
  if (!prepare?.includes("husky")) {
    json.scripts = { ...json.scripts, prepare: prepare ? `${prepare} && husky` : "husky" };
    changed = true;
  }
  if (!changed) return false;
  const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? "  ";
  writeIn(dirname(path), path, `${JSON.stringify(json, null, indent)}\n`);
  return true;
}
