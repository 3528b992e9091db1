import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { preCommitStages, withLefthookCommands, withPreCommitHooks } from "../../src/core/hook-configs.js";
import { commandEntries, shellLines } from "../../src/core/hook-lines.js";

const entries = commandEntries("vendored");
const stages = preCommitStages("pre-commit 4.0.1");

describe("lockstep's hooks in a pre-commit config", () => {
  it("are a repo: local entry after the user's, whose comments and layout stay as they were", () => {
    const text =
      "# ours\nrepos:\n- repo: https://github.com/pre-commit/pre-commit-hooks\n  rev: v4.5.0 # pinned\n  hooks:\n  - id: trailing-whitespace\n    args: [--markdown-linebreak-ext=md]\n";
    const edited = withPreCommitHooks(text, ".pre-commit-config.yaml", entries, stages) ?? "";
    expect(edited.startsWith(text)).toBe(true);
    const config = parse(edited);
    expect(config.default_install_hook_types).toEqual(["pre-commit", "pre-push"]);
    expect(config.repos[1]).toEqual({
      repo: "local",
      hooks: [
        {
          id: "lockstep-guard",
          name: "lockstep guard",
          entry: "node .lockstep/cli.js guard --staged",
          language: "system",
          pass_filenames: false,
          always_run: true,
          stages: ["pre-commit"],
        },
        {
          id: "lockstep-check",
          name: "lockstep check",
          entry: "node .lockstep/cli.js check --down new",
          language: "system",
          pass_filenames: false,
          always_run: true,
          stages: ["pre-push"],
        },
      ],
    });
    expect(withPreCommitHooks(edited, ".pre-commit-config.yaml", entries, stages)).toBeUndefined();
  });

  it("take the stage names of pre-commit before 3.2, and count lockstep's hook repository's guard as there", () => {
    expect(preCommitStages("pre-commit 3.0.4")).toEqual({ preCommit: "commit", prePush: "push" });
    expect(preCommitStages(undefined)).toEqual({ preCommit: "pre-commit", prePush: "pre-push" });
    const remote =
      "repos:\n  - repo: https://github.com/owner/lockstep\n    rev: v0.1.0\n    hooks:\n      - id: lockstep-guard\ndefault_install_hook_types: [pre-commit]\n";
    const config = parse(withPreCommitHooks(remote, "c", entries, stages) ?? "");
    expect(config.repos[1].hooks.map((h: { id: string }) => h.id)).toEqual(["lockstep-check"]);
    expect(config.default_install_hook_types).toEqual(["pre-commit", "pre-push"]);
  });

  it("refuses a config that is not YAML, or whose repos is no list, saying what to fix", () => {
    expect(() => withPreCommitHooks("repos: [\n", ".pre-commit-config.yaml", entries, stages)).toThrow(
      /^\.pre-commit-config\.yaml is not valid YAML .*nothing was written/,
    );
    expect(() => withPreCommitHooks("repos: local\n", "c.yaml", entries, stages)).toThrow(
      "c.yaml: repos is not a list",
    );
  });
});

describe("lockstep's commands in a lefthook config", () => {
  const lines = shellLines("vendored", false);

  it("are added to an empty config, and once", () => {
    const edited = withLefthookCommands("# hooks\n", "lefthook.yml", lines) ?? "";
    expect(edited.startsWith("# hooks\n")).toBe(true);
    expect(parse(edited)).toEqual({
      "pre-commit": { commands: { lockstep: { run: lines.preCommit } } },
      "pre-push": { commands: { lockstep: { run: lines.prePush } } },
    });
    expect(withLefthookCommands(edited, "lefthook.yml", lines)).toBeUndefined();
  });

  it("are a job where the hook lists jobs, and fill a hook left empty", () => {
    const text = "pre-commit:\n  jobs:\n    - name: vet\n      run: go vet ./...\npre-push:\n";
    const config = parse(withLefthookCommands(text, "lefthook.yml", lines) ?? "");
    expect(config["pre-commit"].jobs).toEqual([
      { name: "vet", run: "go vet ./..." },
      { name: "lockstep", run: lines.preCommit },
    ]);
    expect(config["pre-push"]).toEqual({ commands: { lockstep: { run: lines.prePush } } });
  });
});
