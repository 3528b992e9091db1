import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { expect } from "vitest";
import { main } from "../../src/cli/main.js";
import { PLAIN } from "../../src/core/render/style.js";
import { guardOutput } from "../../src/core/render/terminal-text.js";

/** The built bundle, run as a process the way a user runs it. */
export const CLI = resolve(import.meta.dirname, "../../dist/cli.js");

type Env = Record<string, string | undefined>;

/** process.env with overrides; an undefined value removes the variable. */
function envWith(overrides: Env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...overrides };
  for (const [key, value] of Object.entries(overrides)) if (value === undefined) delete env[key];
  return env;
}

/**
 * The built CLI as a process, killed after 60 s: only where the process is what is tested (its real stdout,
 * a FIFO that would hang a read, its own pid); everywhere else `runCli`.
 */
export function lockstep(cwd: string, args: string[], env: Env = { NO_COLOR: "1" }) {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: "utf8",
    timeout: 60_000,
    env: envWith(env),
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * The CLI run in this process, from source, through the same output boundary as `src/cli.ts` (no colour, no
 * terminal): for every test where the process itself is not what is tested. Returns what `lockstep()` does.
 */
export async function runCli(cwd: string, args: string[], env: Env = { NO_COLOR: "1" }) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    cwd,
    env: envWith(env),
    out: (text) => {
      stdout += guardOutput(text, false);
    },
    err: (text) => {
      stderr += guardOutput(text, false);
    },
    style: PLAIN,
  });
  return { code, stdout, stderr };
}

/** A fault is one line on stderr, starting `lockstep:`, with no stack trace; `parts` must appear in it. */
export function expectOneCleanLine(stderr: string, ...parts: string[]): void {
  expect(stderr.trim().split("\n")).toHaveLength(1);
  expect(stderr).toMatch(/^lockstep: /);
  expect(stderr).not.toMatch(/\n\s+at /);
  for (const part of parts) expect(stderr).toContain(part);
}
