import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { REFERENCE_END, REFERENCE_START, renderCliReference } from "../../src/cli/cli-reference.js";
import { COMMANDS } from "../../src/cli/command-table.js";
import { optionSyntax, usageParts } from "../../src/cli/usage.js";
import { lockstep, runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/temp-dir.js";

const cwd = tempTree({});
/** Help text is wrapped: compare it as one line of single spaces. */
const flat = (text: string) => text.replace(/\s+/g, " ");

describe("lockstep --help", () => {
  it("exits 0 from the built bundle, listing every command", () => {
    const r = lockstep(cwd, ["--help"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    for (const spec of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${spec.name}\\b`, "m"));
  });

  it("lists every command with its summary and says what the exit codes mean; -h, help and no command too", async () => {
    const r = await runCli(cwd, ["--help"]);
    expect(r.code).toBe(0);
    for (const spec of COMMANDS) expect(flat(r.stdout)).toContain(flat(spec.summary));
    expect(r.stdout).toContain("Exit codes: 0 no error-level finding, 1 at least one, 2");
    for (const args of [["-h"], ["help"], []]) expect(await runCli(cwd, args)).toEqual(r);
  });
});

describe.each(COMMANDS.map((spec) => [spec.name, spec] as const))("lockstep %s --help", (name, spec) => {
  it("exits 0 with the usage line, every argument and option with its description, and the examples", async () => {
    const r = await runCli(cwd, [name, "--help"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const text = flat(r.stdout);
    expect(text).toContain(`Usage: lockstep ${name} ${usageParts(spec).join(" ")}`.trimEnd());
    for (const p of spec.positionals)
      expect(text).toContain(`${p.name.toUpperCase()} ${flat(p.description)}`);
    for (const [option, declared] of Object.entries(spec.options)) {
      const line = r.stdout.split("\n").find((l) => l.startsWith(`  ${optionSyntax(option, declared)}`));
      expect(line, `--${option} has a line of its own`).toBeDefined();
      expect(text).toContain(flat(declared.description));
    }
    expect(r.stdout).toMatch(/^ {2}-h, --help +prints this help$/m);
    for (const example of spec.examples) expect(r.stdout).toContain(`  ${example}\n`);
  });

  it("is the same as -h, as `lockstep help COMMAND`, and as --help after other arguments", async () => {
    const r = await runCli(cwd, [name, "--help"]);
    expect(await runCli(cwd, [name, "-h"])).toEqual(r);
    expect(await runCli(cwd, ["help", name])).toEqual(r);
    expect(await runCli(cwd, [name, "--no-such-option", "--help"])).toEqual(r);
  });
});

describe("usage lines", () => {
  it("are derived from the declarations: check takes --config and --db", async () => {
    const r = await runCli(cwd, ["check", "--help"]);
    expect(flat(r.stdout)).toContain(
      "lockstep check [--base REF] [--config FILE] [--db NAME] [--down all|new|none]",
    );
  });

  it("keep a pair of options together and show a required flag without brackets", async () => {
    expect(flat((await runCli(cwd, ["lock", "--help"])).stdout)).toContain("[--amend VERSION --reason TEXT]");
    expect(flat((await runCli(cwd, ["guard", "--help"])).stdout)).toContain(
      "lockstep guard --staged [--base REF]",
    );
  });

  it("name no option twice and no argument that is also an option", () => {
    for (const spec of COMMANDS) {
      const positionals = spec.positionals.map((p) => p.name);
      for (const name of positionals) expect(Object.keys(spec.options)).not.toContain(name);
      expect(new Set(positionals).size).toBe(positionals.length);
    }
  });
});

describe("the README's CLI reference", () => {
  const readme = readFileSync(resolve(import.meta.dirname, "../../README.md"), "utf8");
  const start = readme.indexOf(REFERENCE_START);
  const section = readme.slice(start, readme.indexOf(REFERENCE_END) + REFERENCE_END.length);

  it("is what the declarations render (`npm run docs` writes it)", () => {
    expect(start).toBeGreaterThan(-1);
    expect(section).toBe(renderCliReference(COMMANDS));
  });

  it("has every command's usage line and a row for every option of every command", () => {
    const rows = section.split("\n").filter((line) => line.startsWith("| `"));
    for (const spec of COMMANDS) {
      expect(flat(section)).toContain(`lockstep ${spec.name} ${usageParts(spec).join(" ")}`.trimEnd());
      for (const [option, declared] of Object.entries(spec.options)) {
        const syntax = optionSyntax(option, declared).replace(/\|/g, "\\|");
        const row = rows.find(
          (line) => line.startsWith(`| \`${syntax}\` |`) && line.includes(`\`${spec.name}\``),
        );
        expect(row, `a row for ${spec.name} --${option}`).toBeDefined();
      }
    }
  });
});
