import { describe, expect, it } from "vitest";
import { escapeControl } from "../../src/core/render/terminal-text.js";
import { runCli } from "../helpers/cli.js";

import { BAD_FILE, HOSTILE_MIGRATIONS, MISSING, TABLE } from "../helpers/hostile.js";
import { expectNoToken, pullRequestEvent, repository, TOKEN, useFakeGitHub } from "./harness.js";

/** A workflow command as the Actions runner reads a line (ActionCommand.TryParseV2), or undefined. */
function parseCommand(line: string) {
  const message = line.trimStart();
  if (!message.startsWith("::")) return undefined;
  const end = message.indexOf("::", 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(" ");
  const name = space < 0 ? info : info.slice(0, space);
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(",")
      .filter(Boolean)) {
      const eq = pair.indexOf("=");
      if (eq > 0) {
        properties[pair.slice(0, eq)] = pair
          .slice(eq + 1)
          .replace(/%0D/g, "\r")
          .replace(/%0A/g, "\n")
          .replace(/%3A/g, ":")
          .replace(/%2C/g, ",")
          .replace(/%25/g, "%");
      }
    }
  }
  const data = message
    .slice(end + 2)
    .replace(/%0D/g, "\r")
    .replace(/%0A/g, "\n")
    .replace(/%25/g, "%");
  return { name, properties, data };
}

const fake = useFakeGitHub();

describe("the Action's log with hostile repository text", () => {
  it("has no workflow command but lockstep's own, whose text is escaped, and no control character", async () => {
    const r = repository({
      "migrations/0000_base.up.sql": "CREATE TABLE base (id INTEGER PRIMARY KEY);\n",
      "migrations/0000_base.down.sql": "DROP TABLE base;\n",
    });
    await runCli(r.cwd, ["lock", "migrations"]);
    const base = r.commit({}, "applied");
    r.git("checkout", "-q", "-b", "feature");
    const head = r.commit(
      Object.fromEntries(Object.entries(HOSTILE_MIGRATIONS).map(([p, t]) => [`migrations/${p}`, t])),
      "hostile",
    );
    const merge = r.mergeCheckout("main", "feature");
    const { payload } = pullRequestEvent(base, head, 5);
    const out = await fake.act("pull_request", r.cwd, payload, merge);
    expect(out.stderr).toBe("");
    expectNoToken(out);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters
    expect(out.stdout.match(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g) ?? []).toEqual([]);
    // The runner splits lines at LF, CR and CRLF; it tries the `::` form first, then `##[` anywhere.
    const lines = out.stdout.split(/\r\n|\r|\n/);
    expect(lines.filter((line) => !parseCommand(line) && line.includes("##["))).toEqual([]);
    const commands = lines.map(parseCommand).filter((c) => c !== undefined);
    expect(new Set(commands.map((c) => c.name))).toEqual(new Set(["add-mask", "error"]));
    expect(commands.filter((c) => c.name === "add-mask").map((c) => c.data)).toEqual([TOKEN]);
    // One annotation per finding, and the verdict: nothing that the repository's text started.
    expect(commands.filter((c) => c.name === "error")).toHaveLength(Number(out.outputs.errors) + 1);
    const annotations = commands.filter((c) => c.name === "error");
    for (const a of annotations.slice(0, -1)) {
      expect(a.properties.title).toMatch(/^lockstep [a-z-]+$/);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters
      expect(a.data).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    }
    // The file property is the real path (so the annotation lands on the file), carried by core's escaping.
    expect(annotations.map((a) => a.properties.file)).toContain(`migrations/${BAD_FILE}`);
    // The annotation shows the same escapes as the terminal (checked against literal text in the unit test).
    const escaped = escapeControl;
    const data = annotations.map((a) => a.data).join("\n");
    expect(data).toContain(escaped(TABLE));
    expect(data).toContain(escaped(MISSING));
    // The plain log lines say the same, escaped.
    expect(out.stdout).toContain(escaped(MISSING).replace("##[", "##\\u005b"));
  });
});
