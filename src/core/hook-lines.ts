// The commands lockstep's git hooks run. Two ways to reach lockstep: the installed binary (a devDependency,
// in node_modules/.bin), or the copy `init --vendor` writes into the repository, run by the node on the PATH.

import { GUARD_SKIP } from "./guard-skip.js";

/** Where `init --vendor` writes the bundled CLI, relative to the top of the repository. */
export const VENDOR_DIR = ".lockstep";
export const VENDORED_CLI = `node ${VENDOR_DIR}/cli.js`;

/** How a hook reaches lockstep. */
export type HookRunner = "installed" | "vendored";

type Act = "commit" | "push";

/** What a hook says when lockstep is not installed (hooks/ says the same). */
export function notInstalled(what: Act): string {
  return `lockstep: not installed here (no lockstep in node_modules/.bin or on the PATH), so this ${what} is refused unchecked; run npm install (lockstep is in devDependencies), or git ${what} --no-verify to skip the check`;
}

/** What a hook running the vendored copy says when there is no node to run it with. */
export function noNode(what: Act): string {
  return `lockstep: node is not on the PATH, so this ${what} is refused unchecked; install Node.js 20 or later, or git ${what} --no-verify to skip the check`;
}

/**
 * A hook's one line: the installed binary itself (husky puts node_modules/.bin on the hook's PATH; `npx`
 * alone took longer to start than the guard takes to run), and without it one line saying what to do.
 */
export function hookLine(args: string, what: Act): string {
  return `command -v lockstep >/dev/null || { echo "${notInstalled(what)}" >&2; exit 1; }; lockstep ${args}`;
}

/** The vendored copy's line: only node is needed on the PATH. */
export function vendoredLine(args: string, what: Act): string {
  return `command -v node >/dev/null || { echo "${noNode(what)}" >&2; exit 1; }; ${VENDORED_CLI} ${args}`;
}

/**
 * First the script the guard left in the git directory (core/guard-skip), which lets a commit that stages
 * nothing where lockstep looks through without starting Node; else lockstep itself.
 */
const SKIP = `sh "$(git rev-parse --git-path lockstep/${GUARD_SKIP})" 2>/dev/null && exit 0;`;

/** husky's lines (husky puts node_modules/.bin on the PATH). */
export const PRE_COMMIT = `${SKIP} ${hookLine("guard --staged", "commit")}`;
export const PRE_PUSH = hookLine("check --down new", "push");

/** The lines earlier versions wrote, replaced by the ones above where init finds them. */
export const EARLIER_LINES: ReadonlyMap<string, string> = new Map([
  ["npx --no-install lockstep guard --staged", PRE_COMMIT],
  [hookLine("guard --staged", "commit"), PRE_COMMIT],
  ["npx --no-install lockstep check --down new", PRE_PUSH],
]);

export interface HookLines {
  preCommit: string;
  prePush: string;
}

/**
 * The sh lines of a hook manager that runs one (husky, lefthook, git's own hooks). Hooks run at the top of
 * the work tree; outside husky nothing puts node_modules/.bin on the PATH, so the line does.
 */
export function shellLines(runner: HookRunner, husky: boolean): HookLines {
  if (runner === "vendored")
    return {
      preCommit: `${SKIP} ${vendoredLine("guard --staged", "commit")}`,
      prePush: vendoredLine("check --down new", "push"),
    };
  if (husky) return { preCommit: PRE_COMMIT, prePush: PRE_PUSH };
  const path = 'PATH="$PWD/node_modules/.bin:$PATH";';
  return {
    preCommit: `${SKIP} ${path} ${hookLine("guard --staged", "commit")}`,
    prePush: `${path} ${PRE_PUSH}`,
  };
}

/**
 * The pre-commit framework's entries: it runs a command, not a sh line (so no skip script first); a
 * missing executable fails the hook with pre-commit's own message.
 */
export function commandEntries(runner: HookRunner): HookLines {
  const lockstep = runner === "vendored" ? VENDORED_CLI : "node_modules/.bin/lockstep";
  return { preCommit: `${lockstep} guard --staged`, prePush: `${lockstep} check --down new` };
}
