// The pre-commit hook's way past Node: a small sh script, written by the guard into the git directory, that
// says "nothing for the guard here" without starting lockstep. It exits 0 only when the config is the one the
// guard last saw (by git's object id of the file) and nothing is staged under the paths the guard would look
// at; anything else, or any failure, exits non-zero and the hook runs lockstep.

/** The file's name in `.git/lockstep/`, and what the hook runs. */
export const GUARD_SKIP = "guard-skip.sh";

/** A path as one sh word, whatever it holds (single quotes; a quote inside is closed, escaped, reopened). */
function shWord(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * The script, or undefined where no script can say it safely: a path the hook could not pass to git as one
 * word (a newline or NUL in it), or no path at all.
 * `configKey`: `git hash-object` of the config file as the guard read it, or "none" when there was none.
 */
export function renderGuardSkip(
  config: string,
  configKey: string,
  paths: readonly string[],
): string | undefined {
  const all = [config, ...paths];
  if (
    paths.length === 0 ||
    all.some((p) => /[\n\r\0]/.test(p)) ||
    !/^([0-9a-f]{40}|[0-9a-f]{64}|none)$/.test(configKey)
  )
    return undefined;
  const pathspecs = paths.map((p) => shWord(`:(literal)${p === "" ? "." : p}`)).join(" ");
  return [
    "# Written by lockstep guard --staged (the pre-commit hook runs it first): exits 0, and the commit goes on",
    "# without starting lockstep, only when its config is unchanged and nothing is staged where it looks.",
    `[ "$(git hash-object -- ${shWord(config)} 2>/dev/null || echo none)" = ${shWord(configKey)} ] || exit 1`,
    `git diff --cached --quiet -- ${pathspecs} || exit 1`,
    "exit 0",
    "",
  ].join("\n");
}
