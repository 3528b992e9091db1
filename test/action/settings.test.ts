import { describe, expect, it } from "vitest";
import { BACKOFF_ENV, backoffMs, parseSettings, shouldFail } from "../../src/action/settings.js";
import { inputDefaults } from "../helpers/action-yml.js";

const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? "";

describe("the Action's inputs", () => {
  it("fall back to the defaults action.yml documents", () => {
    const documented = inputDefaults();
    expect(Object.keys(documented).sort()).toEqual(
      [
        "api-timeout",
        "base",
        "cache",
        "comment",
        "config",
        "down",
        "engine",
        "fail-on",
        "run-code",
        "working-directory",
      ].sort(),
    );
    expect(parseSettings(reader({}))).toEqual({
      workingDirectory: documented["working-directory"],
      config: undefined,
      base: undefined,
      token: undefined,
      comment: documented.comment,
      down: documented.down,
      engine: undefined,
      cache: undefined,
      failOn: documented["fail-on"],
      apiTimeoutMs: Number(documented["api-timeout"]) * 1000,
      runCode: documented["run-code"] === "true",
    });
    // The runner hands the Action every default: read as given, they are the same settings.
    expect(parseSettings(reader(documented))).toEqual(parseSettings(reader({})));
    expect(documented.config).toBe("");
    expect(documented.base).toBe("");
    expect(documented.engine).toBe("auto");
    expect(documented.cache).toBe("");
    expect(parseSettings(reader({ cache: "off" })).cache).toBe(false);
    expect(parseSettings(reader({ cache: ".lockstep-cache" })).cache).toBe(".lockstep-cache");
  });

  it("wait real seconds between retries unless the environment says how long a second of back-off is", () => {
    expect(backoffMs({})).toBe(1000);
    expect(backoffMs({ [BACKOFF_ENV]: "0" })).toBe(0);
    expect(backoffMs({ [BACKOFF_ENV]: "5" })).toBe(5);
    for (const junk of ["", " ", "soon", "-1", "1e9", "Infinity"])
      expect(backoffMs({ [BACKOFF_ENV]: junk })).toBe(1000);
  });

  it("are validated into one settings object", () => {
    const settings = parseSettings(
      reader({
        "working-directory": "services/api",
        config: "lockstep.ci.json",
        base: "origin/release",
        "github-token": "t",
        comment: "always",
        down: "new",
        "fail-on": "warning",
        "api-timeout": "2.5",
        "run-code": "true",
      }),
    );
    expect(settings).toEqual({
      workingDirectory: "services/api",
      config: "lockstep.ci.json",
      base: "origin/release",
      token: "t",
      comment: "always",
      down: "new",
      failOn: "warning",
      apiTimeoutMs: 2_500,
      runCode: true,
    });
  });

  it("refuse a value they do not take, naming the input and what it takes", () => {
    expect(() => parseSettings(reader({ comment: "sometimes" }))).toThrow(
      'input "comment" is "sometimes"; it takes one of on-change, always, never',
    );
    expect(() => parseSettings(reader({ down: "some" }))).toThrow('input "down" is "some"');
    expect(() => parseSettings(reader({ "working-directory": "../elsewhere" }))).toThrow(
      "give a directory inside the repository",
    );
    expect(() => parseSettings(reader({ "api-timeout": "0" }))).toThrow(
      'input "api-timeout" is "0"; it takes a number of seconds above 0',
    );
  });

  it("fail the check by fail-on", () => {
    expect(shouldFail("error", 1, 0)).toBe(true);
    expect(shouldFail("error", 0, 3)).toBe(false);
    expect(shouldFail("warning", 0, 1)).toBe(true);
    expect(shouldFail("never", 5, 5)).toBe(false);
  });
});
