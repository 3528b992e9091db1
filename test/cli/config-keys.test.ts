import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { TRANSACTION_SETTINGS } from "../../src/core/tools/transaction-setting.js";
import { keysAt } from "../../src/engine/workspace/config-schema.js";
import { expectOneCleanLine, runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/temp-dir.js";

const migrations = {
  "migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
  "migrations/0001_users.down.sql": "DROP TABLE users;\n",
};

/** `lockstep replay` with this config: it must refuse the config, exit 2, with one line holding `parts`. */
async function refusedConfig(config: unknown, ...parts: string[]): Promise<string> {
  const cwd = tempTree({ ...migrations, "lockstep.config.json": JSON.stringify(config) });
  const r = await runCli(cwd, ["replay"]);
  expect(r.code).toBe(2);
  expectOneCleanLine(r.stderr, "config lockstep.config.json: ", ...parts);
  return r.stderr;
}

const database = { name: "main", dir: "migrations" };

describe("an unknown key in the config", () => {
  it("names the key probably meant", async () => {
    expect(await refusedConfig({ databases: [{ ...database, layuot: "dbmate" }] })).toBe(
      'lockstep: config lockstep.config.json: unknown key "layuot" in databases.0; did you mean "layout"? Fix it, or see the README\'s config reference\n',
    );
    await refusedConfig(
      { databases: [database], rules: { "locked-modifed": "off" } },
      'unknown key "locked-modifed" in rules; did you mean "locked-modified"?',
    );
    await refusedConfig(
      { databases: [database], guard: { replya: true } },
      'in guard; did you mean "replay"?',
    );
    await refusedConfig(
      { databases: [{ ...database, replacements: [{ from: "a", too: "b" }] }] },
      'unknown key "too" in databases.0.replacements.0; did you mean "to"?',
    );
  });

  it("is named before the key it was meant to be, which is then missing", async () => {
    await refusedConfig({ databasse: [database] }, 'unknown key "databasse"; did you mean "databases"?');
  });

  it("with several unknown keys says which guess is for which", async () => {
    await refusedConfig(
      { databases: [{ ...database, colour: "red", tiemout: 5 }] },
      'unknown key "colour", "tiemout" in databases.0; did you mean "timeout" for "tiemout"?',
    );
  });

  it("far from every valid key gets no guess", async () => {
    const line = await refusedConfig(
      { databases: [{ ...database, colour: "red" }] },
      'unknown key "colour" in databases.0; fix the key',
    );
    expect(line).not.toContain("did you mean");
  });
});

describe("keysAt", () => {
  it("follows the config's schema through arrays and optional objects", () => {
    expect(keysAt([])).toContain("databases");
    expect(keysAt(["databases", 0])).toEqual(expect.arrayContaining(["name", "dir", "layout", "timeout"]));
    expect(keysAt(["databases", 3, "replacements", 0])).toEqual(["from", "to"]);
    expect(keysAt(["guard"])).toEqual(["replay"]);
    expect(keysAt(["rules"])).toContain("locked-modified");
    expect(keysAt(["databases", 0, "name"])).toEqual([]);
    expect(keysAt(["nowhere"])).toEqual([]);
  });
});

describe("the README's configuration reference", () => {
  const readme = readFileSync(resolve(import.meta.dirname, "../../README.md"), "utf8");
  const section = readme.slice(readme.indexOf("\n## Configuration"), readme.indexOf("\n## Rules"));

  it("names every key a database may have, and every value of `transaction`", () => {
    for (const key of keysAt(["databases", 0])) expect(section, key).toContain(`\`${key}\``);
    for (const value of TRANSACTION_SETTINGS) expect(section, value).toContain(`\`${value}\``);
  });
});
