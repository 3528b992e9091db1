import { describe, expect, it } from "vitest";
import { detectHookManager } from "../../src/core/hook-manager.js";

const detect = (...names: string[]) => detectHookManager(new Set(names));

describe("the hook manager a repository uses", () => {
  it("is the pre-commit framework or lefthook where their config is, even beside a package.json", () => {
    expect(detect("package.json", ".pre-commit-config.yaml")).toEqual({
      manager: "pre-commit",
      config: ".pre-commit-config.yaml",
    });
    for (const config of ["lefthook.yml", "lefthook.yaml", ".lefthook.yml"])
      expect(detect("go.mod", "package.json", config)).toEqual({ manager: "lefthook", config });
  });

  it("is husky where only a package.json is, and git's own hooks where neither is", () => {
    expect(detect("package.json", "README.md")).toEqual({ manager: "husky" });
    expect(detect("go.mod", "Cargo.toml", "pyproject.toml")).toEqual({ manager: "git" });
  });
});
