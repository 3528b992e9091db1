import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/command-table.js";
import { expectOneCleanLine, runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/temp-dir.js";

const cwd = tempTree({});

/** Runs the CLI expecting a usage error: exit 2, one clean line on stderr, nothing on stdout. */
async function refused(args: string[], ...parts: string[]): Promise<string> {
  const r = await runCli(cwd, args);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expectOneCleanLine(r.stderr, ...parts);
  return r.stderr;
}

describe("an unknown option", () => {
  it("names the command, the option probably meant and every option the command takes", async () => {
    expect(await refused(["replay", "--fromat", "json"])).toBe(
      "lockstep: replay: unknown option --fromat; did you mean --format? replay takes --config, --db, --down, --timeout, --engine, --cache, --no-cache, --data, --format, --known, --on, --registry\n",
    );
  });

  it.each(COMMANDS.map((spec) => [spec.name, spec] as const))(
    "of %s lists all its options",
    async (name, spec) => {
      const names = Object.keys(spec.options).map((o) => `--${o}`);
      const takes = names.length > 0 ? `${name} takes ${names.join(", ")}` : `${name} takes no options`;
      expect(await refused([name, "--zzzzzz"])).toBe(
        `lockstep: ${name}: unknown option --zzzzzz; ${takes}\n`,
      );
    },
  );

  it("is found in --name=value form and in short options too", async () => {
    await refused(
      ["check", "--jsonout=report.json"],
      "unknown option --jsonout;",
      "did you mean --json-out?",
    );
    await refused(["lock", "-c"], "lock: unknown option -c;", "lock takes --check, --amend");
  });

  it("before any command is an unknown option, not an unknown command", async () => {
    const line = await refused(["--foo"], "unknown option --foo;", "--help and --version");
    expect(line).not.toContain('command "');
    await refused(["--hlep"], "did you mean --help?");
    await refused(["help", "--hlep"], "unknown option --hlep; did you mean --help?");
    await refused(
      ["--format", "json", "replay"],
      "--format is an option of replay, diff, status, drift, check",
      "after the command",
    );
  });
});

describe("an unknown command", () => {
  it("suggests the closest command", async () => {
    await refused(["replya"], 'unknown command "replya"; did you mean `replay`?');
    await refused(["renumbre"], "did you mean `renumber`?");
    await refused(["help", "chek"], 'unknown command "chek"; did you mean `check`?');
  });

  it("lists the commands when none is close", async () => {
    await refused(
      ["deploy"],
      'unknown command "deploy"',
      "replay, diff, status, drift, lock, guard, init, new, renumber, known, check",
    );
  });
});

describe("an option value", () => {
  it("that is missing names the values the option takes", async () => {
    await refused(["replay", "--format"], "replay: --format needs a value: text, json or markdown");
    await refused(["check", "--down"], "check: --down needs a value: all, new or none");
    await refused(["lock", "--config"], "lock: --config needs a value: FILE");
  });

  it("is not taken from the next option", async () => {
    await refused(["replay", "--db", "--format", "json"], "replay: --db needs a value: NAME");
  });

  it("outside the choices names them", async () => {
    await refused(
      ["replay", "--format", "yaml"],
      'replay: --format must be text, json or markdown, not "yaml"',
    );
    await refused(["check", "--down=some"], 'check: --down must be all, new or none, not "some"');
    await refused(
      ["replay", "--timeout", "soon"],
      "--timeout takes the seconds one statement may run",
      '"soon"',
    );
  });

  it("given to a flag is refused", async () => {
    await refused(["lock", "--check=yes"], 'lock: --check takes no value, not "yes"');
  });
});

describe("arguments and required options", () => {
  it("of the wrong number name what the command takes", async () => {
    await refused(["diff", "a"], "diff takes exactly two arguments: FROM TO", "lockstep diff --help");
    await refused(["new"], "new takes exactly one argument: NAME; got none");
    await refused(["replay", "a", "b"], 'replay takes at most one argument: [DIR]; got "a" "b"');
    await refused(["init", "a", "b"], 'init takes at most one argument: [DIR]; got "a" "b"');
    await refused(["check", "main"], 'check takes no arguments, only options; got "main"');
  });

  it("a required flag and an option pair say what is missing", async () => {
    await refused(["guard"], "guard: needs --staged", "run `lockstep guard --staged`");
    await refused(["lock", "--amend", "0002"], "lock: --amend VERSION needs --reason TEXT");
    await refused(["lock", "--reason", "typo"], "lock: --reason TEXT needs --amend VERSION");
    await refused(["lock", "--amend", "0002", "--reason", "  "], "--reason needs the text");
    await refused(
      ["lock", "--amend", "0002", "--reason", "typo", "--check"],
      "--amend and --check do not go together",
    );
  });

  it("after -- may start with a dash: the command gets it as an argument", async () => {
    await refused(["replay", "--", "--not-an-option"], "--not-an-option");
    const r = await runCli(cwd, ["replay", "--", "--not-an-option"]);
    expect(r.stderr).not.toContain("unknown option");
  });
});
