// Which tool installs a repository's git hooks, as its top directory's files say. A config of the
// pre-commit framework or lefthook means the team already runs its hooks through that tool, so lockstep's
// hooks go there, even in a Node project; else husky where there is a package.json; else git's own hooks.

export type HookManager = "pre-commit" | "lefthook" | "husky" | "git";

/** The config names lefthook reads at the top of a repository, in the order it looks for them. */
export const LEFTHOOK_CONFIGS = ["lefthook.yml", "lefthook.yaml", ".lefthook.yml", ".lefthook.yaml"];
export const PRE_COMMIT_CONFIG = ".pre-commit-config.yaml";

export interface HookManagerChoice {
  manager: HookManager;
  /** The config file the manager reads, relative to the top (pre-commit and lefthook). */
  config?: string;
}

/** `names`: the file names at the top of the repository. */
export function detectHookManager(names: ReadonlySet<string>): HookManagerChoice {
  if (names.has(PRE_COMMIT_CONFIG)) return { manager: "pre-commit", config: PRE_COMMIT_CONFIG };
  const lefthook = LEFTHOOK_CONFIGS.find((name) => names.has(name));
  if (lefthook) return { manager: "lefthook", config: lefthook };
  return { manager: names.has("package.json") ? "husky" : "git" };
}
