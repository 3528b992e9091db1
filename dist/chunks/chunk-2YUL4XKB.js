import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);

// src/core/guard-skip.ts
var GUARD_SKIP = "guard-skip.sh";
function shWord(text) {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}
function renderGuardSkip(config, configKey, paths) {
  const all = [config, ...paths];
  if (paths.length === 0 || all.some((p) => /[\n\r\0]/.test(p)) || !/^([0-9a-f]{40}|[0-9a-f]{64}|none)$/.test(configKey))
    return void 0;
  const pathspecs = paths.map((p) => shWord(`:(literal)${p === "" ? "." : p}`)).join(" ");
  return [
    "# Written by lockstep guard --staged (the pre-commit hook runs it first): exits 0, and the commit goes on",
    "# without starting lockstep, only when its config is unchanged and nothing is staged where it looks.",
    `[ "$(git hash-object -- ${shWord(config)} 2>/dev/null || echo none)" = ${shWord(configKey)} ] || exit 1`,
    `git diff --cached --quiet -- ${pathspecs} || exit 1`,
    "exit 0",
    ""
  ].join("\n");
}

export {
  GUARD_SKIP,
  renderGuardSkip
};
