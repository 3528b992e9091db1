import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { VERSION } from "../../version.js";
import { writeIn } from "./hook-files.js";
import type { PackageJson } from "./init-husky.js";

/**
 * Where package.json lacks lockstep: the spec its lock file says lockstep was installed from (a git URL or a
 * tarball, as long as lockstep is not on the registry), else the running version as a registry range.
 */
export function lockstepSpec(root: string): { spec: string; from: "lock file" | "version" } {
  const lock = join(root, "package-lock.json");
  if (existsSync(lock)) {
    try {
      const resolved = JSON.parse(readFileSync(lock, "utf8"))?.packages?.["node_modules/lockstep"]?.resolved;
      if (typeof resolved === "string" && /^(git\+|github:|file:)/.test(resolved))
        return { spec: resolved, from: "lock file" };
    } catch {
      // An unreadable lock file says nothing of where lockstep came from: the version then.
    }
  }
  return { spec: `^${VERSION}`, from: "version" };
}

/**
 * Adds lockstep to devDependencies (the hooks and the workflow run that copy); returns the line saying so, or
 * undefined where package.json has it. Keeps the file's indentation; `pkg` is updated for later edits.
 */
export function addLockstep(root: string, pkg: PackageJson): string | undefined {
  const { json } = pkg;
  if (json.devDependencies?.lockstep || json.dependencies?.lockstep) return undefined;
  const { spec, from } = lockstepSpec(root);
  json.devDependencies = { ...json.devDependencies, lockstep: spec };
  const indent = /^[ \t]+(?=")/m.exec(pkg.text)?.[0] ?? "  ";
  pkg.text = `${JSON.stringify(json, null, indent)}\n`;
  writeIn(root, pkg.path, pkg.text);
  return from === "lock file"
    ? `added lockstep ${spec} (where package-lock.json says it came from) to devDependencies`
    : `added lockstep ${spec} to devDependencies (the running version; where you install lockstep from its repository or a tarball, put that there instead), then run npm install`;
}
